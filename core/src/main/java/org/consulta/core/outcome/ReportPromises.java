package org.consulta.core.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.consulta.core.expectation.CommitmentTerms;
import org.consulta.core.expectation.DeadlineTally;
import org.consulta.core.expectation.Evaluation;
import org.consulta.core.expectation.Evidence;
import org.consulta.core.expectation.ExpectationDashboard;
import org.consulta.core.expectation.GapCounts;
import org.consulta.core.expectation.GapLine;
import org.consulta.core.expectation.PromiseStatement;

/**
 * The report's two expectation sections, written to a {@link ReportSink}: the commitments (the
 * promise sentence, the status, what was measured) and what participants expected against what
 * they got. Single-thread: one per rendering.
 */
final class ReportPromises {
  private final ReportText words;
  private final ReportSink out;

  ReportPromises(ReportText words, ReportSink out) {
    this.words = words;
    this.out = out;
  }

  void write(ExpectationDashboard d) {
    if (!d.evaluations().isEmpty()) {
      commitments(d);
    }
    if (d.gap().participants() > 0) {
      expectations(d);
    }
  }

  private void commitments(ExpectationDashboard d) {
    out.heading(2, List.of(Span.plain(words.label("commitments.heading"))));
    List<String> promises = PromiseStatement.lines(d.evaluations().stream().map(Evaluation::terms).toList(), words.language());
    List<List<Span>> rows = new ArrayList<>();
    for (int i = 0; i < d.evaluations().size(); i++) {
      Evaluation e = d.evaluations().get(i);
      rows.add(List.of(Span.plain(promises.get(i)), Span.plain(words.words("commitmentStatus", e.status())), Span.plain(measured(e))));
    }
    out.table(words.label("commitments.caption", words.date(d.at())),
        List.of(words.label("column.commitment"), words.label("column.status"), words.label("column.measured")), rows);
  }

  private String measured(Evaluation e) {
    Evidence evidence = e.evidence();
    if (evidence instanceof DeadlineTally t) {
      long judged = t.onTime() + t.late() + t.overdue();
      if (judged == 0) {
        return words.label("measured.deadlinesNone");
      }
      String text = words.label("measured.deadlines", words.count(t.onTime()), words.count(judged));
      return t.overdue() == 0 ? text : text + " · " + words.label("measured.overdue", words.count(t.overdue()));
    } else if (evidence instanceof Evidence.Date date) {
      if (date.achievedAt().isPresent()) {
        return words.label("measured.dateDone", words.date(date.achievedAt().get()));
      }
      return words.label("measured.date", words.date(promisedDay(e.terms())));
    } else if (evidence instanceof Evidence.Target t) {
      return words.label("measured.target", words.count(t.count()), words.count(t.target()));
    } else if (evidence instanceof Evidence.Representation) {
      return words.label("measured.representation", words.share(e.value()), words.share(e.target()));
    } else if (evidence instanceof Evidence.Sessions s) {
      return words.label("measured.sessions", words.count(s.held()), words.count(s.target()), words.count(s.planned()));
    } else if (evidence instanceof Evidence.Facts f) {
      return f.facts().entrySet().stream().map(x -> x.getKey() + ": " + x.getValue()).collect(Collectors.joining(", "));
    }
    return words.label("measured.declared");
  }

  /** The day a date commitment names (its evidence holds the instant that day ends). */
  private static java.time.LocalDate promisedDay(CommitmentTerms terms) {
    if (terms instanceof CommitmentTerms.DecideBy d) {
      return d.date();
    }
    return ((CommitmentTerms.PublishReportBy) terms).date();
  }

  private void expectations(ExpectationDashboard d) {
    out.heading(2, List.of(Span.plain(words.label("expectations.heading"))));
    List<List<Span>> rows = new ArrayList<>();
    for (GapLine line : d.gap().lines()) {
      GapCounts c = line.all();
      if (c.expected() == 0) {
        continue;
      }
      rows.add(List.of(Span.plain(words.words("expectationKind", line.kind())), Span.plain(words.count(c.expected())),
          Span.plain(words.label("impact.answeredValue", words.count(c.delivered()), words.count(c.expected()), words.share(c.shareDelivered()))),
          Span.plain(words.count(c.yes()) + " / " + words.count(c.partly()) + " / " + words.count(c.no())),
          Span.plain(c.meanScore().isPresent() ? words.decimal(c.meanScore().getAsDouble()) : words.label("expectations.noScore"))));
    }
    out.table(words.label("expectations.caption", words.count(d.gap().participants())), List.of(words.label("column.expectation"),
        words.label("column.expected"), words.label("column.delivered"), words.label("column.ratings"), words.label("column.score")), rows);
  }
}
