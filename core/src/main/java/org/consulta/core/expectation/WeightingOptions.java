package org.consulta.core.expectation;

/**
 * How {@link Weighting#weigh} bounds and stops. Weights are trimmed to {@code [minWeight,
 * maxWeight]} times the mean weight, so that a handful of respondents from a rare group cannot
 * speak for a whole district; raking stops when every weighted marginal is within {@code
 * tolerance} of its reference share, or after {@code maxIterations} passes.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * WeightingOptions strict = new WeightingOptions(3.0, 0.33, 50, 1e-6);
 * }</pre>
 *
 * @param maxWeight the largest weight, as a multiple of the mean weight; at least 1
 * @param minWeight the smallest weight of an included respondent, as a multiple of the mean
 *     weight; in (0, 1]
 * @param maxIterations the most raking passes; at least 1
 * @param tolerance how close (absolute difference of shares) each weighted marginal must come to
 *     its reference share for raking to stop; positive
 */
public record WeightingOptions(double maxWeight, double minWeight, int maxIterations, double tolerance) {
  private static final WeightingOptions DEFAULTS = new WeightingOptions(5.0, 0.2, 100, 1e-6);

  /**
   * @throws IllegalArgumentException unless {@code 0 < minWeight <= 1 <= maxWeight}, {@code
   *     maxIterations >= 1} and {@code tolerance > 0}
   */
  public WeightingOptions {
    if (!(minWeight > 0 && minWeight <= 1)) {
      throw new IllegalArgumentException("minWeight must be in (0, 1], is " + minWeight);
    }
    // 1 must be allowed: equal weights (everyone at the mean) are always a valid answer
    if (!(maxWeight >= 1 && maxWeight < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("maxWeight must be finite and at least 1, is " + maxWeight);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be at least 1, is " + maxIterations);
    }
    if (!(tolerance > 0 && tolerance < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("tolerance must be positive and finite, is " + tolerance);
    }
  }

  /** @return weights within [0.2, 5] times the mean, at most 100 raking passes, tolerance 1e-6 */
  public static WeightingOptions defaults() {
    return DEFAULTS;
  }
}
