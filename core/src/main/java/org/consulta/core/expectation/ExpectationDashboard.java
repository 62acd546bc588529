package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.consulta.core.consultation.ConsultationId;

/**
 * Everything a dashboard shows about one consultation's promises in one call: every live
 * commitment's evaluation with its evidence, who has taken part so far, and the gap between what
 * participants expected and what they got.
 *
 * @param consultation the consultation
 * @param at the instant evaluated
 * @param evaluations one per live commitment, in the order declared
 * @param participation who has taken part
 * @param gap the gap report
 */
public record ExpectationDashboard(ConsultationId consultation, Instant at, List<Evaluation> evaluations, Participation participation, GapReport gap) {
  public ExpectationDashboard {
    requireNonNull(consultation, "consultation");
    requireNonNull(at, "at");
    evaluations = List.copyOf(requireNonNull(evaluations, "evaluations"));
    requireNonNull(participation, "participation");
    requireNonNull(gap, "gap");
  }
}
