package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

/**
 * Renders a {@link OutcomeReport} ("you said, we did") as Markdown or as a standalone, accessible
 * HTML page, in one language.
 *
 * <p>The report reads, in order: the title; the impact figures (share of contributions answered,
 * median and 90th-percentile time to response in days, hours and minutes, share of decisions that
 * link input, implementation progress); one section per theme (its description; what people said:
 * the total, a table by channel and a table per demographic dimension; up to {@value
 * OutcomeReport#EXAMPLES} example contributions quoted; the response, its position in words and its
 * rationale; the decisions the theme informed; the results carrying them out); every decision
 * (title, text, who decided, when, the meeting, the influence statement and its effect); and the
 * result tree as nested lists with status, rolled-up progress, milestones and the latest public
 * note. An empty part says so ("No response yet.").
 *
 * <p><b>Languages.</b> Each {@link org.consulta.core.value.LocalizedText} is shown with {@link
 * org.consulta.core.value.LocalizedText#best(String)}; when that falls back to another language,
 * the HTML marks the text with its {@code lang}, as it does example contributions written in
 * another language (Markdown cannot mark languages). Labels, status words, numbers and dates come
 * in the page language: labels from the {@link java.util.ResourceBundle} with base name {@code
 * org.consulta.core.outcome.ReportLabels}, which ships English (the fallback), French ({@code fr}) and German ({@code
 * de}). <b>To add a language</b>, put {@code org/consulta/core/outcome/ReportLabels_es.properties}
 * (UTF-8; or a {@code ReportLabels_es} class extending {@code ListResourceBundle}) on the class path
 * beside Consulta's; its keys override the English ones and any key it leaves out falls back to
 * English. The keys are those of the English {@code ReportLabels.properties}; enum words use the
 * constant's name ({@code responseStatus.PARTLY_ACCEPTED}). Labels with values take {@code {0}},
 * {@code {1}}... (replaced literally: apostrophes need no doubling). The JVM's default locale is
 * never used. Dates are days in the page locale's long form; instants are shown as their UTC day.
 *
 * <p><b>Safety.</b> Every text from the report, labels included, is escaped: with Guava's HTML
 * escaper in HTML, and in Markdown so that no character of a text becomes markup (table cells
 * escape {@code |} and turn line breaks into {@code <br>}). Example contributions are shown as the
 * report holds them (public views, masks applied).
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * OutcomeReport report = consulta.outcomes().report(actor, consultationId);
 * String page = ReportRenderer.html(report, "fr");
 * String text = ReportRenderer.markdown(report, "en");
 * }</pre>
 */
public final class ReportRenderer {
  private ReportRenderer() {}

  /**
   * @param report the report
   * @param language the page language, a BCP 47 tag such as {@code "en"} or {@code "fr-CH"}
   * @return the report as CommonMark with GitHub-flavoured tables
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code language} is not a language tag
   */
  public static String markdown(OutcomeReport report, String language) {
    return new ReportLayout(requireNonNull(report, "report"), words(language), new MarkdownReport()).write();
  }

  /**
   * @param report the report
   * @param language the page language, a BCP 47 tag such as {@code "en"} or {@code "fr-CH"}
   * @return the report as a standalone HTML5 page ({@code <!DOCTYPE html>}, UTF-8)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code language} is not a language tag
   */
  public static String html(OutcomeReport report, String language) {
    ReportText words = words(language);
    return new ReportLayout(requireNonNull(report, "report"), words, new HtmlReport(words.language())).write();
  }

  private static ReportText words(String language) {
    requireNonNull(language, "language");
    if (!language.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*")) {
      throw new IllegalArgumentException("not a language tag: " + language);
    }
    return ReportText.forLanguage(language);
  }
}
