package org.consulta.core.budgeting;

import static java.util.Objects.requireNonNull;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.consulta.core.value.MarkdownEscaper;

/**
 * The public document of a budget vote's result, as Markdown or as a standalone, accessible HTML
 * page: a pure function of an {@link Election} and its {@link CountResult}. The JSON form of the
 * result is the {@link CountResult} itself, written by {@code org.consulta.core.json.ConsultaJson}
 * (its verdicts carry the same ids, costs, scores, funding and explanations).
 *
 * <p>The document reads, in order: the title (the election's name, or "Participatory budgeting
 * result" when it has none); the rule used, by its pabulib name, with one sentence saying what it
 * does; the budget, what was spent and what is left (comma-grouped thousands, as in the
 * explanations, followed by META {@code currency} when the election has one); the number of ballots; a
 * table of every project in ballot order with its id, name, district (a column only when some
 * project has one), cost, score (the column named by the ballot kind: "Votes", "Points", "Borda
 * points" or "Net votes (plus minus minus)"), whether it is funded ("yes" or "no", in words) and
 * why; and the rule's notes ("The rule left no notes." when there are none).
 *
 * <p><b>HTML.</b> One {@code <h1>}, the figures as a description list, a table with a caption and
 * scoped header cells (the project id heads its row), no script, a few lines of inline CSS. The
 * page is in English, the language of its labels and explanations ({@code <html lang="en">}); the
 * election's own texts (title, project names, districts) are marked with META {@code language} when
 * it is a language tag such as {@code pl} or {@code fr-CH}, so assistive technology reads them in
 * their language. <b>Markdown</b> is CommonMark with a GitHub-flavoured table and cannot mark
 * languages.
 *
 * <p><b>Safety.</b> Every text is escaped: with Guava's HTML escaper in HTML, and with Consulta's
 * Markdown escaper in Markdown, so that no character of a project's name or an explanation becomes
 * markup (table cells escape {@code |}, line breaks become {@code <br>}).
 *
 * <p>Deterministic (the same election and result give the same text, whatever the default locale)
 * and stateless; thread-safe. Arguments are never null.
 *
 * <pre>{@code
 * Election vote = Pabulib.read(Path.of("poland_warszawa_2023_ursynow.pb"));
 * CountResult result = Count.count(vote, CountingRule.GREEDY);
 * String page = BudgetResultDocument.html(vote, result);
 * String text = BudgetResultDocument.markdown(vote, result);
 * String json = ConsultaJson.mapper().writeValueAsString(result);
 * }</pre>
 */
public final class BudgetResultDocument {
  private static final Escaper HTML = HtmlEscapers.htmlEscaper();
  private static final String STYLE = "body{font-family:system-ui,sans-serif;line-height:1.5;max-width:60rem;margin:auto;padding:1rem}"
      + "table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:left}"
      + "td.number{text-align:right}tr.funded{background:#e8f5e9}dt{font-weight:bold}dd{margin:0 0 .5rem 1rem}";
  private static final String CAPTION = "Every project, in ballot order";

  private BudgetResultDocument() {}

  /**
   * @param election the election counted
   * @param result its count
   * @return the result as CommonMark with a GitHub-flavoured table, ending in a line break
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code result} is not a count of {@code election} (a
   *     project without a verdict, or a verdict of no project)
   */
  public static String markdown(Election election, CountResult result) {
    Document d = Document.of(election, result);
    StringBuilder out = new StringBuilder(4096);
    out.append("# ").append(MarkdownEscaper.oneLine(d.title)).append("\n\n");
    d.facts.forEach((label, value) -> out.append("- ").append(label).append(": ").append(MarkdownEscaper.oneLine(value)).append('\n'));
    out.append("\n**").append(CAPTION).append("**\n\n|");
    d.columns().forEach(c -> out.append(' ').append(MarkdownEscaper.cell(c)).append(" |"));
    out.append("\n|");
    d.columns().forEach(c -> out.append(c.equals("Cost") || c.equals(d.scoreLabel) ? " ---: |" : " --- |"));
    out.append('\n');
    for (Row row : d.rows) {
      out.append('|');
      row.cells(d.districts).forEach(cell -> out.append(' ').append(MarkdownEscaper.cell(cell)).append(" |"));
      out.append('\n');
    }
    out.append("\n## Notes\n\n");
    if (d.notes.isEmpty()) {
      out.append(MarkdownEscaper.escape(Document.NO_NOTES)).append('\n');
    }
    d.notes.forEach(n -> out.append("- ").append(MarkdownEscaper.oneLine(n)).append('\n'));
    return out.toString();
  }

