package org.consulta.core.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consulta.core.value.MarkdownEscaper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BudgetResultDocumentTest {
  private static final String TITLE = "Budżet <b>2024</b> | *Ursynów*";
  private static final String SCRIPT = "Park <script>alert(1)</script>";
  private static final String PIPES = "Bike | lane *fast* `code` _now_";
  private static final String POLISH = "Łąka kwietna – żółć gęślą";

  /**
   * Greedy over 1,234,567.50 PLN: P1 (3 votes, 400,000) first by the lower cost, P3 (3 votes,
   * 900,000) no longer fits, P2 (2 votes, 300,000) fits, P4 has no votes.
   */
  private static Election election(Map<String, String> meta) {
    List<ProjectOnBallot> projects = List.of(
        new ProjectOnBallot("P1", SCRIPT, new BigDecimal("400000"), Optional.of("Ursynów"), List.of(), Map.of()),
        new ProjectOnBallot("P2", PIPES, new BigDecimal("300000"), Optional.empty(), List.of(), Map.of()),
        new ProjectOnBallot("P3", POLISH, new BigDecimal("900000"), Optional.of("Śródmieście | Centrum"), List.of(), Map.of()),
        ProjectOnBallot.of("P4", "No votes", new BigDecimal("1000")));
    List<CastBallot> ballots = List.of(
        CastBallot.of("v1", new Ballot.Approval(List.of("P1", "P2", "P3"))),
        CastBallot.of("v2", new Ballot.Approval(List.of("P1", "P3"))),
        CastBallot.of("v3", new Ballot.Approval(List.of("P1", "P3"))),
        CastBallot.of("v4", new Ballot.Approval(List.of("P2"))));
    return new Election(TITLE, new BigDecimal("1234567.50"), BallotRules.Approval.unlimited(), projects, ballots, meta);
  }

  private static final Election ELECTION = election(Map.of("currency", "PLN", "language", "pl"));
  private static final CountResult RESULT = Count.count(ELECTION, CountingRule.GREEDY);

  @Nested
  @DisplayName("HTML")
  class Html {
    private final String html = BudgetResultDocument.html(ELECTION, RESULT);
    private final Document page = Jsoup.parse(html);

    @Test
    void isAStandaloneEnglishPageMarkingTheElectionsOwnTextsWithItsLanguage() {
      assertThat(html).startsWith("<!DOCTYPE html>");
      assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
      assertThat(page.select("head meta[charset]").attr("charset")).isEqualTo("utf-8");
      assertThat(page.title()).isEqualTo(TITLE);
      assertThat(page.select("h1")).hasSize(1);
      assertThat(page.selectFirst("h1").text()).isEqualTo(TITLE);
      assertThat(page.select("h1 span[lang=pl]")).hasSize(1);
      assertThat(page.select("tbody td span[lang=pl]").eachText()).contains(SCRIPT, PIPES, POLISH, "Ursynów");
    }

    @Test
    void hasNoScriptAndEscapesEveryText() {
      assertThat(page.select("script")).isEmpty();
      assertThat(page.select("b")).isEmpty();
      assertThat(html).contains("Park &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
      assertThat(names()).containsExactly(SCRIPT, PIPES, POLISH, "No votes");
    }

    @Test
    void givesTheRuleAndItsExplanationTheMoneyAndTheBallots() {
      Map<String, String> facts = new LinkedHashMap<>();
      for (Element dt : page.select("dl dt")) {
        facts.put(dt.text(), dt.nextElementSibling().text());
      }
      assertThat(facts.keySet()).containsExactly("Rule", "Budget", "Spent", "Left", "Ballots");
      assertThat(facts.get("Rule")).startsWith("greedy. Projects are funded from the highest score down");
      assertThat(facts.get("Budget")).isEqualTo("1,234,567.50 PLN");
      assertThat(facts.get("Spent")).isEqualTo("700,000 PLN");
      assertThat(facts.get("Left")).isEqualTo("534,567.50 PLN");
      assertThat(facts.get("Ballots")).isEqualTo("4");
    }

    @Test
    void theTableHasACaptionAndScopedColumnHeaders() {
      assertThat(page.select("table")).hasSize(1);
      assertThat(page.select("table > caption").text()).isEqualTo("Every project, in ballot order");
      assertThat(page.select("thead th").eachText()).containsExactly("Project", "Name", "District", "Cost", "Votes", "Funded", "Why");
      assertThat(page.select("thead th").eachAttr("scope")).hasSize(7).containsOnly("col");
    }

    @Test
    void everyProjectHasARowInBallotOrderWithItsFundingInWordsAndWhy() {
      List<Element> rows = page.select("tbody tr");
      assertThat(rows).hasSize(4);
      assertThat(page.select("tbody th[scope=row]").eachText()).containsExactly("P1", "P2", "P3", "P4");
      assertThat(rows).extracting(r -> r.select("td").get(4).text()).containsExactly("yes", "yes", "no", "no");
      assertThat(rows).extracting(r -> r.select("td").get(5).text())
          .containsExactly(RESULT.verdict("P1").explanation(), RESULT.verdict("P2").explanation(), RESULT.verdict("P3").explanation(),
              RESULT.verdict("P4").explanation());
      assertThat(rows.get(2).select("td").get(1).text()).isEqualTo("Śródmieście | Centrum");
      assertThat(rows.get(1).select("td").get(1).text()).isEmpty();
      assertThat(rows.get(2).select("td").get(2).text()).isEqualTo("900,000");
      assertThat(rows.get(2).select("td").get(3).text()).isEqualTo("3");
    }

    @Test
    void withoutNotesSaysSo() {
      assertThat(page.select("h2").eachText()).containsExactly("Notes");
      assertThat(page.select("h2 + p").text()).isEqualTo("The rule left no notes.");
    }

    private List<String> names() {
      return page.select("tbody tr").stream().map(r -> r.select("td").get(0).text()).toList();
    }
  }

  @Nested
  @DisplayName("Markdown")
  class Markdown {
    private final String markdown = BudgetResultDocument.markdown(ELECTION, RESULT);

    @Test
    void theTitleIsAnEscapedHeading() {
      assertThat(markdown).startsWith("# Budżet \\<b\\>2024\\</b\\> \\| \\*Ursynów\\*\n\n");
    }

    @Test
    void givesTheRuleTheMoneyAndTheBallotsFormatted() {
      assertThat(markdown)
          .contains("\n- Rule: greedy. Projects are funded from the highest score down")
          .contains("\n- Budget: 1,234,567.50 PLN\n- Spent: 700,000 PLN\n- Left: 534,567.50 PLN\n- Ballots: 4\n");
    }

    @Test
    void theTableHasOneRowPerProjectWithPipesEscapedInItsCells() {
      List<String> table = markdown.lines().filter(l -> l.startsWith("|")).toList();

      assertThat(table).hasSize(2 + 4);
      assertThat(table.get(0)).isEqualTo("| Project | Name | District | Cost | Votes | Funded | Why |");
      assertThat(table).allSatisfy(row -> assertThat(cells(row)).hasSize(7));
      assertThat(cells(table.get(3))).containsExactly("P2", "Bike \\| lane \\*fast\\* \\`code\\` \\_now\\_", "", "300,000", "2", "yes",
          MarkdownEscaper.oneLine(RESULT.verdict("P2").explanation()));
      assertThat(cells(table.get(4)).subList(0, 6)).containsExactly("P3", POLISH, "Śródmieście \\| Centrum", "900,000", "3", "no");
    }

    @Test
    void noTextBecomesMarkup() {
      assertThat(markdown).contains("Park \\<script\\>alert(1)\\</script\\>").doesNotContain("<script>").doesNotContain("<b>")
          .contains(POLISH);
    }

    @Test
    void endsWithTheNotes() {
      assertThat(markdown).endsWith("\n## Notes\n\nThe rule left no notes.\n");
    }

    /** The cells of a table row, split at unescaped pipes. */
    private List<String> cells(String row) {
      String[] parts = row.substring(1, row.length() - 1).split("(?<!\\\\)\\|", -1);
      return Arrays.stream(parts).map(String::strip).toList();
    }
  }

  @Test
  void theScoreColumnIsNamedByTheBallotKind() {
    List<ProjectOnBallot> projects = Elections.projects("A:10", "B:20", "C:5");

    assertThat(scoreHeader(Elections.cumulative("30", projects, "A=3 B=1"))).isEqualTo("Points");
    assertThat(scoreHeader(Elections.ordinal("30", projects, "A B"))).isEqualTo("Borda points");
    assertThat(scoreHeader(Elections.plusMinus("30", projects, "+A +C -B"))).isEqualTo("Net votes (plus minus minus)");
  }

  @Test
  void theRulesNotesAreListed() {
    Election election = election(Map.of());
    CountResult result = Count.count(election, CountingRule.EQUAL_SHARES_ADD1);

    assertThat(result.notes()).isNotEmpty();
    Document page = Jsoup.parse(BudgetResultDocument.html(election, result));
    assertThat(page.select("h2 + ul li").eachText()).containsExactlyElementsOf(result.notes());
    assertThat(BudgetResultDocument.markdown(election, result)).contains("- " + MarkdownEscaper.oneLine(result.notes().get(0)) + "\n");
    assertThat(page.select("dd").first().text()).startsWith("equalshares/add1. Equal Shares");
  }

  @Test
  void withoutCurrencyLanguageOrDistrictsTheyAreLeftOut() {
    Election election = Elections.approval("100", Elections.projects("A:60", "B:50"), "A", "A B");
    Document page = Jsoup.parse(BudgetResultDocument.html(election, Count.count(election, CountingRule.GREEDY)));

    assertThat(page.select("dd").eachText()).contains("100", "60", "40");
    assertThat(page.select("[lang]").eachAttr("lang")).containsExactly("en");
    assertThat(page.select("thead th").eachText()).containsExactly("Project", "Name", "Cost", "Votes", "Funded", "Why");
  }

  @Test
  void aLanguageThatIsNoLanguageTagMarksNothing() {
    Election election = election(Map.of("language", "polish"));

    Document page = Jsoup.parse(BudgetResultDocument.html(election, Count.count(election, CountingRule.GREEDY)));

    assertThat(page.select("[lang]").eachAttr("lang")).containsExactly("en");
  }

  @Test
  void theSameInputGivesTheSameText() {
    Election copy = election(Map.of("currency", "PLN", "language", "pl"));
    CountResult again = Count.count(copy, CountingRule.GREEDY);

    assertThat(BudgetResultDocument.html(copy, again)).isEqualTo(BudgetResultDocument.html(ELECTION, RESULT));
    assertThat(BudgetResultDocument.markdown(copy, again)).isEqualTo(BudgetResultDocument.markdown(ELECTION, RESULT));
  }

  @Test
  void aResultOfAnotherElectionIsRefused() {
    Election other = Elections.approval("100", Elections.projects("A:60"), "A");
    CountResult result = Count.count(other, CountingRule.GREEDY);

    assertThatThrownBy(() -> BudgetResultDocument.markdown(ELECTION, result)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a count of this election");
  }

  private static String scoreHeader(Election election) {
    Document page = Jsoup.parse(BudgetResultDocument.html(election, Count.count(election, CountingRule.GREEDY)));
    return page.select("thead th").get(3).text();
  }
}
