package org.consulta.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violation;
import org.consulta.core.expectation.CommitmentStatus;
import org.consulta.core.expectation.CommitmentTerms;
import org.consulta.core.expectation.ResponseScope;
import org.consulta.core.expectation.TimeAllowance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a sweep over scenarios and seeds")
class SweepTest {
  private static final Scenario BASE = Scenario.builder().name("base").residents(1_500).days(15).openDays(12)
      .campaign(Campaign.of("posters", CampaignKind.POSTERS, 1, 6, 0.05))
      .commitment(CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.workingDays(3)))
      .build();

  @Test
  void theGridHoldsEveryCombinationNamedByItsLevels() {
    List<Scenario> grid = Sweep.grid(BASE,
        Sweep.axis("responses", Sweep.level("0", b -> b.institution(i -> i.withResponsesPerDay(0))),
            Sweep.level("100", b -> b.institution(i -> i.withResponsesPerDay(100)))),
        Sweep.axis("trust", Sweep.level("low", b -> b.population(p -> p.withInitialTrust(0.2))),
            Sweep.level("high", b -> b.population(p -> p.withInitialTrust(0.8)))));

    assertThat(grid).extracting(Scenario::name).containsExactly(
        "base [responses=0, trust=low]", "base [responses=0, trust=high]", "base [responses=100, trust=low]",
        "base [responses=100, trust=high]");
    assertThat(grid.get(1).institution().responsesPerDay()).isZero();
    assertThat(grid.get(1).population().initialTrust()).isEqualTo(0.8);
    assertThat(grid.get(2).institution().responsesPerDay()).isEqualTo(100);
    assertThat(grid.get(2).population().initialTrust()).isEqualTo(0.2);
  }

  @Test
  void resultsComeInScenarioAndSeedOrderWhateverTheThreads() {
    List<Scenario> grid = Sweep.grid(BASE, Sweep.axis("responses", Sweep.level("0", b -> b.institution(i -> i.withResponsesPerDay(0))),
        Sweep.level("100", b -> b.institution(i -> i.withResponsesPerDay(100)))));
    List<String> heard = Collections.synchronizedList(new ArrayList<>());
    List<String> days = Collections.synchronizedList(new ArrayList<>());

    List<SweepRuns> two = Sweep.run(grid, 3, 2, new SweepListener() {
      @Override
      public void runEnded(SimulationResult result, int done, int total) {
        heard.add(done + "/" + total);
      }

      @Override
      public void dayEnded(String run, int day, int total) {
        days.add(run + " " + day + "/" + total);
      }
    });
    List<SweepRuns> one = Sweep.run(grid, 3, 1, SweepListener.NONE);

    assertThat(two).isEqualTo(one);
    assertThat(heard).hasSize(6).contains("6/6");
    assertThat(days).hasSize(6 * 15).contains("base [responses=100] seed " + (BASE.seed() + 2) + " 14/15");
    assertThat(two.get(0).runs()).extracting(SimulationResult::seed).containsExactly(BASE.seed(), BASE.seed() + 1, BASE.seed() + 2);
    assertThat(two.get(0).runs().get(1)).isEqualTo(Simulation.run(grid.get(0), BASE.seed() + 1));
  }

  @Test
  void theSummaryGivesMeansWithConfidenceIntervalsAndFinalStatusShares() {
    List<SweepRuns> runs = Sweep.run(List.of(BASE.toBuilder().institution(i -> i.withResponsesPerDay(0)).build()), 4, 2,
        SweepListener.NONE);
    SweepSummary s = runs.get(0).summary();

    double[] finals = runs.get(0).runs().stream().mapToDouble(r -> r.last().metric("participants")).toArray();
    double mean = java.util.Arrays.stream(finals).average().orElseThrow();
    Estimate e = s.last().metrics().get("participants");
    assertThat(s.runs()).isEqualTo(4);
    assertThat(e.mean()).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(e.sd()).isPositive();
    // t(0.975, 3 df) = 3.182446
    assertThat(e.high() - e.mean()).isCloseTo(3.182446 * e.sd() / 2, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(e.low()).isLessThan(e.mean());
    assertThat(s.finalCommitments()).containsOnlyKeys("respond_within#1");
    assertThat(s.finalCommitments().get("respond_within#1")).containsEntry(CommitmentStatus.BREACHED, 1.0);
  }

  @Test
  void oneRunGivesAnIntervalOfNoWidth() {
    SweepSummary s = SweepSummary.of(List.of(Simulation.run(BASE)));

    Estimate e = s.last().metrics().get("participants");
    assertThat(e.low()).isEqualTo(e.mean()).isEqualTo(e.high());
    assertThat(e.sd()).isZero();
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> Sweep.run(List.of(), 0, 0, SweepListener.NONE))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::field)
            .containsExactly("scenarios", "seeds", "threads"));
  }

  @Test
  void csvHasAHeaderAndOneRowPerDayOrPerDayAndMetric() {
    SimulationResult r = Simulation.run(BASE);
    StringBuilder series = new StringBuilder();
    SimulationCsv.timeSeries(r.days(), series);
    String[] lines = series.toString().split("\n");

    assertThat(lines).hasSize(16);
    assertThat(lines[0]).startsWith("day,date,aware,aware.share,").endsWith(",commitment.respond_within#1");
    assertThat(lines[1]).startsWith("0,2025-03-03,");
    assertThat(lines[1].split(",")).hasSize(lines[0].split(",").length);

    StringBuilder summary = new StringBuilder();
    SimulationCsv.summary(List.of(SweepSummary.of(List.of(r))), summary);
    String[] rows = summary.toString().split("\n");
    assertThat(rows[0]).isEqualTo("scenario,runs,day,date,metric,mean,sd,low,high");
    assertThat(rows).hasSize(1 + 15 * r.last().metrics().size());
    assertThat(rows[1]).startsWith("base,1,0,2025-03-03,aware,");
  }

  @Test
  void numbersAreWrittenWithADotAndWithoutNoise() {
    assertThat(SimulationCsv.number(3.0)).isEqualTo("3");
    assertThat(SimulationCsv.number(0.125)).isEqualTo("0.125");
    assertThat(SimulationCsv.number(1.0 / 3)).isEqualTo("0.333333");
    assertThat(SimulationCsv.number(0.9999999)).isEqualTo("1");
    assertThat(SimulationCsv.number(-0.0000001)).isEqualTo("0");
    assertThat(SimulationCsv.number(2.5000004)).isEqualTo("2.5");
    assertThat(SimulationCsv.number(-12.25)).isEqualTo("-12.25");
  }

  @Test
  void onlyWholeCombinationsMustBeValid() {
    // a decision on day 45 needs more than the base's 30 days: each combination has them
    List<Scenario> grid = Sweep.grid(BASE.toBuilder().days(30).openDays(20).build(),
        Sweep.axis("decision", Sweep.level("day 45", b -> b.institution(i -> i.withDecisionOn(45)))),
        Sweep.axis("days", Sweep.level("50", b -> b.days(50)), Sweep.level("60", b -> b.days(60))));

    assertThat(grid).extracting(Scenario::days).containsExactly(50, 60);
    assertThat(grid).allSatisfy(s -> assertThat(s.institution().decisionDay()).hasValue(45));
  }
}
