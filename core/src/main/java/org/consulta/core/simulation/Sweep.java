package org.consulta.core.simulation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.consulta.core.error.Violations;

/**
 * Runs several scenarios, each with several seeds, in parallel on a fixed pool of threads (all
 * cores by default). Run {@code k} of a scenario uses seed {@code scenario.seed() + k}. Every run is
 * independent (its own engine), and the results come back in scenario and seed order whatever
 * order the threads finish in, so a sweep is as deterministic as a single run.
 *
 * <pre>{@code
 * List<Scenario> grid = Sweep.grid(base,
 *     Sweep.axis("answer", Sweep.level("5 days", b -> b.institution(i -> i.withResponsesPerDay(80))),
 *                          Sweep.level("20 days", b -> b.institution(i -> i.withResponsesPerDay(10)))));
 * List<SweepRuns> results = Sweep.run(grid, 20);
 * results.get(0).summary().last().metrics().get("participants");
 * }</pre>
 */
public final class Sweep {
  private Sweep() {}

  /** One value of a swept parameter: a label and the change it makes to the scenario. */
  public static final class Level {
    private final String label;
    private final UnaryOperator<Scenario.Builder> change;

    private Level(String label, UnaryOperator<Scenario.Builder> change) {
      this.label = requireNonNull(label, "label");
      this.change = requireNonNull(change, "change");
    }

    /** @return the label, used in the scenario's name */
    public String label() {
      return label;
    }
  }

  /** A swept parameter: its name and its levels. */
  public static final class Axis {
    private final String name;
    private final List<Level> levels;

    private Axis(String name, List<Level> levels) {
      this.name = requireNonNull(name, "name");
      this.levels = List.copyOf(levels);
      if (this.levels.isEmpty()) {
        throw new IllegalArgumentException("axis " + name + " needs at least one level");
      }
    }

    /** @return the name */
    public String name() {
      return name;
    }

    /** @return the levels */
    public List<Level> levels() {
      return levels;
    }
  }

  /**
   * @param label the level's label, used in the scenario names
   * @param change what it changes, on a copy of the builder (its return value is used)
   * @return a level
   */
  public static Level level(String label, UnaryOperator<Scenario.Builder> change) {
    return new Level(label, change);
  }

  /**
   * @param name the swept parameter's name, used in the scenario names
   * @param levels its levels, at least one
   * @return an axis
   */
  public static Axis axis(String name, Level... levels) {
    return new Axis(name, List.of(levels));
  }

  /**
   * Every combination of the axes' levels applied to {@code base}, named {@code base name [axis=level,
   * ...]}, the first axis varying slowest.
   *
   * @param base the scenario the levels change
   * @param axes the swept parameters
   * @return the scenarios, validated
   */
  public static List<Scenario> grid(Scenario base, Axis... axes) {
    List<Scenario> out = new ArrayList<>();
    expand(base, List.of(axes), 0, base.toBuilder(), new ArrayList<>(), out);
    return out;
  }

  private static void expand(Scenario base, List<Axis> axes, int index, Scenario.Builder builder, List<String> labels, List<Scenario> out) {
    if (index == axes.size()) {
      String name = labels.isEmpty() ? base.name() : base.name() + " [" + String.join(", ", labels) + "]";
      out.add(builder.copy().name(name).build());
      return;
    }
    Axis axis = axes.get(index);
    for (Level level : axis.levels) {
      // a copy of the builder (not validated: only whole combinations must be valid)
      Scenario.Builder next = level.change.apply(builder.copy());
      List<String> more = new ArrayList<>(labels);
      more.add(axis.name + "=" + level.label);
      expand(base, axes, index + 1, next, more, out);
    }
  }

  /**
   * @param scenarios the scenarios
   * @param seeds runs per scenario, at least 1
   * @return per scenario, its runs and summary, on all cores without progress output
   */
  public static List<SweepRuns> run(List<Scenario> scenarios, int seeds) {
    return run(scenarios, seeds, Runtime.getRuntime().availableProcessors(), SweepListener.NONE);
  }

  /**
   * @param scenarios the scenarios
   * @param seeds runs per scenario, at least 1
   * @param threads threads to run on, at least 1
   * @param listener hears of each finished run (from the worker threads)
   * @return per scenario, its runs (in seed order) and summary
   * @throws org.consulta.core.error.InvalidInputException if {@code seeds}, {@code threads} or a scenario is bad
   */
  public static List<SweepRuns> run(List<Scenario> scenarios, int seeds, int threads, SweepListener listener) {
    requireNonNull(scenarios, "scenarios");
    requireNonNull(listener, "listener");
    Violations v = new Violations();
    v.check(!scenarios.isEmpty(), "scenarios", "needs at least one scenario");
    v.check(seeds >= 1, "seeds", "must be at least 1");
    v.check(threads >= 1, "threads", "must be at least 1");
    v.throwIfAny();
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario s = scenarios.get(i);
      try {
        s.validate();
        EngineSetup.check(s);
      } catch (org.consulta.core.error.InvalidInputException e) {
        for (org.consulta.core.error.Violation x : e.violations()) {
          v.add("scenarios[" + i + "](" + s.name() + ")." + x.field(), x.reason());
        }
      }
    }
    v.throwIfAny();
    int total = scenarios.size() * seeds;
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "consulta-sweep");
      t.setDaemon(true);
      return t;
    });
    try {
      List<List<Future<SimulationResult>>> futures = new ArrayList<>();
      for (Scenario s : scenarios) {
        List<Future<SimulationResult>> runs = new ArrayList<>();
        for (int k = 0; k < seeds; k++) {
          long seed = s.seed() + k;
          runs.add(pool.submit(() -> {
            SimulationResult r = new SimulationRun(s, seed, (label, day, days, record) -> listener.dayEnded(label, day, days)).run();
            listener.runEnded(r, done.incrementAndGet(), total);
            return r;
          }));
        }
        futures.add(runs);
      }
      List<SweepRuns> out = new ArrayList<>();
      for (int i = 0; i < scenarios.size(); i++) {
        List<SimulationResult> runs = new ArrayList<>();
        for (Future<SimulationResult> f : futures.get(i)) {
          runs.add(get(f));
        }
        out.add(new SweepRuns(scenarios.get(i), runs, SweepSummary.of(runs)));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static SimulationResult get(Future<SimulationResult> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a simulation run", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("a simulation run failed", e.getCause());
    }
  }
}
