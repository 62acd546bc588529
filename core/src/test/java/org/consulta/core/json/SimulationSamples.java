package org.consulta.core.json;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.consulta.core.consultation.ModerationMode;
import org.consulta.core.expectation.CommitmentStatus;
import org.consulta.core.expectation.CommitmentTerms;
import org.consulta.core.expectation.ResponseScope;
import org.consulta.core.expectation.TimeAllowance;
import org.consulta.core.simulation.Behaviour;
import org.consulta.core.simulation.Campaign;
import org.consulta.core.simulation.CampaignKind;
import org.consulta.core.simulation.ChannelFactors;
import org.consulta.core.simulation.CommitmentState;
import org.consulta.core.simulation.DayRecord;
import org.consulta.core.simulation.Estimate;
import org.consulta.core.simulation.Institution;
import org.consulta.core.simulation.PopulationCell;
import org.consulta.core.simulation.Scenario;
import org.consulta.core.simulation.SessionPlan;
import org.consulta.core.simulation.SimulationResult;
import org.consulta.core.simulation.SummaryDay;
import org.consulta.core.simulation.SweepRuns;
import org.consulta.core.simulation.SweepSummary;

/** The simulation's values for {@link Samples}: full and minimal. */
final class SimulationSamples {
  private SimulationSamples() {}

  private static List<PopulationCell> cells() {
    List<PopulationCell> cells = new java.util.ArrayList<>();
    List<String> districts = List.of("centre", "north", "south", "east");
    List<String> ages = List.of("16-29", "30-44", "45-64", "65_plus");
    for (String d : districts) {
      for (String a : ages) {
        cells.add(new PopulationCell(Map.of("district", d, "age_band", a), 1.0 / 16));
      }
    }
    return cells;
  }

  static void values(BiConsumer<String, Object> add) {
    Scenario full = Scenario.builder()
        .name("answer within 5 days")
        .population(p -> p.withSize(2_000).withInternetAccess("age_band", "65_plus", 0.7)
            .withPropensity("age_band", "65_plus", new ChannelFactors(0.6, 1.8))
            .withCells(cells()))
        .moderationMode(ModerationMode.PRE)
        .commitment(CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.workingDays(5)))
        .campaign(Campaign.of("posters in the north", CampaignKind.POSTERS, 7, 13, 0.03).withReach("district", "north", 3.0))
        .institution(i -> i.withResponsesPerDay(80).withSession(10, 40).withDecisionOn(25).withReportOn(28))
        .days(30)
        .openDays(21)
        .seed(7)
        .build();
    add.accept("full", full);
    add.accept("minimal", Scenario.defaults());
    add.accept("full", full.population());
    add.accept("full", Behaviour.defaults());
    add.accept("full", full.institution());
    add.accept("minimal", Institution.defaults());
    add.accept("full", full.campaigns().get(0));
    add.accept("minimal", Campaign.of("letters", CampaignKind.LETTERS, 0, 0, 0.5));
    add.accept("full", new ChannelFactors(0.6, 1.8));
    add.accept("full", new SessionPlan(10, 40));
    add.accept("full", new PopulationCell(Map.of("district", "north", "age_band", "65_plus"), 0.06));
    CommitmentState state = new CommitmentState("respond_within#1", CommitmentStatus.AT_RISK, 0.82, 0.9);
    add.accept("full", state);
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("participants", 120.0);
    metrics.put("trust.mean", 0.4512);
    DayRecord day = new DayRecord(3, LocalDate.of(2025, 3, 6), metrics, List.of(state));
    add.accept("full", day);
    add.accept("minimal", new DayRecord(0, LocalDate.of(2025, 3, 3), Map.of(), List.of()));
    SimulationResult result = new SimulationResult("answer within 5 days", 7, List.of(day));
    add.accept("full", result);
    add.accept("minimal", new SimulationResult("empty", 0, List.of()));
    Estimate estimate = new Estimate(120.5, 10.2, 113.2, 127.8);
    add.accept("full", estimate);
    SummaryDay summaryDay = new SummaryDay(3, LocalDate.of(2025, 3, 6), Map.of("participants", estimate));
    add.accept("full", summaryDay);
    SweepSummary summary = new SweepSummary("answer within 5 days", 2, List.of(summaryDay),
        Map.of("respond_within#1", Map.of(CommitmentStatus.MET, 0.5, CommitmentStatus.BREACHED, 0.5)));
    add.accept("full", summary);
    add.accept("minimal", new SweepSummary("empty", 1, List.of(), Map.of()));
    add.accept("full", new SweepRuns(full, List.of(result), summary));
  }
}
