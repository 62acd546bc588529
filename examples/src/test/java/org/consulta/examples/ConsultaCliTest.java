package org.consulta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("consulta-examples top level")
class ConsultaCliTest {
  @Test
  void helpExitsZeroAndListsTheDemoSubcommand() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: consulta-examples").contains("--version").containsPattern("(?m)^\\s+demo\\s");
  }

  @Test
  void demoHelpExitsZeroAndListsEveryOption() {
    CliRun run = CliRun.of("demo", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Usage: consulta-examples demo")
        .contains("--seed=N", "--participants=N", "--contributions=N", "--json", "--help")
        .contains("(default: 42)");
  }

  @Test
  void helpSubcommandShowsTheDemoUsage() {
    CliRun run = CliRun.of("help", "demo");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: consulta-examples demo");
  }

  @Test
  void versionNamesTheProjectVersion() {
    CliRun run = CliRun.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("consulta-examples ").doesNotContain("${").doesNotContain(" dev");
  }

  @Test
  void noSubcommandIsAUsageError() {
    CliRun run = CliRun.of();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing subcommand").contains("Usage: consulta-examples");
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.of("demo", "--no-such-option");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option");
  }
}
