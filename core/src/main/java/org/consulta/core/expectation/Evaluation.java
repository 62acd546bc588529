package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A commitment's status at one instant, with what was measured against what was promised and the
 * evidence.
 *
 * <p>{@code value} and {@code target} per kind: deadlines, the share of items answered (or ruled)
 * in time so far against 1; dates, the share of the time from opening to the date used so far
 * (above 1 when past) against 1; targets, the count against the target; representation, the
 * largest difference between a group's share and its reference share against the tolerance;
 * sessions, the sessions held against the sessions promised; declared terms, 1 against 1.
 *
 * @param commitment the commitment's id
 * @param consultation the consultation it is declared on
 * @param terms its terms
 * @param status the status
 * @param at the instant evaluated
 * @param value what was measured
 * @param target what was promised
 * @param evidence why
 */
public record Evaluation(CommitmentId commitment, org.consulta.core.consultation.ConsultationId consultation, CommitmentTerms terms, CommitmentStatus status, Instant at, double value, double target,
    Evidence evidence) {
  public Evaluation {
    requireNonNull(commitment, "commitment");
    requireNonNull(consultation, "consultation");
    requireNonNull(terms, "terms");
    requireNonNull(status, "status");
    requireNonNull(at, "at");
    requireNonNull(evidence, "evidence");
  }
}
