package org.consulta.core.expectation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic behind {@link Weighting#weigh}: iterative proportional fitting over the margins,
 * each pass followed by trimming. Package-private and single-use: one instance weighs one list.
 */
final class Raking {
  private final List<Margin> margins;
  private final boolean[] included;
  private final int count;
  private final double[] weights;
  private final WeightingOptions options;
  private int trimmed;

  private Raking(List<Margin> margins, boolean[] included, WeightingOptions options) {
    this.margins = margins;
    this.included = included;
    this.options = options;
    this.weights = new double[included.length];
    int n = 0;
    for (int i = 0; i < included.length; i++) {
      if (included[i]) {
        weights[i] = 1;
        n++;
      }
    }
    this.count = n;
  }

  /** Weighs respondents whose arguments {@link Weighting#weigh} has checked. */
  static WeightSet weigh(List<Map<String, String>> respondents, ReferencePopulation reference, List<String> dimensions,
      WeightingOptions options) {
    List<int[]> cells = new ArrayList<>();
    for (String dimension : dimensions) {
      cells.add(Margin.cells(dimension, reference.shares().get(dimension), respondents));
    }
    boolean[] included = new boolean[respondents.size()];
    for (int i = 0; i < included.length; i++) {
      included[i] = true;
      for (int[] dimensionCells : cells) {
        included[i] &= dimensionCells[i] >= 0;
      }
    }
    List<String> emptyCells = new ArrayList<>();
    List<Margin> margins = new ArrayList<>();
    for (int d = 0; d < dimensions.size(); d++) {
      margins.add(Margin.of(dimensions.get(d), reference.shares().get(dimensions.get(d)), cells.get(d), included, emptyCells));
    }
    return new Raking(margins, included, options).run(dimensions, emptyCells);
  }

  private WeightSet run(List<String> dimensions, List<String> emptyCells) {
    if (count == 0) {
      return new WeightSet(boxed(), dimensions, weights.length, 0, weights.length, 0, 1, true, 0, 0, 0, 0, emptyCells);
    }
    boolean converged = false;
    int iterations = 0;
    while (!converged && iterations < options.maxIterations()) {
      iterations++;
      for (Margin margin : margins) {
        margin.rake(weights, count);
      }
      trim();
      converged = margins.stream().mapToDouble(m -> m.deviation(weights)).max().orElse(0) <= options.tolerance();
      if (margins.size() == 1) {
        // a single margin is fitted exactly by one pass; more passes would only undo the trimming
        break;
      }
    }
    return result(dimensions, emptyCells, converged, iterations);
  }

  /**
   * Holds weights within {@code [minWeight, maxWeight]} with mean 1: each weight becomes {@code
   * clamp(s * w)} for the one scale {@code s} that makes the clamped weights sum to the included
   * count. Clamping once and rescaling everything would push the clamped weights back over their
   * bound; this is where repeating that would end. Weights inside the bounds keep their ratios.
   */
  private void trim() {
    scale(count / sum());
    trimmed = 0;
    if (withinBounds()) {
      return;
    }
    double s = boundedScale();
    for (int i = 0; i < weights.length; i++) {
      if (included[i]) {
        double scaled = s * weights[i];
        weights[i] = Math.min(options.maxWeight(), Math.max(options.minWeight(), scaled));
        trimmed += weights[i] == scaled ? 0 : 1;
      }
    }
  }

  private boolean withinBounds() {
    for (int i = 0; i < weights.length; i++) {
      if (included[i] && (weights[i] > options.maxWeight() || weights[i] < options.minWeight())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Solves {@code Σ clamp(s * w) = count} for {@code s}. The sum is piecewise linear and rising in
   * {@code s}: from {@code count * minWeight} (all held at the floor) to {@code count * maxWeight}
   * (all at the cap), so the mean of 1 lies between. Walks the breakpoints, where a weight leaves
   * the floor ({@code minWeight / w}) or reaches the cap ({@code maxWeight / w}), in increasing
   * order; with weights sorted in decreasing order, both kinds come in that order.
   */
  private double boundedScale() {
    double[] sorted = decreasing();
    double lo = options.minWeight();
    double hi = options.maxWeight();
    int atFloor = count;
    int atCap = 0;
    int free = 0;
    double freeSum = 0;
    for (int floor = 0, cap = 0; cap < count;) {
      boolean leavesFloor = floor < count && lo / sorted[floor] <= hi / sorted[cap];
      double s = leavesFloor ? lo / sorted[floor] : hi / sorted[cap];
      double held = atFloor * lo + atCap * hi;
      if (held + s * freeSum >= count) {
        return free == 0 ? s : (count - held) / freeSum;
      }
      if (leavesFloor) {
        atFloor--;
        free++;
        freeSum += sorted[floor++];
      } else {
        atCap++;
        free--;
        // reset, not subtract, once nothing is free, so no rounding residue is taken for a weight
        freeSum = free == 0 ? 0 : freeSum - sorted[cap];
        cap++;
      }
    }
    // only rounding gets here: all weights at the cap, and the cap is 1
    return hi / sorted[count - 1];
  }

  /** @return the included weights, largest first */
  private double[] decreasing() {
    double[] sorted = new double[count];
    for (int i = 0, k = 0; i < weights.length; i++) {
      if (included[i]) {
        sorted[k++] = weights[i];
      }
    }
    Arrays.sort(sorted);
    for (int k = 0; k < count / 2; k++) {
      double swap = sorted[k];
      sorted[k] = sorted[count - 1 - k];
      sorted[count - 1 - k] = swap;
    }
    return sorted;
  }

  /** @return the sum of the included weights */
  private double sum() {
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (included[i]) {
        sum += weights[i];
      }
    }
    return sum;
  }

  private double squares() {
    double sum = 0;
    for (double weight : weights) {
      sum += weight * weight;
    }
    return sum;
  }

  private void scale(double factor) {
    for (int i = 0; i < weights.length; i++) {
      if (included[i]) {
        weights[i] *= factor;
      }
    }
  }

  private WeightSet result(List<String> dimensions, List<String> emptyCells, boolean converged, int iterations) {
    double sum = sum();
    // at most count (Cauchy-Schwarz); rounding must not report more respondents than there are
    double ess = Math.min(count, sum * sum / squares());
    double max = 0;
    double min = Double.POSITIVE_INFINITY;
    for (int i = 0; i < weights.length; i++) {
      if (included[i]) {
        max = Math.max(max, weights[i]);
        min = Math.min(min, weights[i]);
      }
    }
    return new WeightSet(boxed(), dimensions, weights.length, count, weights.length - count, ess, count / ess, converged, iterations,
        max, min, trimmed, emptyCells);
  }

  private List<Double> boxed() {
    List<Double> boxed = new ArrayList<>(weights.length);
    for (double weight : weights) {
      boxed.add(weight);
    }
    return boxed;
  }
}
