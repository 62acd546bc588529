package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.consulta.core.value.LocalizedText;

/**
 * The words and formats of one promise statement: labels from the embedder's bundle if it has the
 * key, else from ours ({@code PromiseLabels}), numbers and dates in the statement's locale, and
 * localized texts picked for its language. Immutable once built.
 */
final class PromiseText {
  /** The base name of our label bundles; English is the base bundle. */
  static final String BUNDLE = "org.consulta.core.expectation.PromiseLabels";

  private final String requested;
  private final String language;
  private final Locale locale;
  private final Optional<ResourceBundle> overrides;
  private final ResourceBundle labels;

  private PromiseText(String requested, ResourceBundle labels, Optional<ResourceBundle> overrides) {
    this.requested = requested;
    this.labels = labels;
    this.overrides = overrides;
    this.language = languageOf(labels, overrides, Locale.forLanguageTag(requested));
    this.locale = formatLocale(Locale.forLanguageTag(requested), language);
  }

  /**
   * @param requested the BCP 47 tag asked for
   * @param overrides the embedder's bundle, consulted first
   * @return the words for that language, else its primary language, else English; never those of
   *     the JVM's default locale
   */
  static PromiseText forLanguage(String requested, Optional<ResourceBundle> overrides) {
    requireNonNull(requested, "language");
    requireNonNull(overrides, "overrides");
    ResourceBundle ours = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(requested), PromiseText.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    return new PromiseText(requested, ours, overrides);
  }

  // Our base bundle has the root locale but is English. An embedder's bundle decides the language
  // only when it is in the requested language and ours is not (it adds that language).
  private static String languageOf(ResourceBundle ours, Optional<ResourceBundle> overrides, Locale requested) {
    String found = ours.getLocale().getLanguage().isEmpty() ? "en" : ours.getLocale().getLanguage();
    // a bundle built directly (not by getBundle) has no locale
    String theirs = overrides.map(ResourceBundle::getLocale).map(Locale::getLanguage).orElse("");
    boolean adds = !theirs.isEmpty() && theirs.equals(requested.getLanguage()) && !found.equals(theirs);
    return adds ? theirs : found;
  }

  // The requested locale formats when its language is the statement's ("fr-CH": Swiss grouping);
  // otherwise the statement's language does, so an English fallback gets English dates.
  private static Locale formatLocale(Locale requested, String language) {
    return requested.getLanguage().equals(language) ? requested : Locale.forLanguageTag(language);
  }

  /** @return the language of the statement, e.g. {@code "fr"} */
  String language() {
    return language;
  }

  /**
   * @param key a label key
   * @param args the values of {@code {0}}, {@code {1}}..., already formatted
   * @return the label with the values put in (no {@code MessageFormat}: apostrophes need no doubling)
   * @throws MissingResourceException if neither bundle has the key
   */
  String label(String key, String... args) {
    String text = overrides.filter(b -> b.containsKey(key)).orElse(labels).getString(key);
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", args[i]);
    }
    return text;
  }

  /**
   * @param key a key without its plural suffix
   * @param amount the amount that decides the form
   * @param args the values, already formatted
   * @return the label of {@code key.one} for exactly 1, else of {@code key.other}
   */
  String plural(String key, double amount, String... args) {
    return label(key + (amount == 1 ? ".one" : ".other"), args);
  }

  /** @return the words for an enum constant, e.g. {@code channel.PHONE} */
  String words(String prefix, Enum<?> constant) {
    return label(prefix + "." + constant.name());
  }

  /** @return the items joined as "a, b and c" with the language's words */
  String and(List<String> items) {
    return join(items, "list.and");
  }

  /** @return the items joined as "a, b or c" with the language's words */
  String or(List<String> items) {
    return join(items, "list.or");
  }

  private String join(List<String> items, String lastKey) {
    String text = items.get(0);
    for (int i = 1; i < items.size(); i++) {
      text = label(i == items.size() - 1 ? lastKey : "list.comma", text, items.get(i));
    }
    return text;
  }

  /** @return a whole number with the locale's grouping, e.g. "1.000" in German */
  String count(long value) {
    return NumberFormat.getIntegerInstance(locale).format(value);
  }

  /** @return a number with at most one decimal, e.g. "2,5" in French */
  String decimal(double value) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(1);
    return format.format(value);
  }

  /**
   * @return a day in the locale's long form, e.g. "12 mars 2027"; the first of a month in the
   *     pattern of {@code date.first} if the language has one (French writes "1er mars 2027", the
   *     JDK's long form "1 mars 2027")
   */
  String date(LocalDate day) {
    String first = day.getDayOfMonth() == 1 ? label("date.first") : "";
    DateTimeFormatter format = first.isEmpty() ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG) : DateTimeFormatter.ofPattern(first);
    return format.withLocale(locale).format(day);
  }

  /**
   * The text for this statement: in the requested tag, else the statement's language, else another
   * variant of that language ("fr-BE" for "fr"), else the text's first language, as {@link
   * LocalizedText#best} falls back. Trimmed.
   */
  String text(LocalizedText text) {
    return text.in(requested)
        .or(() -> text.in(language))
        .or(() -> text.languages().stream().filter(this::sameLanguage).findFirst().flatMap(text::in))
        .orElseGet(() -> text.best(language))
        .strip();
  }

  /** @return the {@link #text} without a final full stop, for a sentence that adds its own */
  String clause(LocalizedText text) {
    String picked = text(text);
    return picked.endsWith(".") ? picked.substring(0, picked.length() - 1) : picked;
  }

  private boolean sameLanguage(String tag) {
    return Locale.forLanguageTag(tag).getLanguage().equals(language);
  }

  /** @return the sentence with its first letter upper-cased, for texts that open with a name */
  String sentence(String text) {
    if (text.isEmpty()) {
      return text;
    }
    int first = text.codePointAt(0);
    return new StringBuilder().appendCodePoint(Character.toUpperCase(first)).append(text.substring(Character.charCount(first))).toString();
  }
}
