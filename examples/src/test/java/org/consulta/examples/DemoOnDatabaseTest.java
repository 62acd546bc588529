package org.consulta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo on an H2 file database through Consulta's JDBC store, as {@code --h2 FILE} runs it. */
class DemoOnDatabaseTest {
  @TempDir
  Path dir;

  @Test
  void theDemoRunsOnAnH2FileAndLeavesItsTablesThere() {
    Path db = dir.resolve("demo");
    CliRun run = CliRun.of("demo", "--h2", db.toString(), "--participants", "60", "--contributions", "120");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Contributions  120 total").contains("[ANALYSIS]");
    assertThat(run.err()).contains("on the jdbc/h2 at jdbc:h2:file:");
    assertThat(Files.exists(dir.resolve("demo.mv.db"))).isTrue();
  }

  @Test
  void twoRunsOnOneDatabaseUseTenantsOfTheirOwnAndGiveTheSameCounts() {
    Path db = dir.resolve("shared");
    CliRun first = CliRun.of("demo", "--h2", db.toString(), "--participants", "40", "--contributions", "80");
    CliRun second = CliRun.of("demo", "--h2", db.toString(), "--participants", "40", "--contributions", "80");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(withoutTenant(first.out())).isEqualTo(withoutTenant(second.out()));
    assertThat(first.out().lines().findFirst()).isNotEqualTo(second.out().lines().findFirst());
  }

  @Test
  void aStoreOptionIsExclusive() {
    CliRun run = CliRun.of("demo", "--h2", "--jdbc-url", "jdbc:h2:mem:x");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("mutually exclusive");
  }

  private static String withoutTenant(String summary) {
    return summary.lines().skip(1).reduce("", (a, b) -> a + b + "\n");
  }
}
