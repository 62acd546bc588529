package org.consulta.core.expectation;

import java.util.List;
import java.util.Map;

/**
 * One weighting dimension: which reference value each respondent declared, and the share of the
 * weight total each value must end with. Package-private: a step of {@link Raking}.
 */
final class Margin {
  private final String dimension;
  private final List<String> values;
  private final int[] cells;
  private final double[] targets;

  private Margin(String dimension, List<String> values, int[] cells, double[] targets) {
    this.dimension = dimension;
    this.values = values;
    this.cells = cells;
    this.targets = targets;
  }

  /**
   * @return the index of each respondent's value among the reference values, -1 where the
   *     respondent left the dimension undeclared (missing, prefer not to say, or not a reference value)
   */
  static int[] cells(String dimension, Map<String, Double> shares, List<Map<String, String>> respondents) {
    List<String> values = List.copyOf(shares.keySet());
    int[] cells = new int[respondents.size()];
    for (int i = 0; i < cells.length; i++) {
      String value = respondents.get(i).get(dimension);
      // indexOf, not a hash lookup: dimensions have a handful of values, and -1 covers null too
      cells[i] = value == null ? -1 : values.indexOf(value);
    }
    return cells;
  }

  /**
   * The margin of the included respondents: values none of them declared become empty cells
   * (added to {@code emptyCells}) and the other values share the whole in proportion to their
   * reference shares.
   */
  static Margin of(String dimension, Map<String, Double> shares, int[] cells, boolean[] included, List<String> emptyCells) {
    List<String> values = List.copyOf(shares.keySet());
    int[] counts = new int[values.size()];
    for (int i = 0; i < cells.length; i++) {
      if (included[i]) {
        counts[cells[i]]++;
      }
    }
    // summed in value order, not map order, so the weights do not depend on how the map was built
    double present = values.stream().filter(v -> counts[values.indexOf(v)] > 0).sorted().mapToDouble(shares::get).sum();
    double[] targets = new double[values.size()];
    for (int v = 0; v < targets.length; v++) {
      if (counts[v] == 0) {
        emptyCells.add(dimension + "=" + values.get(v));
      } else {
        targets[v] = shares.get(values.get(v)) / present;
      }
    }
    return new Margin(dimension, values, cells, targets);
  }

  /** Scales the weights of each value so that it holds its target share of {@code total}. */
  void rake(double[] weights, double total) {
    double[] sums = sums(weights);
    double[] factors = new double[sums.length];
    for (int v = 0; v < factors.length; v++) {
      // an empty cell has no weight to scale; 1 leaves the excluded respondents in it at 0
      factors[v] = sums[v] > 0 ? targets[v] * total / sums[v] : 1;
    }
    for (int i = 0; i < weights.length; i++) {
      // excluded respondents (weight 0) may sit in a cell of this margin: leave them at 0
      if (cells[i] >= 0 && weights[i] > 0) {
        weights[i] *= factors[cells[i]];
      }
    }
  }

  /** @return the largest absolute difference between a value's weighted share and its target */
  double deviation(double[] weights) {
    double[] sums = sums(weights);
    double total = 0;
    for (double sum : sums) {
      total += sum;
    }
    double worst = 0;
    for (int v = 0; v < sums.length; v++) {
      worst = Math.max(worst, Math.abs(sums[v] / total - targets[v]));
    }
    return worst;
  }

  private double[] sums(double[] weights) {
    double[] sums = new double[values.size()];
    for (int i = 0; i < weights.length; i++) {
      if (cells[i] >= 0) {
        sums[cells[i]] += weights[i];
      }
    }
    return sums;
  }

  @Override
  public String toString() {
    return "Margin[" + dimension + " " + values + "]";
  }
}
