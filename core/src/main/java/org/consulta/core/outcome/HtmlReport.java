package org.consulta.core.outcome;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.List;
import java.util.Locale;

/**
 * Writes a report as a standalone, accessible HTML5 page: one {@code <h1>}, a {@code <section>} per
 * {@code <h2>}, tables with a caption and scoped header cells, {@code lang} on every run of text in
 * another language than the page, progress as text (the bar beside it is hidden from assistive
 * technology, which reads the text). Every text is escaped with Guava's HTML escaper, labels
 * included. Single-thread.
 */
final class HtmlReport implements ReportSink {
  private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();
  private static final String STYLE = "body{font-family:system-ui,sans-serif;line-height:1.5;max-width:50rem;margin:auto;padding:1rem}"
      + "table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:left}"
      + "blockquote{border-left:.25rem solid #767676;margin:1rem 0;padding-left:1rem}";

  private final String language;
  private final StringBuilder body = new StringBuilder(8192);
  private String title = "";
  private boolean inSection;

  HtmlReport(String language) {
    this.language = language;
  }

  @Override
  public void heading(int level, List<Span> text) {
    if (level == 1) {
      title = plain(text);
    }
    if (level == 2) {
      closeSection();
      body.append("<section>\n");
      inSection = true;
    }
    body.append("<h").append(level).append('>');
    spans(text);
    body.append("</h").append(level).append(">\n");
  }

  @Override
  public void paragraph(List<Span> text) {
    body.append("<p>");
    spans(text);
    body.append("</p>\n");
  }

  @Override
  public void quote(Span text) {
    body.append("<blockquote");
    text.lang().ifPresent(lang -> attribute("lang", lang));
    body.append("><p>").append(lines(text.text())).append("</p></blockquote>\n");
  }

  @Override
  public void table(String caption, List<String> columns, List<List<Span>> rows) {
    body.append("<table>\n<caption>").append(escape(caption)).append("</caption>\n<thead><tr>");
    for (String column : columns) {
      body.append("<th scope=\"col\">").append(escape(column)).append("</th>");
    }
    body.append("</tr></thead>\n<tbody>\n");
    for (List<Span> row : rows) {
      body.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        body.append(i == 0 ? "<th scope=\"row\">" : "<td>");
        span(row.get(i));
        body.append(i == 0 ? "</th>" : "</td>");
      }
      body.append("</tr>\n");
    }
    body.append("</tbody>\n</table>\n");
  }

  @Override
  public void openList() {
    body.append("<ul>\n");
  }

  @Override
  public void openItem(List<Span> text) {
    body.append("<li>");
    spans(text);
  }

  @Override
  public void closeItem() {
    body.append("</li>\n");
  }

  @Override
  public void closeList() {
    body.append("</ul>\n");
  }

  @Override
  public String finish() {
    closeSection();
    return "<!DOCTYPE html>\n<html lang=\"" + escape(language) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + escape(title) + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<main>\n"
        + body + "</main>\n</body>\n</html>\n";
  }

  private void closeSection() {
    if (inSection) {
      body.append("</section>\n");
      inSection = false;
    }
  }

  private void spans(List<Span> text) {
    text.forEach(this::span);
  }

  private void span(Span span) {
    if (span.lang().isPresent()) {
      body.append("<span");
      attribute("lang", span.lang().get());
      body.append('>');
    }
    if (span.strong()) {
      body.append("<strong>");
    }
    body.append(lines(span.text()));
    if (span.strong()) {
      body.append("</strong>");
    }
    span.progress().ifPresent(value -> {
      String shown = String.format(Locale.ROOT, "%.1f", Math.max(0, Math.min(100, value)));
      // the text before it says the same: no fallback content, hidden from assistive technology
      body.append(" <progress max=\"100\" value=\"").append(shown).append("\" aria-hidden=\"true\"></progress>");
    });
    if (span.lang().isPresent()) {
      body.append("</span>");
    }
  }

  private void attribute(String name, String value) {
    body.append(' ').append(name).append("=\"").append(escape(value)).append('"');
  }

  /** Escapes a text and keeps its line breaks as {@code <br>}. */
  private static String lines(String text) {
    return escape(text).replace("\r\n", "\n").replace("\n", "<br>\n");
  }

  private static String escape(String text) {
    return ESCAPER.escape(text);
  }

  private static String plain(List<Span> text) {
    StringBuilder out = new StringBuilder();
    text.forEach(span -> out.append(span.text()));
    return out.toString();
  }
}
