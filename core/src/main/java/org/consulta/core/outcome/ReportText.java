package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.consulta.core.value.LocalizedText;

/**
 * The words and number formats of one rendering: labels from the {@code ReportLabels} bundle of
 * the page language, localized texts with the language they were found in, and percentages,
 * durations and dates in the page's locale. Immutable once built.
 */
final class ReportText {
  /** The base name of the label bundles. */
  static final String BUNDLE = "org.consulta.core.outcome.ReportLabels";

  private final String language;
  private final Locale locale;
  private final ResourceBundle labels;

  ReportText(String language, ResourceBundle labels) {
    this.language = requireNonNull(language, "language");
    this.locale = Locale.forLanguageTag(language);
    this.labels = requireNonNull(labels, "labels");
  }

  /**
   * @param language a BCP 47 tag
   * @return the labels of that language, else of its primary language, else English; never of the
   *     JVM's default locale
   */
  static ReportText forLanguage(String language) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), ReportText.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    return new ReportText(language, bundle);
  }

  /** @return the page language */
  String language() {
    return language;
  }

  /**
   * @param key a label key
   * @return the label
   * @throws MissingResourceException if no bundle, not even the English one, has the key
   */
  String label(String key) {
    return labels.getString(key);
  }

  /**
   * @param key a label key whose text holds {@code {0}}, {@code {1}}...
   * @param args the values, already formatted
   * @return the label with the values put in (no {@code MessageFormat}: apostrophes need no doubling)
   */
  String label(String key, String... args) {
    String text = label(key);
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", args[i]);
    }
    return text;
  }

  /** @return the words for an enum constant, e.g. {@code responseStatus.PARTLY_ACCEPTED} */
  String words(String prefix, Enum<?> constant) {
    return label(prefix + "." + constant.name());
  }

  /**
   * @param text a localized text
   * @return its best text for the page, marked with its language if that is not the page's
   */
  Span text(LocalizedText text) {
    String found = text.bestLanguage(language);
    return in(text.best(language), found);
  }

  /**
   * @param value a text
   * @param itsLanguage the language it is in
   * @return a span, marked with its language if that is not the page's
   */
  Span in(String value, String itsLanguage) {
    Optional<String> lang = itsLanguage.equalsIgnoreCase(language) ? Optional.empty() : Optional.of(itsLanguage);
    return new Span(value, lang, false, Optional.empty());
  }

  /** @return a whole number with the locale's grouping */
  String count(long value) {
    return NumberFormat.getIntegerInstance(locale).format(value);
  }

  /** @return a 0..1 share as a percentage, e.g. "75 %" in French */
  String share(double share) {
    NumberFormat format = NumberFormat.getPercentInstance(locale);
    format.setMaximumFractionDigits(1);
    return format.format(share);
  }

  /** @return a number with one decimal at most, in the locale's form, e.g. "3,5" in French */
  String decimal(double value) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(1);
    return format.format(value);
  }

  /** @return a 0..100 progress as a percentage */
  String percent(double progress) {
    return share(progress / 100);
  }

  /** @return a day in the locale's long form, e.g. "12. März 2027" */
  String date(LocalDate day) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
  }

  /** @return the UTC day of an instant in long form (the report carries no time zone) */
  String date(Instant at) {
    return date(LocalDate.ofInstant(at, ZoneOffset.UTC));
  }

  /**
   * @param duration a non-negative duration
   * @return its two largest units of days, hours and minutes, e.g. "3 days 4 hours"
   */
  String duration(Duration duration) {
    long days = duration.toDays();
    long hours = duration.toHoursPart();
    long minutes = duration.toMinutesPart();
    List<String> parts = new ArrayList<>(2);
    addUnit(parts, days, "day");
    addUnit(parts, hours, "hour");
    if (days == 0) {
      addUnit(parts, minutes, "minute");
    }
    if (parts.isEmpty()) {
      return label("duration.lessThanMinute");
    }
    return String.join(" ", parts.subList(0, Math.min(2, parts.size())));
  }

  private void addUnit(List<String> parts, long amount, String unit) {
    if (amount == 1) {
      parts.add(label("duration." + unit));
    } else if (amount > 1) {
      parts.add(label("duration." + unit + "s", count(amount)));
    }
  }
}
