package org.consulta.core.value;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes user and staff text for CommonMark and GitHub-flavoured Markdown tables, so a text is
 * shown as written and never becomes markup: no emphasis, link, image, HTML, entity or code span
 * anywhere, and no heading, quote, list, thematic break, setext underline or code block from the
 * start of a line. No library on core's class path does this (Guava escapes HTML only). Shared by
 * the outcome report and the budget result document. Stateless and thread-safe.
 */
public final class MarkdownEscaper {
  /** Characters that are markup wherever they stand. */
  private static final String ANYWHERE = "\\`*_[]<>|~&";
  /** Characters that are markup at the start of a line (after its indentation). */
  private static final String LINE_START = "#>-+=";
  private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})([.)])");

  private MarkdownEscaper() {}

  /**
   * @param text any text
   * @return the text escaped line by line, leading indentation dropped (it would make code
   *     blocks), line breaks kept
   */
  public static String escape(String text) {
    return escape(text, true);
  }

  /**
   * @param text any text
   * @param atLineStart whether the text starts a line; if not (it follows other text on its line),
   *     its first line keeps its leading spaces and gets no line-start escape
   * @return the text escaped, line breaks kept
   */
  public static String escape(String text, boolean atLineStart) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(i == 0 && !atLineStart ? inline(lines[i], 0, new StringBuilder()) : line(lines[i].stripLeading()));
    }
    return out.toString();
  }

  /**
   * @param text any text
   * @return the text escaped on one line, line breaks turned into spaces (headings, list items)
   */
  public static String oneLine(String text) {
    return escape(text).replace('\n', ' ');
  }

  /**
   * @param text any text
   * @return the text escaped for a table cell: {@code |} escaped, line breaks as {@code <br>}
   */
  public static String cell(String text) {
    return escape(text).replace("\n", "<br>");
  }

  private static String line(String line) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    Matcher ordered = ORDERED.matcher(line);
    int start = 0;
    if (ordered.find()) {
      // "1. text" would start an ordered list: escape the dot or parenthesis
      out.append(ordered.group(1)).append('\\').append(ordered.group(2));
      start = ordered.end();
    } else if (!line.isEmpty() && LINE_START.indexOf(line.charAt(0)) >= 0) {
      out.append('\\').append(line.charAt(0));
      start = 1;
    }
    return inline(line, start, out);
  }

  private static String inline(String line, int start, StringBuilder out) {
    for (int i = start; i < line.length(); i++) {
      char c = line.charAt(i);
      if (ANYWHERE.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
