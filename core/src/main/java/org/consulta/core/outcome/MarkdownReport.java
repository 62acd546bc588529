package org.consulta.core.outcome;

import java.util.List;
import org.consulta.core.value.MarkdownEscaper;

/**
 * Writes a report as CommonMark with GitHub-flavoured tables: ATX headings, a bold caption line
 * before each table, {@code >} quotes, two-space nested lists. Every text is escaped by {@link
 * MarkdownEscaper}. Markdown cannot say which language a run of text is in, so language marks are
 * dropped. Single-thread.
 */
final class MarkdownReport implements ReportSink {
  private final StringBuilder out = new StringBuilder(8192);
  private int depth;

  @Override
  public void heading(int level, List<Span> text) {
    out.append("#".repeat(level)).append(' ').append(spans(text)).append("\n\n");
  }

  @Override
  public void paragraph(List<Span> text) {
    String joined = spans(text);
    out.append(joined.replaceAll("\n[ \t]*\n+", "\n\n")).append("\n\n");
  }

  @Override
  public void quote(Span text) {
    for (String line : MarkdownEscaper.escape(text.text()).split("\n", -1)) {
      out.append(line.isEmpty() ? ">" : "> " + line).append('\n');
    }
    out.append('\n');
  }

  @Override
  public void table(String caption, List<String> columns, List<List<Span>> rows) {
    out.append("**").append(MarkdownEscaper.oneLine(caption.strip())).append("**\n\n|");
    columns.forEach(c -> out.append(' ').append(MarkdownEscaper.cell(c)).append(" |"));
    out.append("\n|");
    for (int i = 0; i < columns.size(); i++) {
      out.append(i == 0 ? " --- |" : " ---: |");
    }
    out.append('\n');
    for (List<Span> row : rows) {
      out.append('|');
      row.forEach(cell -> out.append(' ').append(MarkdownEscaper.cell(cell.text())).append(" |"));
      out.append('\n');
    }
    out.append('\n');
  }

  @Override
  public void openList() {
    depth++;
  }

  @Override
  public void openItem(List<Span> text) {
    out.append("  ".repeat(depth - 1)).append("- ").append(oneLine(text)).append('\n');
  }

  @Override
  public void closeItem() {
    // a Markdown list item ends where the next one starts
  }

  @Override
  public void closeList() {
    depth--;
    if (depth == 0) {
      out.append('\n');
    }
  }

  @Override
  public String finish() {
    return out.toString().stripTrailing() + "\n";
  }

  private static String oneLine(List<Span> text) {
    return spans(text).replace('\n', ' ');
  }

  private static String spans(List<Span> text) {
    StringBuilder line = new StringBuilder();
    for (Span span : text) {
      String escaped = MarkdownEscaper.escape(span.text(), line.length() == 0 || line.charAt(line.length() - 1) == '\n');
      if (span.strong() && !escaped.isBlank()) {
        // "**Status: **" would not close: the closing ** must follow a non-space character
        String core = escaped.stripTrailing();
        line.append("**").append(core).append("**").append(escaped.substring(core.length()));
      } else {
        line.append(escaped);
      }
    }
    return line.toString();
  }
}
