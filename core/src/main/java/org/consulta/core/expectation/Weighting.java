package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violations;
import org.consulta.core.participant.Demographics;

/**
 * Post-stratification: weights respondents so that their demographic make-up matches a {@link
 * ReferencePopulation}, then reports each answer's share as counted and as weighted, so a council
 * sees what the population would likely have said, not only the people who showed up.
 *
 * <p>A respondent is the map of their declared demographic values. A respondent who left any of
 * the weighted dimensions undeclared (missing, {@value Demographics#PREFER_NOT_TO_SAY}, or a value
 * the reference population does not have) cannot be placed in a cell and is excluded: weight 0,
 * counted in {@link WeightSet#excluded()}. With one dimension each cell's weight is its reference
 * share over its sample share; with several, raking (iterative proportional fitting) scales the
 * weights to each dimension's shares in turn until all fit. Weights are trimmed after every pass
 * (see {@link WeightingOptions}).
 *
 * <p>Stateless and thread-safe; the results are immutable, and the same arguments always give the
 * same result, bit for bit.
 *
 * <pre>{@code
 * List<Map<String, String>> respondents = List.of(Map.of("district", "north"), Map.of("district", "north"),
 *     Map.of("district", "south"));
 * ReferencePopulation census = ReferencePopulation.of("district", Map.of("north", 0.5, "south", 0.5));
 * WeightSet weights = Weighting.weigh(respondents, census, List.of("district"), WeightingOptions.defaults());
 * // weights.weights() is [0.75, 0.75, 1.5]: the one southerner speaks for half the population
 * List<WeightedShare> shares = Weighting.shares(weights,
 *     List.of(Optional.of("support"), Optional.of("oppose"), Optional.of("support")));
 * // support: rawShare 2/3, weightedShare 0.75
 * }</pre>
 */
public final class Weighting {
  /** The normal quantile of a two-sided 95% interval. */
  private static final double Z_95 = 1.96;

  private Weighting() {}

  /**
   * Weighs respondents to a reference population on the given dimensions.
   *
   * <p>A reference value that no included respondent declared cannot be weighted up from nothing:
   * it is listed in {@link WeightSet#emptyCells()}, and the remaining values of its dimension are
   * weighted to their shares rescaled to sum to 1.
   *
   * @param respondents each respondent's declared values, dimension key to value
   * @param reference the population to weight to
   * @param dimensions the dimensions to weight on, each one of {@code reference}'s; raked in this order
   * @param options trimming bounds and when raking stops
   * @return one weight per respondent, index-aligned with {@code respondents}
   * @throws IllegalArgumentException if {@code dimensions} is empty, repeats a dimension or names
   *     one the reference population does not have
   * @throws InvalidInputException if the reference population is invalid (see {@link
   *     ReferencePopulation#validate}), listing every problem under {@code reference}
   * @throws NullPointerException if an argument, a respondent or a dimension is null
   */
  public static WeightSet weigh(List<Map<String, String>> respondents, ReferencePopulation reference, List<String> dimensions,
      WeightingOptions options) {
    List<Map<String, String>> people = List.copyOf(requireNonNull(respondents, "respondents"));
    requireNonNull(reference, "reference");
    List<String> weighted = List.copyOf(requireNonNull(dimensions, "dimensions"));
    requireNonNull(options, "options");
    checkDimensions(weighted, reference);
    Violations violations = new Violations();
    reference.validate("reference", violations);
    violations.throwIfAny();
    return Raking.weigh(people, reference, weighted, options);
  }

  /**
   * Each answer's share, as counted and as weighted, in the order the answers first appear.
   *
   * <ul>
   *   <li>{@code rawShare}: the answer's count over the number of respondents who answered,
   *       included or not;
   *   <li>{@code weightedShare}: the weights of the included respondents who gave the answer over
   *       the weights of all included respondents who answered;
   *   <li>{@code marginOfError}: {@code 1.96 * sqrt(p * (1 - p) / n)}, where {@code p} is the
   *       weighted share and {@code n} the Kish effective sample size {@code (Σw)² / Σw²} of the
   *       included respondents who answered (not of all included respondents: those who skipped
   *       the question add no precision). It is the normal approximation, so it reads 0 for a
   *       share of 0 or 1 and is rough below an effective size of about 30.
   * </ul>
   *
   * @param weights the result of {@link #weigh} for the same respondents
   * @param outcomes each respondent's answer, index-aligned with the weights; empty if they did not answer
   * @return one share per distinct answer, in first-seen order; empty if nobody answered
   * @throws IllegalArgumentException if {@code outcomes} and {@code weights} differ in size
   * @throws NullPointerException if an argument or an outcome is null
   */
  public static List<WeightedShare> shares(WeightSet weights, List<Optional<String>> outcomes) {
    requireNonNull(weights, "weights");
    List<Optional<String>> answers = List.copyOf(requireNonNull(outcomes, "outcomes"));
    if (answers.size() != weights.respondents()) {
      throw new IllegalArgumentException(
          "outcomes and weights must be index-aligned: " + answers.size() + " outcomes, " + weights.respondents() + " weights");
    }
    // LinkedHashMap: iteration in first-seen order, which is what the result promises
    Map<String, Tally> tallies = new LinkedHashMap<>();
    Tally all = new Tally();
    for (int i = 0; i < answers.size(); i++) {
      if (answers.get(i).isPresent()) {
        double weight = weights.weight(i);
        tallies.computeIfAbsent(answers.get(i).get(), answer -> new Tally()).add(weight);
        all.add(weight);
      }
    }
    List<WeightedShare> shares = new ArrayList<>(tallies.size());
    tallies.forEach((answer, tally) -> shares.add(share(answer, tally, all)));
    return List.copyOf(shares);
  }

  private static WeightedShare share(String answer, Tally tally, Tally all) {
    double rawShare = (double) tally.count / all.count;
    if (all.weight == 0) {
      return new WeightedShare(answer, tally.count, rawShare, OptionalDouble.empty(), OptionalDouble.empty());
    }
    double p = tally.weight / all.weight;
    double effective = all.weight * all.weight / all.squares;
    double margin = Z_95 * Math.sqrt(Math.max(0, p * (1 - p)) / effective);
    return new WeightedShare(answer, tally.count, rawShare, OptionalDouble.of(p), OptionalDouble.of(margin));
  }

  private static void checkDimensions(List<String> dimensions, ReferencePopulation reference) {
    if (dimensions.isEmpty()) {
      throw new IllegalArgumentException("weighting needs at least one dimension");
    }
    Set<String> seen = new HashSet<>();
    for (String dimension : dimensions) {
      if (!seen.add(dimension)) {
        throw new IllegalArgumentException("dimension " + dimension + " is requested twice");
      }
      if (reference.sharesOf(dimension).isEmpty()) {
        throw new IllegalArgumentException(
            "dimension " + dimension + " is not in the reference population, which has " + reference.shares().keySet());
      }
    }
  }

  /** Respondents who gave one answer (or any): how many, their total weight and squared weights. */
  private static final class Tally {
    private long count;
    private double weight;
    private double squares;

    void add(double weight) {
      count++;
      this.weight += weight;
      squares += weight * weight;
    }
  }
}
