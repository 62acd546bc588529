package org.consulta.core.value;

import static java.util.Objects.requireNonNull;

/**
 * An opaque position in a keyset-paginated listing: pass the {@link Page#next()} cursor back to
 * get the following page. Stable under inserts: items added later never shift a page.
 *
 * @param token the store's encoding of the last item's sort key; treat as opaque
 */
public record Cursor(String token) {
  public Cursor {
    requireNonNull(token, "token");
    if (token.isBlank() || token.length() > 512) {
      throw new IllegalArgumentException("a cursor token must be 1..512 characters");
    }
  }
}
