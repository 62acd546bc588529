package org.consulta.core.value;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where a page starts and how long it is.
 *
 * @param after the cursor of the previous page, empty for the first page
 * @param limit how many items at most, 1 to {@value #MAX_LIMIT}
 */
public record PageRequest(Optional<Cursor> after, int limit) {
  /** The largest page any listing returns. */
  public static final int MAX_LIMIT = 1000;

  /** The page length used when a caller gives none. */
  public static final int DEFAULT_LIMIT = 50;

  public PageRequest {
    requireNonNull(after, "after");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
    }
  }

  /**
   * @param limit page length
   * @return the first page of that length
   */
  public static PageRequest first(int limit) {
    return new PageRequest(Optional.empty(), limit);
  }

  /** @return the first page of {@value #DEFAULT_LIMIT} items */
  public static PageRequest first() {
    return first(DEFAULT_LIMIT);
  }

  /**
   * @param cursor where the previous page ended
   * @param limit page length
   * @return the page after the cursor
   */
  public static PageRequest after(Cursor cursor, int limit) {
    return new PageRequest(Optional.of(cursor), limit);
  }
}
