package org.consulta.core.notification;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.LocalizedText;

/**
 * A message for one participant about a moderation decision on their own contribution, handed to
 * the {@link Notifier} after the change it reports has committed. It carries the house rule's plain-language text, so
 * the embedder can render it in the participant's language without looking anything up.
 *
 * <p>Immutable. The recipient is pseudonymous: the embedder looks up how to reach them (the
 * participant's contact details, if any, or an in-app inbox).
 *
 * @param tenant the tenant
 * @param recipient the contribution's author
 * @param kind what it reports
 * @param consultation the consultation
 * @param contribution the contribution
 * @param state the contribution's state now
 * @param reason the house-rule reason code cited, if any
 * @param rule the house rule's text, if the code is one of the consultation's rules
 * @param appealableUntil until when the author may appeal, if they may
 * @param at when the decision was made
 */
public record ModerationNotice(
    TenantId tenant,
    ParticipantId recipient,
    NotificationKind kind,
    ConsultationId consultation,
    ContributionId contribution,
    ContributionState state,
    Optional<String> reason,
    Optional<LocalizedText> rule,
    Optional<Instant> appealableUntil,
    Instant at) implements Notification {
  public ModerationNotice {
    requireNonNull(tenant, "tenant");
    requireNonNull(recipient, "recipient");
    requireNonNull(kind, "kind");
    requireNonNull(consultation, "consultation");
    requireNonNull(contribution, "contribution");
    requireNonNull(state, "state");
    requireNonNull(reason, "reason");
    requireNonNull(rule, "rule");
    requireNonNull(appealableUntil, "appealableUntil");
    requireNonNull(at, "at");
  }
}
