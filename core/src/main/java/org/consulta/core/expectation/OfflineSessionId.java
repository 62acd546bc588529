package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * Identifies an offline session; unique across tenants, time-ordered by default.
 *
 * @param value the UUID
 */
public record OfflineSessionId(UUID value) {
  public OfflineSessionId {
    requireNonNull(value, "value");
  }

  /**
   * @param text the UUID text
   * @return the id
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static OfflineSessionId parse(String text) {
    return new OfflineSessionId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
