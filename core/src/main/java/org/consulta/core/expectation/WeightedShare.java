package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * How often one answer was given, as counted and as the reference population would likely have
 * given it. See {@link Weighting#shares} for how each figure is computed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param answer the answer, e.g. {@code "support"} or a survey option
 * @param rawCount how many respondents gave it
 * @param rawShare its share among all respondents who answered, weighted or not
 * @param weightedShare its weighted share among the included respondents who answered; empty if
 *     no included respondent answered
 * @param marginOfError the half-width of the 95% interval around {@code weightedShare}, from the
 *     effective sample size; empty when {@code weightedShare} is
 */
public record WeightedShare(String answer, long rawCount, double rawShare, OptionalDouble weightedShare, OptionalDouble marginOfError) {
  public WeightedShare {
    requireNonNull(answer, "answer");
    requireNonNull(weightedShare, "weightedShare");
    requireNonNull(marginOfError, "marginOfError");
  }
}
