package org.consulta.core.simulation;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One scenario of a sweep: its runs, one per seed, and their summary.
 *
 * @param scenario the scenario
 * @param runs the runs, in seed order
 * @param summary their summary
 */
public record SweepRuns(Scenario scenario, List<SimulationResult> runs, SweepSummary summary) {
  public SweepRuns {
    requireNonNull(scenario, "scenario");
    runs = List.copyOf(requireNonNull(runs, "runs"));
    requireNonNull(summary, "summary");
  }
}
