package org.consulta.core.simulation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.consulta.core.expectation.CommitmentStatus;

/**
 * One scenario's runs summarised across seeds: per day and metric the mean with its 95% confidence
 * interval, and per commitment the share of runs that ended in each status.
 *
 * @param scenario the scenario's name
 * @param runs how many runs (seeds)
 * @param days per day, each metric's estimate
 * @param finalCommitments per commitment label, each status's share of runs on the last day
 */
public record SweepSummary(String scenario, int runs, List<SummaryDay> days, Map<String, Map<CommitmentStatus, Double>> finalCommitments) {
  public SweepSummary {
    requireNonNull(scenario, "scenario");
    days = List.copyOf(requireNonNull(days, "days"));
    Map<String, Map<CommitmentStatus, Double>> copy = new LinkedHashMap<>();
    requireNonNull(finalCommitments, "finalCommitments").forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new EnumMap<>(v))));
    finalCommitments = Collections.unmodifiableMap(copy);
  }

  /**
   * @param results runs of one scenario with different seeds, all with the same days and metrics
   * @return their summary
   * @throws IllegalArgumentException if {@code results} is empty or the runs differ in days
   */
  public static SweepSummary of(List<SimulationResult> results) {
    if (results.isEmpty()) {
      throw new IllegalArgumentException("a summary needs at least one run");
    }
    SimulationResult first = results.get(0);
    int n = results.size();
    double t = n > 1 ? new TDistribution(n - 1).inverseCumulativeProbability(0.975) : 0;
    List<SummaryDay> days = new ArrayList<>(first.days().size());
    for (int d = 0; d < first.days().size(); d++) {
      DayRecord day = first.days().get(d);
      Map<String, Estimate> metrics = new LinkedHashMap<>();
      for (String metric : day.metrics().keySet()) {
        double sum = 0;
        double[] values = new double[n];
        for (int r = 0; r < n; r++) {
          List<DayRecord> runDays = results.get(r).days();
          if (runDays.size() != first.days().size()) {
            throw new IllegalArgumentException("runs of one summary must have the same days");
          }
          values[r] = runDays.get(d).metric(metric);
          sum += values[r];
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : values) {
          squares += (v - mean) * (v - mean);
        }
        double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
        double half = n > 1 ? t * sd / Math.sqrt(n) : 0;
        metrics.put(metric, new Estimate(mean, sd, mean - half, mean + half));
      }
      days.add(new SummaryDay(day.day(), day.date(), metrics));
    }
    Map<String, Map<CommitmentStatus, Double>> finals = new LinkedHashMap<>();
    for (SimulationResult r : results) {
      for (CommitmentState c : r.last().commitments()) {
        finals.computeIfAbsent(c.label(), k -> new EnumMap<>(CommitmentStatus.class)).merge(c.status(), 1.0 / n, Double::sum);
      }
    }
    return new SweepSummary(first.scenario(), n, days, finals);
  }

  /** @return the last day */
  public SummaryDay last() {
    return days.get(days.size() - 1);
  }
}
