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

  /**
   * A day of a run ended; for progress within long runs. Does nothing unless overridden.
   *
   * @param run the run's label (scenario name and seed)
   * @param day the day that ended
   * @param days the run's number of days
   */
  default void dayEnded(String run, int day, int days) {}
}
