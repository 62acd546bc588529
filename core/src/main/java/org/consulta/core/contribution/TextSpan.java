package org.consulta.core.contribution;

import static java.util.Objects.requireNonNull;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets in one text field of a contribution:
 * {@code "body"} or {@code "answers.<key>"} for a free-text form answer. Spans never split a
 * surrogate pair (checked where a span meets its text, in {@link Redaction#apply}).
 *
 * <p>Immutable.
 *
 * @param field the field the offsets refer to
 * @param start first UTF-16 index, inclusive
 * @param end last UTF-16 index, exclusive; greater than {@code start}
 */
public record TextSpan(String field, int start, int end) {
  /** The field name of a contribution's body. */
  public static final String BODY = "body";

  public TextSpan {
    requireNonNull(field, "field");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("a span needs 0 <= start < end, got [" + start + ", " + end + ")");
    }
  }

  /**
   * @param start first UTF-16 index, inclusive
   * @param end last UTF-16 index, exclusive
   * @return a span of the body
   */
  public static TextSpan body(int start, int end) {
    return new TextSpan(BODY, start, end);
  }

  /** @return the number of UTF-16 units covered */
  public int length() {
    return end - start;
  }

  /**
   * @param other another span
   * @return whether both are in the same field and share at least one offset
   */
  public boolean overlaps(TextSpan other) {
    return field.equals(other.field) && start < other.end && other.start < end;
  }
}
