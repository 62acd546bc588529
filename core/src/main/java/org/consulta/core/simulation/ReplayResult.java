package org.consulta.core.simulation;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a {@link Replay} produced: its counts and a {@link DayRecord} per UTC day from the first
 * event to the last, comparable with a {@link SimulationResult}'s days. Immutable.
 *
 * @param summary the counts of what was ingested and rejected
 * @param days one record per day, in order; empty if the source had no comment or vote
 */
public record ReplayResult(ReplaySummary summary, List<DayRecord> days) {
  public ReplayResult {
    requireNonNull(summary, "summary");
    days = List.copyOf(requireNonNull(days, "days"));
  }

  /**
   * @param metric a metric name
   * @return its value on each day
   * @throws IllegalArgumentException if the days have no such metric
   */
  public double[] series(String metric) {
    return days.stream().mapToDouble(d -> d.metric(metric)).toArray();
  }
}
