package org.consulta.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.consulta.core.expectation.CommitmentTerms;
import org.consulta.core.expectation.ResponseScope;
import org.consulta.core.expectation.TimeAllowance;
import org.consulta.core.simulation.Campaign;
import org.consulta.core.simulation.CampaignKind;
import org.consulta.core.simulation.DayRecord;
import org.consulta.core.simulation.Scenario;
import org.consulta.core.simulation.Simulation;
import org.consulta.core.simulation.SimulationResult;
import org.consulta.core.simulation.Sweep;
import org.consulta.core.simulation.SweepListener;
import org.consulta.core.simulation.SweepRuns;

/**
 * The simulation's benchmark (issue 9): one run of R residents (default 1,000,000) for D days
 * (default 90) on the in-memory store, then a sweep of 16 scenario-seed runs (4 response capacities
 * x 4 seeds) of R2 residents (default 100,000) on T threads (default: all cores), timed against the
 * same sweep on one thread (after a small warm-up sweep, two rounds in alternating order, best of
 * each), so the speed-up from using both cores is a ratio from the same run.
 *
 * <pre>
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar org.consulta.benchmarks.SimulationHarness [R] [D] [R2] [threads]
 * </pre>
 *
 * <p>The scenario: the default city (four districts, four age bands), posters on days 3 to 16, a
 * social-media campaign on days 10 to 30, answers promised within 10 working days, 150 answers and
 * 400 moderation decisions a working day, two offline sessions, the consultation open 60 days.
 * Prints wall-clock time, what the run produced (participants, contributions, reactions, answers)
 * and the heap after a collection. Progress on stderr.
 */
public final class SimulationHarness {
  private SimulationHarness() {}

  public static void main(String[] args) {
    int residents = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 90;
    int sweepResidents = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();

    Scenario scenario = scenario(residents, days);
    System.err.println("warm-up: 20,000 residents");
    Simulation.run(scenario.toBuilder().residents(20_000).build());

    System.err.printf(Locale.ROOT, "one run: %,d residents x %d days%n", residents, days);
    long t0 = System.nanoTime();
    SimulationResult one = Simulation.run(scenario, 1, (run, day, total, record) -> {
      if ((day + 1) % 10 == 0) {
        System.err.printf(Locale.ROOT, "  day %d/%d: %,.0f participants, %.1f s%n", day + 1, total, record.metric("participants"),
            (System.nanoTime() - t0) / 1e9);
      }
    });
    double single = (System.nanoTime() - t0) / 1e9;
    DayRecord last = one.last();
    System.out.printf(Locale.ROOT, "single run: %,d residents x %d days in %.1f s (%,.0f participants, %,.0f contributions, %,.0f answered, "
            + "final trust %.3f)%n", residents, days, single, last.metric("participants"), last.metric("contributions.total"),
        last.metric("answered"), last.metric("trust.mean"));
    System.gc();
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "heap after the run: %,d MiB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    one = null;

    List<Scenario> grid = grid(sweepResidents, days);
    System.err.println("sweep warm-up: 16 runs of 10,000 residents");
    Sweep.run(grid(10_000, days), 4, threads, SweepListener.NONE);
    double parallel = Double.MAX_VALUE;
    double serial = Double.MAX_VALUE;
    for (int round = 0; round < 2; round++) {
      // alternate the order, so neither gains from running second
      if (round == 0) {
        parallel = Math.min(parallel, sweep(grid, threads, true));
        serial = Math.min(serial, sweep(grid, 1, false));
      } else {
        serial = Math.min(serial, sweep(grid, 1, false));
        parallel = Math.min(parallel, sweep(grid, threads, false));
      }
    }
    System.out.printf(Locale.ROOT, "sweep: 16 runs of %,d residents x %d days, best of 2: %.1f s on %d threads, %.1f s on 1 thread "
        + "(speed-up %.2f)%n", sweepResidents, days, parallel, threads, serial, serial / parallel);
  }

  /** Four answer capacities (5, 15, 40 and 150 a working day) of the benchmark city. */
  private static List<Scenario> grid(int residents, int days) {
    return Sweep.grid(scenario(residents, days), Sweep.axis("responses",
        Sweep.level("5", b -> b.institution(i -> i.withResponsesPerDay(5))),
        Sweep.level("15", b -> b.institution(i -> i.withResponsesPerDay(15))),
        Sweep.level("40", b -> b.institution(i -> i.withResponsesPerDay(40))),
        Sweep.level("150", b -> b.institution(i -> i.withResponsesPerDay(150)))));
  }

  private static double sweep(List<Scenario> grid, int threads, boolean print) {
    System.err.printf(Locale.ROOT, "sweep on %d thread(s)%n", threads);
    long t0 = System.nanoTime();
    List<SweepRuns> runs = Sweep.run(grid, 4, threads, (r, done, total) ->
        System.err.printf(Locale.ROOT, "  run %d/%d done (%s seed %d), %.1f s%n", done, total, r.scenario(), r.seed(),
            (System.nanoTime() - t0) / 1e9));
    double elapsed = (System.nanoTime() - t0) / 1e9;
    List<String> finals = new ArrayList<>();
    for (SweepRuns r : runs) {
      finals.add(String.format(Locale.ROOT, "%s: participants %.0f, contributors' trust %.3f, overdue %.0f", r.scenario().name(),
          r.summary().last().metrics().get("participants").mean(), r.summary().last().metrics().get("trust.contributors").mean(),
          r.summary().last().metrics().get("overdue").mean()));
    }
    if (print) {
      finals.forEach(System.out::println);
    }
    System.out.printf(Locale.ROOT, "  sweep on %d thread(s): %.1f s%n", threads, elapsed);
    return elapsed;
  }

  static Scenario scenario(int residents, int days) {
    return Scenario.builder()
        .name("benchmark city")
        .residents(residents)
        .days(days)
        .openDays(Math.min(60, days))
        .campaign(Campaign.of("posters", CampaignKind.POSTERS, 3, 16, 0.02))
        .campaign(Campaign.of("social media", CampaignKind.SOCIAL_MEDIA, 10, 30, 0.01).withReach("age_band", "16-29", 2.0))
        .commitment(CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.workingDays(10)))
        .institution(i -> i.withResponsesPerDay(150).withModerationPerDay(400).withSession(5, 200).withSession(20, 200))
        .build();
  }
}
