package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.consulta.core.consultation.ConsultationId;

/**
 * A consultation's reactions and survey answers, raw and post-stratified to the tenant's reference
 * population, so a council sees what the population would likely say, not only who showed up.
 * Respondents are the participants who reacted (support or oppose) or gave a single-choice form
 * answer; each gets one weight from their declared values on {@code dimensions} (cell weights for
 * one dimension, raking for several, trimmed; see {@link Weighting}); those who did not declare a
 * value on every dimension are left out of the weighted figures and counted in {@code excluded}.
 *
 * @param consultation the consultation
 * @param at when it was computed
 * @param dimensions the dimensions weighted on
 * @param source where the reference shares come from, if the tenant said
 * @param respondents participants who answered anything
 * @param excluded of those, how many could not be weighted (a dimension undeclared)
 * @param effectiveSampleSize Kish's effective sample size of the weights
 * @param designEffect respondents weighted / effective sample size
 * @param converged whether raking reached every marginal within tolerance
 * @param emptyCells reference values no respondent declared ({@code dimension=value}), which
 *     weighting cannot make up for
 * @param questions the questions, reactions first (by contribution id), then form fields (by key)
 */
public record WeightedResults(ConsultationId consultation, Instant at, List<String> dimensions, Optional<String> source, long respondents,
    long excluded, double effectiveSampleSize, double designEffect, boolean converged, List<String> emptyCells,
    List<WeightedQuestion> questions) {
  /** The most questions one call reports: the contributions with the most reactions, then fields. */
  public static final int MAX_QUESTIONS = 200;

  public WeightedResults {
    requireNonNull(consultation, "consultation");
    requireNonNull(at, "at");
    dimensions = List.copyOf(requireNonNull(dimensions, "dimensions"));
    requireNonNull(source, "source");
    emptyCells = List.copyOf(requireNonNull(emptyCells, "emptyCells"));
    questions = List.copyOf(requireNonNull(questions, "questions"));
  }
}
