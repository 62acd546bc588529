package org.consulta.core.outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consulta.core.consultation.Answer;
import org.consulta.core.contribution.Contribution;

/**
 * What a "you said, we did" report says and in which order, written to any {@link ReportSink}:
 * title, impact figures, the commitments and participants' expectations (if any), one section per
 * theme, every decision, the result tree. Every empty
 * part says so. Single-thread: one layout per rendering.
 */
final class ReportLayout {
  private final OutcomeReport report;
  private final ReportText words;
  private final ReportSink out;

  ReportLayout(OutcomeReport report, ReportText words, ReportSink out) {
    this.report = report;
    this.words = words;
    this.out = out;
  }

  /** @return the finished document */
  String write() {
    out.heading(1, List.of(words.text(report.title())));
    out.paragraph(List.of(Span.plain(words.label("report.generated", words.date(report.generatedAt())))));
    impact(report.impact());
    report.expectations().ifPresent(new ReportPromises(words, out)::write);
    report.themes().forEach(this::theme);
    out.heading(2, label("decisions.heading"));
    if (report.decisions().isEmpty()) {
      out.paragraph(label("decisions.none"));
    }
    report.decisions().forEach(d -> decision(d, 3));
    out.heading(2, label("results.heading"));
    results(report.results(), "results.none");
    return out.finish();
  }

  private void impact(ImpactFigures impact) {
    out.heading(2, label("impact.heading"));
    out.openList();
    fact("impact.contributions", Span.plain(words.count(impact.contributions())));
    fact("impact.answered", Span.plain(words.label("impact.answeredValue", words.count(impact.answered()),
        words.count(impact.contributions()), words.share(impact.shareAnswered()))));
    fact("impact.median", Span.plain(impact.medianTimeToResponse().map(words::duration).orElse(words.label("impact.noTimes"))));
    fact("impact.p90", Span.plain(impact.p90TimeToResponse().map(words::duration).orElse(words.label("impact.noTimes"))));
    fact("impact.decisionsWithInput", Span.plain(words.label("impact.answeredValue", words.count(impact.decisionsWithInput()),
        words.count(impact.decisions()), words.share(impact.shareDecisionsWithInput()))));
    fact("impact.implementation", impact.implementationProgress()
        .map(p -> Span.progress(words.label("impact.implementationValue", words.percent(p), words.count(impact.results())), p))
        .orElse(Span.plain(words.label("impact.noResults"))));
    out.closeList();
  }

  private void theme(ThemeSection section) {
    out.heading(2, themeHeading(section.theme()));
    section.theme().description().ifPresent(d -> out.paragraph(List.of(words.text(d))));
    said(section.stats());
    examples(section.examples());
    out.heading(3, label("theme.response"));
    section.response().ifPresentOrElse(this::response, () -> out.paragraph(label("theme.noResponse")));
    out.heading(3, label("theme.decisions"));
    if (section.decisions().isEmpty()) {
      out.paragraph(label("theme.noDecisions"));
    }
    section.decisions().forEach(d -> decision(d, 4));
    out.heading(3, label("theme.results"));
    results(section.results(), "theme.noResults");
  }

  /** "Theme: {title}", with the title marked if it is in another language than the page. */
  private List<Span> themeHeading(Theme theme) {
    String pattern = words.label("theme.heading");
    int at = pattern.indexOf("{0}");
    Span title = words.text(theme.title());
    if (at < 0) {
      return List.of(title);
    }
    List<Span> spans = new ArrayList<>(3);
    if (at > 0) {
      spans.add(Span.plain(pattern.substring(0, at)));
    }
    spans.add(title);
    if (at + 3 < pattern.length()) {
      spans.add(Span.plain(pattern.substring(at + 3)));
    }
    return spans;
  }

  private void said(ThemeStats stats) {
    out.heading(3, label("theme.said"));
    if (stats.total() == 0) {
      out.paragraph(label("theme.noContributions"));
      return;
    }
    out.paragraph(List.of(Span.plain(words.label("theme.total", words.count(stats.total())))));
    List<List<Span>> channels = new ArrayList<>();
    stats.byChannel().forEach((channel, n) ->
        channels.add(List.of(Span.plain(words.words("channel", channel)), Span.plain(words.count(n)))));
    if (!channels.isEmpty()) {
      out.table(words.label("theme.byChannel"), List.of(words.label("column.channel"), words.label("column.count")), channels);
    }
    stats.byGroup().forEach((dimension, values) -> {
      List<List<Span>> rows = new ArrayList<>();
      values.forEach((value, n) -> rows.add(List.of(Span.plain(group(value)), Span.plain(words.count(n)))));
      String label = report.dimensions().stream().filter(d -> d.key().equals(dimension)).findFirst()
          .map(d -> d.label().best(words.language())).orElse(dimension);
      out.table(words.label("theme.byGroup", label), List.of(words.label("column.group"), words.label("column.count")), rows);
    });
  }

