package org.consulta.core.value;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One page of a keyset-paginated listing.
 *
 * @param items the items of this page, never null
 * @param next where the next page starts; empty on the last page
 * @param <T> item type
 */
public record Page<T>(List<T> items, Optional<Cursor> next) {
  public Page {
    items = List.copyOf(requireNonNull(items, "items"));
    requireNonNull(next, "next");
  }

  /**
   * @param <T> item type
   * @return an empty last page
   */
  public static <T> Page<T> empty() {
    return new Page<>(List.of(), Optional.empty());
  }
}
