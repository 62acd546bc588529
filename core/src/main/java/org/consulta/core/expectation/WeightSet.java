package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The weights {@link Weighting#weigh} gave a list of respondents, and how good they are. Included
 * respondents (those who declared a value of every weighted dimension) have positive weights with
 * mean 1, so the weights of the included sum to {@link #included()}; excluded respondents have
 * weight 0.
 *
 * <p>Immutable and thread-safe.
 *
 * @param weights one weight per respondent, index-aligned with the respondents weighed
 * @param dimensions the dimensions weighted on, in the order they were raked
 * @param respondents how many respondents were weighed ({@code weights().size()})
 * @param included how many have a positive weight
 * @param excluded how many have weight 0, for an undeclared value of some dimension
 * @param effectiveSampleSize Kish's effective sample size of the included respondents, {@code
 *     (Σw)² / Σw²}: how many respondents with equal weights would give estimates as precise
 * @param designEffect {@code included / effectiveSampleSize}, at least 1: the variance cost of the
 *     weighting; 1 when nobody is included
 * @param converged whether every weighted marginal ended within the tolerance of its reference
 *     share; trimming can prevent it, and so can a sample in which the margins contradict each
 *     other. Vacuously true when nobody is included
 * @param iterations how many weighting passes ran: 1 for a single dimension, 0 when nobody is
 *     included
 * @param maxWeight the largest weight given, 0 when nobody is included
 * @param minWeight the smallest weight given to an included respondent, 0 when nobody is included
 * @param trimmed how many included respondents had their weight held at a trimming bound in the
 *     last pass
 * @param emptyCells reference values no included respondent declared, as {@code "dimension=value"},
 *     in the order of {@link #dimensions()} and then of the reference population; the other values
 *     of that dimension were weighted to their shares rescaled to sum to 1
 */
public record WeightSet(
    List<Double> weights,
    List<String> dimensions,
    int respondents,
    int included,
    int excluded,
    double effectiveSampleSize,
    double designEffect,
    boolean converged,
    int iterations,
    double maxWeight,
    double minWeight,
    int trimmed,
    List<String> emptyCells) {

  /**
   * @throws IllegalArgumentException if a weight is negative or not finite, or the counts do not
   *     agree with the weights
   */
  public WeightSet {
    weights = List.copyOf(requireNonNull(weights, "weights"));
    dimensions = List.copyOf(requireNonNull(dimensions, "dimensions"));
    emptyCells = List.copyOf(requireNonNull(emptyCells, "emptyCells"));
    long positive = weights.stream().filter(w -> w > 0).count();
    if (!weights.stream().allMatch(w -> w >= 0 && w < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("weights must be finite and not negative");
    }
    if (respondents != weights.size() || included != positive || excluded != respondents - included) {
      throw new IllegalArgumentException("counts do not match the weights: " + weights.size() + " weights, " + positive
          + " positive; respondents " + respondents + ", included " + included + ", excluded " + excluded);
    }
  }

  /**
   * @param respondent the index of a respondent in the list weighed
   * @return that respondent's weight; 0 if excluded
   * @throws IndexOutOfBoundsException if there is no such respondent
   */
  public double weight(int respondent) {
    return weights.get(respondent);
  }
}
