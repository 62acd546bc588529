package org.consulta.core.value;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violation;

/**
 * The keyset every listing pages by: an instant, then an id to break ties. Ids compare as unsigned
 * 128-bit numbers so time-ordered UUIDs sort by time. Every store encodes its cursors with {@link
 * #toCursor()} so cursors mean the same thing whatever the store.
 *
 * @param at the item's instant (e.g. when it was submitted)
 * @param id the item's UUID
 */
public record SortKey(Instant at, UUID id) implements Comparable<SortKey> {
  private static final Comparator<UUID> UNSIGNED =
      Comparator.<UUID>comparingLong(u -> u.getMostSignificantBits() ^ Long.MIN_VALUE)
          .thenComparingLong(u -> u.getLeastSignificantBits() ^ Long.MIN_VALUE);

  public SortKey {
    requireNonNull(at, "at");
    requireNonNull(id, "id");
  }

  /** @return the order of UUIDs as unsigned numbers, which time-ordered UUIDs follow */
  public static Comparator<UUID> uuidOrder() {
    return UNSIGNED;
  }

  @Override
  public int compareTo(SortKey other) {
    // by hand rather than a Comparator chain: every TreeMap insert in the stores calls this ~log n times
    int byTime = at.compareTo(other.at);
    if (byTime != 0) {
      return byTime;
    }
    int high = Long.compareUnsigned(id.getMostSignificantBits(), other.id.getMostSignificantBits());
    return high != 0 ? high : Long.compareUnsigned(id.getLeastSignificantBits(), other.id.getLeastSignificantBits());
  }

  /** @return an opaque cursor for this key */
  public Cursor toCursor() {
    String plain = at.getEpochSecond() + "." + at.getNano() + "." + id;
    return new Cursor(Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII)));
  }

  /**
   * @param cursor a cursor made by {@link #toCursor()}
   * @return the key it encodes
   * @throws InvalidInputException naming the field {@code "cursor"} if it was not made here
   */
  public static SortKey fromCursor(Cursor cursor) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(cursor.token()), StandardCharsets.US_ASCII);
      String[] parts = plain.split("\\.", 3);
      return new SortKey(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), UUID.fromString(parts[2]));
    } catch (RuntimeException e) {
      throw new InvalidInputException(List.of(new Violation("cursor", "is not a cursor returned by this listing")));
    }
  }
}
