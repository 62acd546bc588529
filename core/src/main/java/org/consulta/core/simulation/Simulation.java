package org.consulta.core.simulation;

import static java.util.Objects.requireNonNull;

import org.consulta.core.error.InvalidInputException;

/**
 * Runs a {@link Scenario} on the real engine in virtual time.
 *
 * <p>Each run builds its own engine (in-memory store, virtual clock, seeded ids), so runs are
 * independent and may go on different threads at once. Deterministic: the same scenario and seed
 * give the same {@link SimulationResult}, equal by {@code equals} and identical once written.
 *
 * <pre>{@code
 * SimulationResult result = Simulation.run(Scenario.builder().residents(5_000).build());
 * double[] participants = result.series("participants");
 * }</pre>
 */
public final class Simulation {
  private Simulation() {}

  /**
   * @param scenario the scenario, run with its own seed
   * @return the result
   * @throws InvalidInputException naming every bad field of the scenario
   */
  public static SimulationResult run(Scenario scenario) {
    return run(scenario, scenario.seed(), SimulationListener.NONE);
  }

  /**
   * @param scenario the scenario
   * @param seed the seed of this run (instead of the scenario's)
   * @return the result
   */
  public static SimulationResult run(Scenario scenario, long seed) {
    return run(scenario, seed, SimulationListener.NONE);
  }

  /**
   * @param scenario the scenario
   * @param seed the seed of this run
   * @param listener hears of each day as it ends
   * @return the result
   * @throws InvalidInputException naming every bad field of the scenario
   */
  public static SimulationResult run(Scenario scenario, long seed, SimulationListener listener) {
    requireNonNull(scenario, "scenario").validate();
    requireNonNull(listener, "listener");
    EngineSetup.check(scenario);
    return new SimulationRun(scenario, seed, listener).run();
  }
}
