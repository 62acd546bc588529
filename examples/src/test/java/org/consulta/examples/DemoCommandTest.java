package org.consulta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("consulta-examples demo (text)")
class DemoCommandTest {
  private static final String[] SMALL = {"--participants", "60", "--contributions", "120"};

  private static CliRun demo(String... options) {
    String[] args = new String[options.length + 1];
    args[0] = "demo";
    System.arraycopy(options, 0, args, 1, options.length);
    return CliRun.of(args);
  }

  @Test
  void defaultRunExitsZeroAndEndsInAnalysisAfterTheClockClosedIt() {
    CliRun run = demo();

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Riverside park redesign [ANALYSIS]")
        .containsPattern("SCHEDULED -> OPEN +by the clock \\(scheduled=true\\)")
        .containsPattern("OPEN +-> CLOSED +by the clock \\(scheduled=true\\)")
        .containsPattern("CLOSED +-> ANALYSIS +by hand \\(scheduled=false\\)")
        .contains("Participants   300 registered")
        .contains("Contributions  400 total");
  }

  @Test
  void countsByKindAddUpToTheTotalAndEveryChannelIsUsed() {
    CliRun run = demo();

    long total = Long.parseLong(group(run.out(), "Contributions +(\\d+) total"));
    Map<String, Long> byKind = tally(group(run.out(), "by kind +(.*)"));
    Map<String, Long> byChannel = tally(group(run.out(), "by channel +(.*)"));
    assertThat(byKind.keySet()).containsExactly("IDEA", "COMMENT", "PROPOSAL", "ARGUMENT", "REPORT");
    assertThat(byKind.values()).allMatch(n -> n > 0);
    assertThat(byKind.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
    assertThat(byChannel.keySet()).containsExactly("ONLINE", "IN_PERSON", "PAPER");
    assertThat(byChannel.values()).allMatch(n -> n > 0);
    assertThat(byChannel.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
  }

  @Test
  void sameSeedPrintsTheSameSummary() {
    CliRun first = demo(with(SMALL, "--seed", "7"));
    CliRun second = demo(with(SMALL, "--seed", "7"));

    assertThat(first.exitCode()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
  }

  @Test
  void differentSeedsPrintDifferentSummaries() {
    CliRun seven = demo(with(SMALL, "--seed", "7"));
    CliRun eight = demo(with(SMALL, "--seed", "8"));

    assertThat(eight.out()).isNotEqualTo(seven.out());
  }

  @Test
  void progressAndWallTimeGoToStderrAndTheSummaryAloneToStdout() {
    CliRun run = demo(SMALL);

    assertThat(run.err())
        .contains("opened: SCHEDULED -> OPEN at 2025-03-10T09:00:00Z (scheduled=true)")
        .contains("closed: OPEN -> CLOSED")
        .contains("ms of wall time");
    assertThat(run.out()).doesNotContainPattern("(?m)^demo:").doesNotContain("wall time");
  }

  @Test
  void eventLogCountsEveryContributionAndPhaseMove() {
    CliRun run = demo(SMALL);

    assertThat(group(run.out(), "contribution\\.submitted +(\\d+)")).isEqualTo("120");
    assertThat(group(run.out(), "participant\\.registered +(\\d+)")).isEqualTo("60");
    assertThat(group(run.out(), "phase\\.changed +(\\d+)")).isEqualTo("4");
  }

  @Test
  void zeroContributionsStillRunsTheWholeConsultation() {
    CliRun run = demo("--participants", "1", "--contributions", "0");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("[ANALYSIS]").contains("Contributions  0 total").contains("(none)");
  }

  @Test
  void outOfRangeSizesAreUsageErrors() {
    CliRun run = demo("--participants", "0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--participants must be 1..1000000");
    assertThat(run.out()).isEmpty();
  }

  private static String[] with(String[] base, String... more) {
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  private static String group(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as("output matches %s", regex).isTrue();
    return m.group(1).trim();
  }

  /** Parses "A 1, B 2" into {A=1, B=2}, keeping the order. */
  private static Map<String, Long> tally(String line) {
    Map<String, Long> tally = new LinkedHashMap<>();
    for (String entry : line.split(", ")) {
      String[] parts = entry.trim().split(" ");
      tally.put(parts[0], Long.parseLong(parts[1]));
    }
    return tally;
  }
}
