package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * Identifies an official response; unique across tenants, time-ordered by default.
 *
 * @param value the UUID
 */
public record ResponseId(UUID value) {
  public ResponseId {
    requireNonNull(value, "value");
  }

  /**
   * @param text the UUID text
   * @return the id
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static ResponseId parse(String text) {
    return new ResponseId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
