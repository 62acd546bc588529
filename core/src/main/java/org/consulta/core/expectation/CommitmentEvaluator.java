package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.consulta.core.consultation.Consultation;

/**
 * Evaluates {@link CommitmentTerms.Custom} terms of one name, registered with {@code
 * Consulta.builder().commitmentEvaluator(name, evaluator)}. Called inside the engine's
 * transaction whenever the commitment is evaluated: it must be fast, must not block and must not
 * call back into the engine. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface CommitmentEvaluator {
  /**
   * @param terms the terms
   * @param context what the engine knows at the instant
   * @return the status and measurement, with {@link Evidence.Facts} or another evidence
   */
  Evaluation evaluate(CommitmentTerms.Custom terms, Context context);

  /**
   * What an evaluator may read.
   *
   * @param commitment the commitment
   * @param consultation the consultation, as of the instant
   * @param now the instant
   * @param calendar the tenant's calendar
   * @param participation who has taken part so far
   * @param contributions contributions received so far
   */
  record Context(Commitment commitment, Consultation consultation, Instant now, WorkingCalendar calendar, Participation participation,
      long contributions) {
    public Context {
      requireNonNull(commitment, "commitment");
      requireNonNull(consultation, "consultation");
      requireNonNull(now, "now");
      requireNonNull(calendar, "calendar");
      requireNonNull(participation, "participation");
    }
  }
}
