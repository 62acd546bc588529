package org.consulta.core.simulation;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What one run produced: a {@link DayRecord} per day.
 *
 * @param scenario the scenario's name
 * @param seed the seed of this run
 * @param days the days, in order
 */
public record SimulationResult(String scenario, long seed, List<DayRecord> days) {
  public SimulationResult {
    requireNonNull(scenario, "scenario");
    days = List.copyOf(requireNonNull(days, "days"));
  }

  /** @return the last day's record */
  public DayRecord last() {
    if (days.isEmpty()) {
      throw new IllegalStateException("the run has no days");
    }
    return days.get(days.size() - 1);
  }

  /**
   * @param metric a metric name
   * @return its value on each day
   */
  public double[] series(String metric) {
    return days.stream().mapToDouble(d -> d.metric(metric)).toArray();
  }
}
