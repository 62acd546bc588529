package org.consulta.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.consulta.core.value.LocalizedText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReportRendererTest {
  private final OutcomeReport report = ReportFixture.report();

  @Nested
  @DisplayName("HTML")
  class Html {
    private final String html = ReportRenderer.html(report, "en");
    private final Document page = Jsoup.parse(html);

    @Test
    void isAStandaloneUtf8PageInThePageLanguage() {
      assertThat(html).startsWith("<!DOCTYPE html>");
      assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
      assertThat(page.select("head meta[charset]").attr("charset")).isEqualTo("utf-8");
      assertThat(page.title()).isEqualTo("River park");
    }

    @Test
    void headingsFollowTheReportOrderWithOneH1() {
      assertThat(page.select("h1")).hasSize(1);
      assertThat(page.select("h2").eachText()).containsExactly(
          "Impact in figures", "Theme: Trees", "Theme: Parking", "All decisions", "Implementation of the decisions");
      assertThat(headingsOf(page.select("h2").get(1).parent())).containsExactly(
          "h2 Theme: Trees", "h3 What people said", "h3 Examples", "h3 Our response", "h3 Decisions", "h4 River park plan adopted",
          "h3 Implementation");
      assertThat(headingsOf(page.select("h2").get(3).parent())).containsExactly(
          "h2 All decisions", "h3 River park plan adopted", "h3 Gebühren bleiben");
    }

    @Test
    void impactFiguresAreInWordsAndPercentages() {
      String impact = page.select("h2").get(0).parent().text();

      assertThat(impact).contains("Answered: 30 of 40 (75%)", "Median time to response: 3 days 4 hours",
          "Time within which 90% were answered: 12 days", "Decisions that used the input: 1 of 2 (50%)",
          "Implementation progress: 62.5%; results counted: 1");
    }

    @Test
    void everyTableHasACaptionAndScopedHeaders() {
      Elements tables = page.select("table");

      assertThat(tables).hasSize(3);
      assertThat(tables.select("caption").eachText())
          .containsExactly("Contributions by channel", "Contributions by Age", "Contributions by district");
      for (Element table : tables) {
        assertThat(table.select("thead th").eachAttr("scope")).containsOnly("col").hasSize(2);
        assertThat(table.select("tbody tr")).allSatisfy(row -> {
          assertThat(row.child(0).tagName()).isEqualTo("th");
          assertThat(row.child(0).attr("scope")).isEqualTo("row");
        });
      }
      assertThat(tables.get(0).select("tbody tr").eachText()).containsExactly("Online 40", "Paper 2");
      assertThat(tables.get(1).select("tbody tr").eachText()).containsExactly("18-29 20", "Not declared 22");
    }

    @Test
    void textInAnotherLanguageCarriesItsLang() {
      assertThat(page.select("body [lang=fr]").eachText()).containsExactly(ReportFixture.FRENCH_ONLY);
      assertThat(page.select("[lang=de]").eachText()).containsExactly("# not a heading 1. not a list", "Gebühren bleiben");
      assertThat(page.select("blockquote[lang=de]")).hasSize(1);
      assertThat(page.select("body [lang=en]")).isEmpty();
    }

    @Test
    void contributionTextIsEscapedNeverMarkup() {
      assertThat(page.select("script")).isEmpty();
      assertThat(page.select("blockquote").first().text()).isEqualTo(ReportFixture.SCRIPT);
      assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more");
    }

    @Test
    void showsAtMostThreeExamplesAsQuotes() {
      assertThat(page.select("blockquote")).hasSize(OutcomeReport.EXAMPLES);
      assertThat(html).doesNotContain("fourth, not shown");
    }

    @Test
    void aThemeWithoutResponseSaysSo() {
      String parking = page.select("h2").get(2).parent().text();

      assertThat(parking).contains("No contributions counted.", "No public examples.", "No response yet.", "No decisions yet.",
          "No implementation results yet.");
      assertThat(page.select("h2").get(1).parent().text())
          .contains("Position: Partly accepted", "We will plant 120 trees.", "Given on January 10, 2027", "Revised on February 1, 2027");
    }

    @Test
    void decisionsShowWhoWhenWhereHowAndWithWhatEffect() {
      Element decisions = page.select("h2").get(3).parent();

      assertThat(decisions.text()).contains("The council adopts the plan.", "Decided by: City council", "Date: March 12, 2027",
          "Meeting: Council meeting, item 7", "How the input shaped it: 120 trees, not 40.",
          "Effect of the input: The input changed the decision", "Effect of the input: The input did not change the decision");
    }

    @Test
    void resultsAreANestedListWithRolledUpProgress() {
      Element results = page.select("h2").get(4).parent();
      Element park = results.selectFirst("ul > li");

      assertThat(park.ownText()).contains("Build the river park", "Delayed", "100%");
      assertThat(park.select("progress").attr("value")).startsWith("100");
      Element planting = park.select("> ul > li").stream().filter(li -> li.ownText().startsWith("Planting")).findFirst().orElseThrow();
      assertThat(planting.ownText()).contains("In progress", "100%");
      assertThat(planting.text()).contains("First 60 trees — due May 12, 2027, done May 12, 2027",
          "All 120 trees — due November 12, 2027, not done yet", "Latest update (April 1, 2027): Digging started")
          .doesNotContain("Tender out");
      assertThat(planting.select("li").eachText()).anyMatch(t -> t.startsWith("Watering plan — Completed — 100%"));
      assertThat(park.text()).contains("Benches — Cancelled — 0%");
    }

    private List<String> headingsOf(Element section) {
      return section.select("h1, h2, h3, h4").stream().map(h -> h.tagName() + " " + h.text()).toList();
    }
  }

  @Nested
  @DisplayName("languages")
  class Languages {
    @Test
    void frenchLabelsStatusesNumbersAndDates() {
      Document page = Jsoup.parse(ReportRenderer.html(report, "fr"));

      assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
      assertThat(page.select("h2").eachText()).contains("L’impact en chiffres", "Thème : Arbres", "Toutes les décisions");
      assertThat(page.text()).contains("Notre réponse", "Position : Partiellement acceptée", "Pas encore de réponse.",
          "3 jours 4 heures", "Les contributions ont modifié la décision", "12 mars 2027", "Non déclaré", "En ligne");
      assertThat(page.select("body [lang=fr]")).isEmpty();
      assertThat(page.select("[lang=en]").eachText()).contains("Fees stay.", "Watering plan");
    }

    @Test
    void germanLabelsStatusesNumbersAndDates() {
      Document page = Jsoup.parse(ReportRenderer.html(report, "de"));

      assertThat(page.select("h2").eachText()).contains("Die Wirkung in Zahlen", "Thema: Bäume", "Alle Entscheidungen");
      assertThat(page.text()).contains("Unsere Antwort", "Teilweise angenommen", "Noch keine Antwort.", "3 Tage 4 Stunden",
          "Die Beiträge haben die Entscheidung verändert", "12. März 2027", "Keine Angabe", "Papier");
      assertThat(page.select("blockquote[lang=de]")).isEmpty();
    }

    @Test
    void aLanguageWithoutLabelsFallsBackToEnglishNotTheDefaultLocale() {
      java.util.Locale before = java.util.Locale.getDefault();
      java.util.Locale.setDefault(java.util.Locale.GERMAN);
      try {
        assertThat(ReportRenderer.markdown(report, "pt")).contains("## Impact in figures").doesNotContain("Wirkung");
      } finally {
        java.util.Locale.setDefault(before);
      }
    }

    @Test
    void anEmbedderBundleOverridesSomeLabelsAndFallsBackForTheRest() {
      String markdown = ReportRenderer.markdown(report, "eo");

      assertThat(markdown).contains("### Nia respondo", "Parte akceptita", "### What people said");
    }

    @Test
    void rejectsSomethingThatIsNotALanguageTag() {
      assertThatThrownBy(() -> ReportRenderer.html(report, "en_GB")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> ReportRenderer.markdown(null, "en")).isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  @DisplayName("Markdown")
  class Markdown {
    private final String markdown = ReportRenderer.markdown(report, "en");
    private final List<String> lines = markdown.lines().toList();

    @Test
    void headingsFollowTheReportOrder() {
      assertThat(lines.stream().filter(l -> l.startsWith("#")).toList()).startsWith(
          "# River park", "## Impact in figures", "## Theme: Trees", "### What people said", "### Examples", "### Our response",
          "### Decisions", "#### River park plan adopted", "### Implementation", "## Theme: Parking");
      assertThat(lines).contains("## All decisions", "### Gebühren bleiben", "## Implementation of the decisions");
    }

    @Test
    void tablesHaveAHeaderRowADelimiterRowAndOneRowPerValue() {
      int at = lines.indexOf("**Contributions by channel**");

      assertThat(lines.subList(at + 2, at + 6)).containsExactly("| Channel | Contributions |", "| --- | ---: |", "| Online | 40 |",
          "| Paper | 2 |");
      assertThat(lines).contains("| Not declared | 22 |", "| north | 30 |");
    }

    @Test
    void userTextCannotBecomeMarkup() {
      assertThat(lines).contains("> Cost \\| benefit \\*really\\* matters\\_now", "> \\# not a heading", "> 1\\. not a list",
          "> \\<script\\>alert('x')\\</script\\> \\& more");
    }

    @Test
    void nestedResultsAreIndentedLists() {
      assertThat(lines).contains("- Build the river park — Delayed — 100%", "  - Planting — In progress — 100%",
          "    - **Milestones**", "      - First 60 trees — due May 12, 2027, done May 12, 2027", "    - Watering plan — Completed — 100%",
          "  - Benches — Cancelled — 0%");
    }

    @Test
    void emptyPartsSaySo() {
      OutcomeReport empty = new OutcomeReport(ReportFixture.CONSULTATION, LocalizedText.of("en", "Empty"), List.of("en"),
          ReportFixture.T0, List.of(), List.of(), List.of(),
          new ImpactFigures(0, 0, 0, Optional.empty(), Optional.empty(), 0, 0, 0, 0, Optional.empty()), List.of(), Optional.empty());

      assertThat(ReportRenderer.markdown(empty, "en")).contains("- **Median time to response:** No response yet",
          "- **Implementation progress:** No implementation results yet", "No decisions yet.", "No implementation results yet.");
    }
  }

  @Test
  void commitmentsAndExpectationsAreReportedBesideWhatWasDone() {
    String md = ReportRenderer.markdown(ReportFixture.reportWithPromises(), "en");
    assertThat(md).contains("## Our commitments", "| We will answer every contribution within 10 working days. | At risk | 8 of 10 in time · 2 overdue |",
        "| A decision will be taken by March 12, 2027. | Kept | Done February 1, 2027 |", "| 320 of 500 |",
        "## What participants expected, and what they got", "| An answer | 10 | 7 of 10 (70%) | 2 / 1 / 1 | 3\\.2 |");
    assertThat(md).doesNotContain("That their input is read");
    assertThat(md.indexOf("## Our commitments")).isLessThan(md.indexOf("## Theme"));
    String fr = ReportRenderer.markdown(ReportFixture.reportWithPromises(), "fr");
    assertThat(fr).contains("## Nos engagements", "Nous répondrons à chaque contribution dans un délai de 10 jours ouvrés.", "Menacé", "3,2");
    String html = ReportRenderer.html(ReportFixture.reportWithPromises(), "de");
    assertThat(html).contains("<h2>Unsere Zusagen</h2>", "<th scope=\"col\">Zusage</th>", "Gefährdet");
  }
}
