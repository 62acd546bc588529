package org.consulta.core.simulation;

/** Hears of each simulated day as it ends, for progress output. Called on the run's thread. */
@FunctionalInterface
public interface SimulationListener {
  /** A listener that ignores everything. */
  SimulationListener NONE = (run, day, days, record) -> {};

  /**
   * @param run a label of the run (scenario name and seed)
   * @param day the day that ended
   * @param days the number of days of the run
   * @param record its figures
   */
  void dayEnded(String run, int day, int days, DayRecord record);
}
