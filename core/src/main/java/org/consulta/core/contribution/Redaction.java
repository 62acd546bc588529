package org.consulta.core.contribution;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Masks spans of a text for the public while the original stays with the contribution for
 * authorised staff. Each masked UTF-16 unit becomes {@link #MASK}, so the masked text has the
 * original's length and every other span's offsets stay valid: redactions from several screeners
 * and moderators compose without rebasing.
 *
 * <p>Spans are widened to whole code points (a span that would split a surrogate pair covers the
 * pair), so masking never leaves half a character behind.
 */
public final class Redaction {
  /** What replaces each masked UTF-16 unit: U+2588 FULL BLOCK. */
  public static final char MASK = '\u2588';

  private Redaction() {}

  /**
   * @param text the original text of {@code field}
   * @param field the field the text belongs to
   * @param spans spans of any fields; those of other fields are ignored
   * @return the text with every span of {@code field} masked
   * @throws IllegalArgumentException if a span of the field ends beyond the text
   */
  public static String apply(String text, String field, Collection<TextSpan> spans) {
    requireNonNull(text, "text");
    requireNonNull(field, "field");
    List<TextSpan> mine = widen(text, field, spans);
    if (mine.isEmpty()) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (TextSpan span : mine) {
      java.util.Arrays.fill(chars, span.start(), span.end(), MASK);
    }
    return new String(chars);
  }

  /**
   * @param text the original text of {@code field}
   * @param field the field
   * @param spans spans of any fields
   * @return the spans of {@code field}, widened to code-point boundaries, sorted, overlapping and
   *     touching spans merged
   * @throws IllegalArgumentException if a span of the field ends beyond the text
   */
  public static List<TextSpan> widen(String text, String field, Collection<TextSpan> spans) {
    List<TextSpan> mine = new ArrayList<>();
    for (TextSpan span : spans) {
      if (!span.field().equals(field)) {
        continue;
      }
      if (span.end() > text.length()) {
        throw new IllegalArgumentException(
            "span [" + span.start() + ", " + span.end() + ") of " + field + " ends beyond its " + text.length() + " UTF-16 units");
      }
      int start = span.start();
      int end = span.end();
      if (start > 0 && Character.isLowSurrogate(text.charAt(start)) && Character.isHighSurrogate(text.charAt(start - 1))) {
        start--;
      }
      if (end < text.length() && Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
        end++;
      }
      mine.add(new TextSpan(field, start, end));
    }
    mine.sort(Comparator.comparingInt(TextSpan::start));
    List<TextSpan> merged = new ArrayList<>();
    for (TextSpan span : mine) {
      TextSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && span.start() <= last.end()) {
        merged.set(merged.size() - 1, new TextSpan(field, last.start(), Math.max(last.end(), span.end())));
      } else {
        merged.add(span);
      }
    }
    return merged;
  }
}