  private String group(String value) {
    return ThemeStats.UNDECLARED.equals(value) ? words.label("group.undeclared") : value;
  }

  private void examples(List<Contribution> examples) {
    out.heading(3, label("theme.examples"));
    List<Span> quotes = new ArrayList<>();
    for (Contribution example : examples.subList(0, Math.min(OutcomeReport.EXAMPLES, examples.size()))) {
      exampleText(example).ifPresent(text -> quotes.add(words.in(text, example.language())));
    }
    if (quotes.isEmpty()) {
      out.paragraph(label("theme.noExamples"));
    }
    quotes.forEach(out::quote);
  }

  /** The body, else the first text answer by key (survey responses may have no body). */
  private static Optional<String> exampleText(Contribution example) {
    Contribution shown = example.publicView();
    if (shown.body().filter(b -> !b.isBlank()).isPresent()) {
      return shown.body();
    }
    return shown.answers().entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
        .map(Map.Entry::getValue)
        .filter(Answer.Text.class::isInstance)
        .map(a -> ((Answer.Text) a).value())
        .filter(t -> !t.isBlank())
        .findFirst();
  }

  private void response(Response response) {
    out.paragraph(List.of(Span.strong(words.label("response.status") + words.label("separator")),
        Span.plain(words.words("responseStatus", response.status()))));
    response.rationale().ifPresent(r -> out.paragraph(List.of(words.text(r))));
    String given = words.label("response.given", words.date(response.firstRespondedAt()));
    if (response.version() > 1) {
      given += " · " + words.label("response.revised", words.date(response.respondedAt()));
    }
    out.paragraph(List.of(Span.plain(given)));
  }

  private void decision(Decision decision, int level) {
    out.heading(level, List.of(words.text(decision.title())));
    out.paragraph(List.of(words.text(decision.text())));
    out.openList();
    fact("decision.body", Span.plain(decision.body()));
    fact("decision.date", Span.plain(words.date(decision.decidedOn())));
    decision.meeting().ifPresent(m -> fact("decision.meeting", Span.plain(m)));
    fact("decision.influence", words.text(decision.influence()));
    fact("decision.effect", Span.plain(words.words("effect", decision.effect())));
    out.closeList();
  }

  private void results(List<ResultNode> nodes, String noneKey) {
    if (nodes.isEmpty()) {
      out.paragraph(label(noneKey));
      return;
    }
    out.openList();
    nodes.forEach(this::result);
    out.closeList();
  }

  private void result(ResultNode node) {
    Result result = node.result();
    out.openItem(List.of(words.text(result.title()), Span.plain(" — " + words.words("resultStatus", result.status()) + " — "),
        Span.progress(words.percent(node.progress()), node.progress())));
    Optional<ResultUpdate> latest = result.timeline().stream().filter(u -> u.note().isPresent()).reduce((a, b) -> b);
    if (!result.milestones().isEmpty() || latest.isPresent()) {
      out.openList();
      if (!result.milestones().isEmpty()) {
        out.openItem(List.of(Span.strong(words.label("result.milestones"))));
        out.openList();
        result.milestones().forEach(this::milestone);
        out.closeList();
        out.closeItem();
      }
      latest.ifPresent(u -> out.item(List.of(Span.strong(words.label("result.latest", words.date(u.at())) + words.label("separator")),
          words.text(u.note().orElseThrow()))));
      out.closeList();
    }
    if (!node.children().isEmpty()) {
      out.openList();
      node.children().forEach(this::result);
      out.closeList();
    }
    out.closeItem();
  }

  private void milestone(Milestone milestone) {
    String when = words.label("milestone.due", words.date(milestone.due())) + ", "
        + milestone.done().map(d -> words.label("milestone.done", words.date(d))).orElse(words.label("milestone.open"));
    out.item(List.of(words.text(milestone.title()), Span.plain(" — " + when)));
  }

  private void fact(String key, Span value) {
    out.item(List.of(Span.strong(words.label(key) + words.label("separator")), value));
  }

  private List<Span> label(String key) {
    return List.of(Span.plain(words.label(key)));
  }
}
