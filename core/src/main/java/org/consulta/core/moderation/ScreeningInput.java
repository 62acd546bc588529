package org.consulta.core.moderation;

import org.consulta.core.contribution.TextSpan;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.participant.ParticipantId;

/**
 * What a {@link Screener} sees of a contribution: its texts by field and the facts around them.
 *
 * <p>Immutable.
 *
 * @param tenant the tenant
 * @param consultation the consultation
 * @param contribution the contribution's id (already assigned when it is new)
 * @param author its author; empty for anonymous offline input
 * @param kind its kind
 * @param channel the channel it came in on
 * @param language BCP 47 tag of its texts (e.g. {@code "fr"})
 * @param texts field name ({@link TextSpan#BODY} or {@code "answers.<key>"}) to text; only
 *     free-text fields
 * @param at when it was submitted or edited
 * @param edit whether this is an edit of a stored contribution rather than a new one
 */
public record ScreeningInput(
    TenantId tenant,
    ConsultationId consultation,
    ContributionId contribution,
    Optional<ParticipantId> author,
    ContributionKind kind,
    Channel channel,
    String language,
    Map<String, String> texts,
    Instant at,
    boolean edit) {
  public ScreeningInput {
    requireNonNull(tenant, "tenant");
    requireNonNull(consultation, "consultation");
    requireNonNull(contribution, "contribution");
    requireNonNull(author, "author");
    requireNonNull(kind, "kind");
    requireNonNull(channel, "channel");
    requireNonNull(language, "language");
    texts = Map.copyOf(requireNonNull(texts, "texts"));
    requireNonNull(at, "at");
  }

  /** @return the body, or the empty string when there is none */
  public String body() {
    return texts.getOrDefault(TextSpan.BODY, "");
  }

  /** @return the primary language subtag in lower case ({@code "fr"} for {@code "fr-CH"}) */
  public String primaryLanguage() {
    int dash = language.indexOf('-');
    return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
  }
}
