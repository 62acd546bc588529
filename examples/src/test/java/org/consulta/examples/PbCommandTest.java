package org.consulta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.consulta.core.json.ConsultaJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("consulta-examples pb")
class PbCommandTest {
  /** The example of the README, a fictitious Warsaw district vote whose city outcome is greedy's: 1, 2 and 4. */
  private static final Path EXAMPLE = Path.of("pb", "warszawa-ursynow-approval.pb");

  @TempDir
  Path dir;

  private Path file(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private Path exampleWith(String from, String to) throws IOException {
    String text = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    return file("changed.pb", text.replace(from, to));
  }

  @Test
  void helpListsTheFileAndEveryOption() {
    CliRun run = CliRun.of("pb", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: consulta-examples pb").contains("FILE", "--rule=RULE", "--format=FORMAT", "markdown", "html", "--json",
        "equalshares/add1-comparison");
  }

  @Test
  void aBadFileFailsNamingTheSectionAndLine() throws IOException {
    Path bad = exampleWith("10;5;;M;paper", "10;5,9;;M;paper");

    CliRun run = CliRun.of("pb", bad.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("pb: " + bad + ": pabulib VOTES section, line 37: vote names project 9, which is not in PROJECTS");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anUnknownRuleIsAUsageErrorListingTheKnownOnes() {
    CliRun run = CliRun.of("pb", EXAMPLE.toString(), "--rule", "borda");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--rule: unknown counting rule 'borda'; known: greedy, knapsack, equalshares, equalshares/add1, "
        + "equalshares/add1-comparison").contains("Usage: consulta-examples pb");
  }

  @Test
  void aMissingFileIsAUsageError() {
    Path missing = dir.resolve("missing.pb");

    CliRun run = CliRun.of("pb", missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no file " + missing);
  }

  @Test
  void aFileNamingAnUnknownRuleNeedsTheRuleOption() throws IOException {
    Path file = exampleWith("rule;greedy", "rule;unknown");

    CliRun run = CliRun.of("pb", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("names rule 'unknown' in its META, which Consulta does not know; choose one with --rule (known: greedy,");
  }

  @Test
  void ballotsBreakingTheFilesRulesFailNamingThem() throws IOException {
    Path file = exampleWith("max_length;3", "max_length;2");

    CliRun run = CliRun.of("pb", file.toString(), "--rule", "greedy");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("cannot be counted with greedy:").contains("ballots[0](voter 1).projects: has 3 projects");
  }

  @Test
  void countsWithTheFilesRuleAndSaysTheCityFundedTheSame() {
    CliRun run = CliRun.of("pb", EXAMPLE.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Rule: greedy (named in the file)")
        .contains("Budget: 1000000 PLN, spent 1000000, left 0; 5 projects, 10 ballots")
        .contains("Funded: 1, 2, 4")
        .containsPattern("(?m)^  funded +1 Zielone podwórko; ławki i drzewa, cost 400000, score 7: ")
        .containsPattern("(?m)^  not funded +3 Łąka kwietna przy szkole, cost 300000, score 5: ")
        .contains("Published outcome: Consulta funds the same projects as the city.");
  }

  @Test
  void listsTheDifferencesFromThePublishedOutcome() throws IOException {
    // the city funds 3 instead of 4
    Path file = exampleWith("dzieci;0\n4;250000;4;Świetlica dla seniorów;kultura;seniorzy;1",
        "dzieci;1\n4;250000;4;Świetlica dla seniorów;kultura;seniorzy;0");

    CliRun run = CliRun.of("pb", file.toString(), "--rule", "greedy");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Published outcome differs from Consulta's:")
        .contains("  funded by Consulta, not by the city: 4")
        .contains("  funded by the city, not by Consulta: 3");
  }

  @Test
  void jsonHasTheRuleBudgetSpendingSelectionVerdictsAndPublishedComparison() throws IOException {
    CliRun run = CliRun.of("pb", EXAMPLE.toString(), "--rule", "knapsack", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode o = ConsultaJson.mapper().readTree(run.out());
    assertThat(o.get("rule").asText()).isEqualTo("knapsack");
    assertThat(o.get("budget").decimalValue()).isEqualByComparingTo("1000000");
    assertThat(o.get("spent").decimalValue()).isEqualByComparingTo("1000000");
    assertThat(o.get("left").decimalValue()).isEqualByComparingTo("0");
    assertThat(StreamSupport.stream(o.get("selected").spliterator(), false).map(JsonNode::asText)).containsExactlyInAnyOrder("1", "2", "4");
    assertThat(o.get("projects")).hasSize(5);
    assertThat(o.get("projects").get(0).get("id").asText()).isEqualTo("1");
    assertThat(o.get("projects").get(0).get("funded").asBoolean()).isTrue();
    assertThat(o.get("published").get("matches").asBoolean()).isTrue();
    assertThat(o.get("published").get("onlyConsulta")).isEmpty();
    assertThat(o.get("published").get("onlyPublished")).isEmpty();
  }

  @Test
  void markdownPrintsTheResultDocumentWithOneTableRowPerProject() {
    CliRun run = CliRun.of("pb", EXAMPLE.toString(), "--format", "markdown");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("# Budżet obywatelski Ursynów 2024 (przykład)\n")
        .contains("- Rule: greedy. Projects are funded from the highest score down")
        .contains("- Budget: 1,000,000 PLN\n- Spent: 1,000,000 PLN\n- Left: 0 PLN\n- Ballots: 10\n")
        .contains("| Project | Name | Cost | Votes | Funded | Why |")
        .containsPattern("(?m)^\\| 1 \\| Zielone podwórko; ławki i drzewa \\| 400,000 \\| 7 \\| yes \\| funded: ")
        .containsPattern("(?m)^\\| 3 \\| Łąka kwietna przy szkole \\| 300,000 \\| 5 \\| no \\| skipped: did not fit the remaining 250,000")
        .doesNotContain("Published outcome");
    assertThat(run.out().lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Project") && !l.startsWith("| ---"))).hasSize(5);
  }

  @Test
  void htmlPrintsTheResultDocumentAsAnAccessiblePage() {
    CliRun run = CliRun.of("pb", EXAMPLE.toString(), "--rule", "equalshares/add1", "--format", "HTML");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("<title>Budżet obywatelski Ursynów 2024 (przykład)</title>")
        .contains("<dt>Rule</dt><dd>equalshares/add1. Equal Shares")
        .contains("<caption>Every project, in ballot order</caption>")
        .contains("<th scope=\"col\">Votes</th>")
        .contains("<th scope=\"row\">2</th><td>Plac zabaw &quot;Żyrafa&quot;</td>")
        .doesNotContain("<script");
    assertThat(run.out().split("<th scope=\"row\">", -1)).hasSize(1 + 5);
  }

  @Test
  void jsonIsAnAliasOfFormatJson() throws IOException {
    CliRun alias = CliRun.of("pb", EXAMPLE.toString(), "--json");
    CliRun format = CliRun.of("pb", EXAMPLE.toString(), "--format", "json");

    assertThat(format.exitCode()).as(format.err()).isZero();
    assertThat(format.out()).isEqualTo(alias.out());
    assertThat(ConsultaJson.mapper().readTree(format.out()).get("rule").asText()).isEqualTo("greedy");
  }

  @Test
  void anUnknownFormatOrAConflictWithJsonIsAUsageError() {
    CliRun unknown = CliRun.of("pb", EXAMPLE.toString(), "--format", "pdf");
    CliRun conflict = CliRun.of("pb", EXAMPLE.toString(), "--json", "--format", "html");

    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("--format: unknown format 'pdf'; known: text, json, markdown, html");
    assertThat(conflict.exitCode()).isEqualTo(2);
    assertThat(conflict.err()).contains("--json conflicts with --format html");
  }

  @Test
  void aFileThatIsNotUtf8FailsSayingSo() throws IOException {
    Path latin1 = dir.resolve("latin1.pb");
    Files.write(latin1, Files.readString(EXAMPLE, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1));

    CliRun run = CliRun.of("pb", latin1.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("latin1.pb").doesNotContain("Exception in thread").doesNotContain("\tat ");
  }
}