  /**
   * @param election the election counted
   * @param result its count
   * @return the result as a standalone HTML5 page
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code result} is not a count of {@code election} (a
   *     project without a verdict, or a verdict of no project)
   */
  public static String html(Election election, CountResult result) {
    Document d = Document.of(election, result);
    StringBuilder out = new StringBuilder(8192);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(d.title)).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
        .append("<h1>").append(own(d.title, d.language)).append("</h1>\n<dl>\n");
    d.facts.forEach((label, value) -> out.append("<dt>").append(escape(label)).append("</dt><dd>").append(escape(value)).append("</dd>\n"));
    out.append("</dl>\n<table>\n<caption>").append(CAPTION).append("</caption>\n<thead><tr>");
    d.columns().forEach(c -> out.append("<th scope=\"col\">").append(escape(c)).append("</th>"));
    out.append("</tr></thead>\n<tbody>\n");
    for (Row row : d.rows) {
      out.append(row.funded ? "<tr class=\"funded\">" : "<tr>")
          .append("<th scope=\"row\">").append(escape(row.id)).append("</th>")
          .append("<td>").append(own(row.name, d.language)).append("</td>");
      if (d.districts) {
        out.append("<td>").append(own(row.district, d.language)).append("</td>");
      }
      out.append("<td class=\"number\">").append(escape(row.cost)).append("</td>")
          .append("<td class=\"number\">").append(escape(row.score)).append("</td>")
          .append("<td>").append(row.funded ? "yes" : "no").append("</td>")
          .append("<td>").append(escape(row.explanation)).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n<h2>Notes</h2>\n");
    if (d.notes.isEmpty()) {
      out.append("<p>").append(escape(Document.NO_NOTES)).append("</p>\n");
    } else {
      out.append("<ul>\n");
      d.notes.forEach(n -> out.append("<li>").append(escape(n)).append("</li>\n"));
      out.append("</ul>\n");
    }
    return out.append("</main>\n</body>\n</html>\n").toString();
  }

  /**
   * @param rule a counting rule
   * @return what it does, in one sentence a resident understands
   */
  static String explain(CountingRule rule) {
    return switch (rule) {
      case GREEDY -> "Projects are funded from the highest score down; a project that no longer fits the money left is "
          + "skipped and the next one tried.";
      case KNAPSACK -> "The set of projects with the highest total score that fits the budget is funded.";
      case EQUAL_SHARES -> "Every voter gets an equal share of the budget, and projects are funded one at a time, each time the one "
          + "its supporters can pay for from their shares at the lowest price per vote, until no further project can be paid for.";
      case EQUAL_SHARES_ADD1 -> "Equal Shares (every voter gets an equal share of the budget to pay for the projects they support), "
          + "counted again with every share raised one unit at a time, keeping the last outcome that fits the budget.";
      case EQUAL_SHARES_ADD1_COMPARISON -> "Equal Shares completed by raising the shares one unit at a time, then compared with "
          + "the greedy outcome (highest score first): if more voters prefer the greedy outcome, it is funded instead.";
    };
  }

  /** An election's own text, marked with its language when known. */
  private static String own(String text, Optional<String> language) {
    return language.map(lang -> "<span lang=\"" + escape(lang) + "\">" + escape(text) + "</span>").orElseGet(() -> escape(text));
  }

  private static String escape(String text) {
    return HTML.escape(text);
  }

