package org.consulta.core.simulation;

/** Hears of each finished run of a sweep, for progress output. Called from the worker threads: must be thread-safe. */
@FunctionalInterface
public interface SweepListener {
  /** A listener that ignores everything. */
  SweepListener NONE = (result, done, total) -> {};

  /**
   * @param result the finished run
   * @param done how many runs have finished, this one included
   * @param total how many runs the sweep has
   */
  void runEnded(SimulationResult result, int done, int total);
}
