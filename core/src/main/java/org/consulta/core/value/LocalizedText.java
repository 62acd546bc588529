package org.consulta.core.value;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A text in one or more languages, keyed by BCP 47 language tag ({@code "en"}, {@code "pt-BR"}).
 * Insertion order is kept; the first language is the fallback.
 *
 * <p>Immutable and thread-safe. Never empty: a missing text is {@code Optional<LocalizedText>}.
 *
 * <pre>{@code
 * LocalizedText title = LocalizedText.of("en", "Bike lanes on Main Street").with("es", "Carriles bici");
 * }</pre>
 *
 * @param values language tag to text, at least one entry, no blank texts
 */
public record LocalizedText(Map<String, String> values) {
  public LocalizedText {
    requireNonNull(values, "values");
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a LocalizedText needs at least one language");
    }
    LinkedHashMap<String, String> copy = new LinkedHashMap<>();
    values.forEach(
        (lang, text) -> {
          requireNonNull(lang, "language");
          requireNonNull(text, "text");
          if (!lang.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*")) {
            throw new IllegalArgumentException("not a language tag: " + lang);
          }
          copy.put(lang, text);
        });
    values = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * @param language a BCP 47 tag
   * @param text the text in that language
   * @return a text in one language
   */
  public static LocalizedText of(String language, String text) {
    return new LocalizedText(Map.of(language, text));
  }

  /**
   * @param language a BCP 47 tag
   * @param text the text in that language
   * @return a copy with that language added or replaced
   */
  public LocalizedText with(String language, String text) {
    LinkedHashMap<String, String> copy = new LinkedHashMap<>(values);
    copy.put(language, text);
    return new LocalizedText(copy);
  }

  /** @return the languages present, in insertion order */
  public Set<String> languages() {
    return values.keySet();
  }

  /**
   * @param language a BCP 47 tag
   * @return the text in that language, if present
   */
  public Optional<String> in(String language) {
    return Optional.ofNullable(values.get(language));
  }

  /**
   * @param language the preferred language, a BCP 47 tag such as {@code fr-CH}
   * @return the text in that language, else in another variant of its primary language ({@code fr},
   *     {@code fr-BE}), else in the first language
   */
  public String best(String language) {
    return values.get(bestLanguage(language));
  }

  /**
   * @param language the preferred language, a BCP 47 tag
   * @return the language {@link #best} picks: the same tag (ignoring case), else the first tag of
   *     the same primary language, else the first language
   */
  public String bestLanguage(String language) {
    if (values.containsKey(language)) {
      return language;
    }
    String primary = primary(language);
    String samePrimary = null;
    for (String tag : values.keySet()) {
      if (tag.equalsIgnoreCase(language)) {
        return tag;
      }
      if (samePrimary == null && primary(tag).equals(primary)) {
        samePrimary = tag;
      }
    }
    return samePrimary != null ? samePrimary : values.keySet().iterator().next();
  }

  private static String primary(String tag) {
    int dash = tag.indexOf('-');
    return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
  }

  /** @return whether any language's text is blank */
  public boolean hasBlank() {
    return values.values().stream().anyMatch(String::isBlank);
  }
}
