package org.consulta.core.contribution;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consulta.core.access.Role;
import org.consulta.core.consultation.Answer;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.GeoPoint;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.Command;
import org.consulta.core.value.ConsultaStyle;
import org.consulta.core.value.IdempotencyKey;
import org.immutables.value.Value;

/**
 * Command: submit a contribution. Online, a participant submits for themselves; on an offline
 * channel a staff member records it, naming the participant in {@code onBehalfOf} (or nobody, for
 * anonymous paper input where the consultation lets anyone take part). Build with {@code new
 * NewContributionBuilder()}.
 *
 * <pre>{@code
 * NewContribution idea = new NewContributionBuilder()
 *     .consultation(consultation.id()).kind(ContributionKind.IDEA)
 *     .body("Plant trees along the river").language("en").channel(Channel.ONLINE)
 *     .build();
 * }</pre>
 *
 * @param consultation which consultation
 * @param kind the kind; the consultation must accept it
 * @param body free text, 1..20000 characters; required unless the kind's form is answered
 * @param answers answers to the kind's form
 * @param language BCP 47 tag of the body
 * @param channel the channel; the consultation must offer it
 * @param onBehalfOf offline only: the participant the input belongs to
 * @param parent comments and arguments: the contribution replied to
 * @param side arguments: pro or con
 * @param question the key of the question answered, if any
 * @param location reports: where
 * @param category reports: one of the consultation's categories
 * @param visibility who may read it (default public)
 * @param confidentialTo confidential only: the staff roles that may read it
 * @param idempotencyKey optional key for safe repetition
 */
@ConsultaStyle
@Value.Builder
public record NewContribution(
    ConsultationId consultation,
    ContributionKind kind,
    Optional<String> body,
    Map<String, Answer> answers,
    String language,
    Channel channel,
    Optional<ParticipantId> onBehalfOf,
    Optional<ContributionId> parent,
    Optional<ArgumentSide> side,
    Optional<String> question,
    Optional<GeoPoint> location,
    Optional<String> category,
    Optional<Visibility> visibility,
    Set<Role> confidentialTo,
    Optional<IdempotencyKey> idempotencyKey)
    implements Command {
  public NewContribution {
    requireNonNull(consultation, "consultation");
    requireNonNull(kind, "kind");
    requireNonNull(body, "body");
    answers = Map.copyOf(requireNonNull(answers, "answers"));
    requireNonNull(language, "language");
    requireNonNull(channel, "channel");
    requireNonNull(onBehalfOf, "onBehalfOf");
    requireNonNull(parent, "parent");
    requireNonNull(side, "side");
    requireNonNull(question, "question");
    requireNonNull(location, "location");
    requireNonNull(category, "category");
    requireNonNull(visibility, "visibility");
    confidentialTo = Set.copyOf(requireNonNull(confidentialTo, "confidentialTo"));
    requireNonNull(idempotencyKey, "idempotencyKey");
  }
}