  /** What both formats show, worded and formatted once. */
  private record Document(String title, Optional<String> language, Map<String, String> facts, String scoreLabel, boolean districts,
      List<Row> rows, List<String> notes) {
    static final String NO_NOTES = "The rule left no notes.";

    static Document of(Election election, CountResult result) {
      requireNonNull(election, "election");
      requireNonNull(result, "result");
      Map<String, ProjectVerdict> verdicts = new LinkedHashMap<>();
      result.verdicts().forEach(v -> verdicts.putIfAbsent(v.project(), v));
      Map<String, ProjectOnBallot> projects = election.projectsById();
      for (String id : verdicts.keySet()) {
        if (!projects.containsKey(id)) {
          throw new IllegalArgumentException("the result is not a count of this election: project " + id + " is not on its ballot");
        }
      }
      String currency = Optional.ofNullable(election.meta().get("currency")).map(String::strip).filter(c -> !c.isEmpty())
          .map(c -> " " + c).orElse("");
      Map<String, String> facts = new LinkedHashMap<>();
      facts.put("Rule", result.rule().wireName() + ". " + explain(result.rule()));
      facts.put("Budget", Amounts.format(result.budget()) + currency);
      facts.put("Spent", Amounts.format(result.spent()) + currency);
      facts.put("Left", Amounts.format(result.left()) + currency);
      facts.put("Ballots", Amounts.format(BigDecimal.valueOf(election.ballots().size())));
      List<Row> rows = new ArrayList<>();
      for (ProjectOnBallot p : projects.values()) {
        ProjectVerdict v = verdicts.get(p.id());
        if (v == null) {
          throw new IllegalArgumentException("the result is not a count of this election: project " + p.id() + " has no verdict");
        }
        rows.add(new Row(p.id(), p.name(), p.district().orElse(""), Amounts.format(v.cost()), score(v.score()), v.funded(),
            v.explanation()));
      }
      String title = election.name().isBlank() ? "Participatory budgeting result" : election.name();
      boolean districts = election.projects().stream().anyMatch(p -> p.district().isPresent());
      return new Document(title, language(election.meta().get("language")), facts, scoreLabel(election.rules()), districts, rows,
          result.notes());
    }

    List<String> columns() {
      List<String> columns = new ArrayList<>(List.of("Project", "Name"));
      if (districts) {
        columns.add("District");
      }
      columns.addAll(List.of("Cost", scoreLabel, "Funded", "Why"));
      return columns;
    }

    private static String scoreLabel(BallotRules rules) {
      if (rules instanceof BallotRules.Cumulative) {
        return "Points";
      }
      if (rules instanceof BallotRules.Ordinal) {
        return "Borda points";
      }
      if (rules instanceof BallotRules.PlusMinus) {
        return "Net votes (plus minus minus)";
      }
      return "Votes";
    }

    /** Scores are whole numbers, grouped like amounts; a fractional one is shown exactly. */
    private static String score(BigDecimal score) {
      BigDecimal s = score.stripTrailingZeros();
      return s.scale() <= 0 ? Amounts.format(s) : s.toPlainString();
    }

    /** META {@code language} as a language tag, or empty if absent or not a tag of a 2- or 3-letter language. */
    private static Optional<String> language(String meta) {
      if (meta == null) {
        return Optional.empty();
      }
      Locale locale = Locale.forLanguageTag(meta.strip().replace('_', '-'));
      int length = locale.getLanguage().length();
      return length == 2 || length == 3 ? Optional.of(locale.toLanguageTag()) : Optional.empty();
    }
  }

  /** One project's line of the table, its texts unescaped. */
  private record Row(String id, String name, String district, String cost, String score, boolean funded, String explanation) {
    List<String> cells(boolean districts) {
      List<String> cells = new ArrayList<>(List.of(id, name));
      if (districts) {
        cells.add(district);
      }
      cells.addAll(List.of(cost, score, funded ? "yes" : "no", explanation));
      return cells;
    }
  }
}
