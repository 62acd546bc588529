package org.consulta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.consulta.core.consultation.ModerationMode;
import org.consulta.core.simulation.Scenario;
import org.consulta.core.simulation.Simulation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("the ready scenario files in examples/scenarios")
class ScenarioFilesTest {
  /** Maven runs the tests in the module's directory. */
  private static final Path DIR = Path.of("scenarios");

  static Stream<Path> files() throws IOException {
    try (Stream<Path> all = Files.list(DIR)) {
      return all.filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyFileParsesValidatesAndRunsSmall(Path file) throws IOException {
    List<Scenario> scenarios = SimulateCommand.ScenarioFiles.read(file);

    assertThat(scenarios).isNotEmpty();
    for (Scenario s : scenarios) {
      assertThat(s.population().size()).as("a ready file states a realistic city").isGreaterThanOrEqualTo(10_000);
      Scenario small = s.toBuilder().residents(300).days(s.openDays()).build();
      assertThat(Simulation.run(small).days()).hasSize(s.openDays());
    }
  }

  @Test
  void everyExampleScenarioOfTheIssueHasAFile() throws IOException {
    assertThat(files().map(p -> p.getFileName().toString())).contains("baseline.yaml", "answer-in-5-days.yaml", "answer-in-20-days.yaml",
        "two-sessions.yaml", "poster-campaign-week-2.yaml", "pre-moderation.yaml", "sweep-response-capacity.yaml");
  }

  @Test
  void thePairsDifferInWhatTheyCompare() throws IOException {
    Scenario five = read("answer-in-5-days.yaml");
    Scenario twenty = read("answer-in-20-days.yaml");
    Scenario pre = read("pre-moderation.yaml");
    Scenario baseline = read("baseline.yaml");

    assertThat(five.commitments()).hasSize(1).isNotEqualTo(twenty.commitments());
    assertThat(five.institution().responsesPerDay()).isGreaterThan(twenty.institution().responsesPerDay());
    assertThat(pre.moderationMode()).isEqualTo(ModerationMode.PRE);
    assertThat(baseline.moderationMode()).isEqualTo(ModerationMode.REACTIVE);
    assertThat(read("two-sessions.yaml").institution().sessions()).hasSize(2);
    assertThat(SimulateCommand.ScenarioFiles.read(DIR.resolve("sweep-response-capacity.yaml")))
        .extracting(s -> s.institution().responsesPerDay()).containsExactly(5, 20, 80);
  }

  private static Scenario read(String name) throws IOException {
    return SimulateCommand.ScenarioFiles.read(DIR.resolve(name)).get(0);
  }
}
