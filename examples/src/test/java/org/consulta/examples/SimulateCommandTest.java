package org.consulta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.consulta.core.json.ConsultaJson;
import org.consulta.core.json.ScenarioJson;
import org.consulta.core.simulation.Scenario;
import org.consulta.core.simulation.SweepSummary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("consulta-examples simulate")
class SimulateCommandTest {
  private static final String[] SMALL = {"--residents", "2000", "--days", "20", "--seeds", "3", "--threads", "2"};

  @TempDir
  Path out;

  private CliRun simulate(String scenario) {
    String[] args = new String[SMALL.length + 5];
    args[0] = "simulate";
    args[1] = "--scenario";
    args[2] = scenario;
    args[3] = "--out";
    args[4] = out.toString();
    System.arraycopy(SMALL, 0, args, 5, SMALL.length);
    return CliRun.of(args);
  }

  @Test
  void aScenarioFileRunsEverySeedAndWritesSeriesSummariesAndCharts() throws IOException {
    CliRun run = simulate("scenarios/answer-in-5-days.yaml");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).containsPattern("run 1/3 done \\(answer in 5 days, seed [123]\\), \\d+\\.\\d s elapsed").contains("run 3/3 done");
    Path dir = out.resolve("answer-in-5-days");
    assertThat(run.out()).contains("scenario.json", "answer-in-5-days/summary.csv", "answer-in-5-days/participation.svg",
        "answer-in-5-days/representation.svg");
    assertThat(run.out()).containsPattern("participants +\\d+\\.\\d+ +\\[\\d+\\.\\d+, \\d+\\.\\d+\\]")
        .contains("contributions.total", "trust.mean", "backlog.responses", "representation.district.distance",
            "representation.age_band.distance", "commitment respond_within#1");

    List<String> series = Files.readAllLines(dir.resolve("runs/seed-2.csv"));
    assertThat(series).hasSize(21);
    assertThat(series.get(0)).startsWith("day,date,aware,").contains(",participants,", ",trust.mean,").endsWith(",commitment.respond_within#1");
    assertThat(series.get(20)).startsWith("19,2025-03-22,");
    JsonNode days = ConsultaJson.mapper().readTree(dir.resolve("runs/seed-3.json").toFile());
    assertThat(days.size()).isEqualTo(20);
    assertThat(days.get(19).get("metrics").get("participants").asDouble()).isPositive();

    List<String> summary = Files.readAllLines(dir.resolve("summary.csv"));
    assertThat(summary.get(0)).isEqualTo("scenario,runs,day,date,metric,mean,sd,low,high");
    assertThat(summary).anySatisfy(line -> assertThat(line).startsWith("answer in 5 days,3,19,2025-03-22,participants,"));
    SweepSummary read = ConsultaJson.mapper().readValue(dir.resolve("summary.json").toFile(), SweepSummary.class);
    assertThat(read.runs()).isEqualTo(3);
    assertThat(read.days()).hasSize(20);
    assertThat(read.finalCommitments()).containsKey("respond_within#1");

    Scenario effective = ScenarioJson.read(Files.readString(out.resolve("scenario.json")).replaceFirst("^\\[", "").replaceFirst("]\\s*$", ""));
    assertThat(effective.population().size()).isEqualTo(2000);
    assertThat(effective.days()).isEqualTo(20);
    assertSvg(dir.resolve("participation.svg"), SimulationCharts.PARTICIPATION_TITLE, "answer in 5 days");
    assertSvg(dir.resolve("representation.svg"), SimulationCharts.REPRESENTATION_TITLE, "Reference (example city census)", "Participants");
  }

  @Test
  void aSweepWritesOneFolderPerScenarioAndChartsComparingThem(@TempDir Path files) throws IOException {
    Path file = files.resolve("sweep.json");
    Files.writeString(file, "{\"name\": \"capacity\", \"sweep\": {\"institution.responsesPerDay\": [5, 80]}}");

    CliRun run = simulate(file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("run 6/6 done");
    assertThat(out.resolve("capacity-institution-responsesperday-5/runs/seed-2.csv")).isRegularFile();
    assertThat(out.resolve("capacity-institution-responsesperday-80/summary.json")).isRegularFile();
    assertThat(Files.readAllLines(out.resolve("summary.csv")))
        .anySatisfy(l -> assertThat(l).startsWith("capacity [institution.responsesPerDay=5],3,"))
        .anySatisfy(l -> assertThat(l).startsWith("capacity [institution.responsesPerDay=80],3,"));
    assertThat(ScenarioJson.readAll(Files.readString(out.resolve("scenario.json")))).extracting(s -> s.institution().responsesPerDay())
        .containsExactly(5, 80);
    assertSvg(out.resolve("participation.svg"), SimulationCharts.PARTICIPATION_TITLE, "capacity [institution.responsesPerDay=5]",
        "capacity [institution.responsesPerDay=80]");
    assertSvg(out.resolve("representation.svg"), SimulationCharts.REPRESENTATION_TITLE, "Participants: capacity [institution.responsesPerDay=5]");
  }

  @Test
  void aMisspeltPropertyIsAUsageErrorNamingItsPath(@TempDir Path files) throws IOException {
    Path file = files.resolve("bad.yaml");
    Files.writeString(file, "population:\n  sise: 5000\nbehaviour:\n  contributeRate: 2\n");

    CliRun run = simulate(file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("population.sise: unknown property");
    assertThat(out).isEmptyDirectory();
  }

  @Test
  void aMissingFileIsAUsageError() {
    CliRun run = simulate(out.resolve("nowhere.yaml").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cannot read scenario file");
  }

  private static void assertSvg(Path file, String... texts) throws IOException {
    String svg = Files.readString(file).strip();
    // booleans, so that a failure does not print the whole document
    assertThat(svg.startsWith("<?xml") && svg.contains("<svg ") && svg.endsWith("</svg>")).as(file + " is an SVG document").isTrue();
    for (String text : texts) {
      assertThat(svg.contains(">" + text.replace("&", "&amp;") + "<")).as(file + " shows the text: " + text).isTrue();
    }
  }
}
