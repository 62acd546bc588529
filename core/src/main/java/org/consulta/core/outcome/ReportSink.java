package org.consulta.core.outcome;

import java.util.List;

/**
 * The output primitives {@link ReportLayout} writes a report with; {@link HtmlReport} and {@link
 * MarkdownReport} implement them, each escaping every span. Single-thread: one sink per rendering.
 */
interface ReportSink {
  /**
   * @param level 1 for the title, 2 per theme or section, 3 per subsection, 4 below
   * @param text the heading
   */
  void heading(int level, List<Span> text);

  /** @param text a paragraph */
  void paragraph(List<Span> text);

  /** @param text a quoted example contribution */
  void quote(Span text);

  /**
   * A table whose first column heads each row.
   *
   * @param caption what it shows
   * @param columns the column headings
   * @param rows the cells, one list per row, as many as columns
   */
  void table(String caption, List<String> columns, List<List<Span>> rows);

  /** Opens a bulleted list (lists nest inside an open item). */
  void openList();

  /** @param text opens an item of the innermost open list with this text */
  void openItem(List<Span> text);

  /** Closes the innermost open item. */
  void closeItem();

  /** Closes the innermost open list. */
  void closeList();

  /** @return the finished document */
  String finish();

  /**
   * @param text one item without nested content
   */
  default void item(List<Span> text) {
    openItem(text);
    closeItem();
  }
}
