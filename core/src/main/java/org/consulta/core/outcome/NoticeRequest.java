package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Set;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.ContributionId;

/**
 * What the engine asks the store to queue: one {@link PendingNotice} for the author of every
 * listed contribution and of every contribution in the listed themes (contributions without an
 * author get none). The store expands it itself, so a theme of a million contributions never comes
 * into the heap.
 *
 * @param consultation the consultation
 * @param kind what happened
 * @param subject the id of the response, decision or result
 * @param contributions contributions reached directly
 * @param themes themes whose members are reached
 * @param at when it happened
 */
public record NoticeRequest(
    ConsultationId consultation, NoticeKind kind, String subject, Set<ContributionId> contributions, Set<ThemeId> themes, Instant at) {
  public NoticeRequest {
    requireNonNull(consultation, "consultation");
    requireNonNull(kind, "kind");
    requireNonNull(subject, "subject");
    contributions = Set.copyOf(requireNonNull(contributions, "contributions"));
    themes = Set.copyOf(requireNonNull(themes, "themes"));
    requireNonNull(at, "at");
  }
}
