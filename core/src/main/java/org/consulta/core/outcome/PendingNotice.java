package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.participant.ParticipantId;

/**
 * A notice queued for a contribution's author, waiting for {@link OutcomeService#sendNotices}.
 *
 * @param recipient the author
 * @param consultation the consultation
 * @param contribution the author's contribution
 * @param kind what happened
 * @param subject the id of the response, decision or result
 * @param queuedAt when it happened
 */
public record PendingNotice(
    ParticipantId recipient, ConsultationId consultation, ContributionId contribution, NoticeKind kind, String subject, Instant queuedAt) {
  public PendingNotice {
    requireNonNull(recipient, "recipient");
    requireNonNull(consultation, "consultation");
    requireNonNull(contribution, "contribution");
    requireNonNull(kind, "kind");
    requireNonNull(subject, "subject");
    requireNonNull(queuedAt, "queuedAt");
  }
}
