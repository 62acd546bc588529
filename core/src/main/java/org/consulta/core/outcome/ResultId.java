package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * Identifies an implementation result; unique across tenants, time-ordered by default.
 *
 * @param value the UUID
 */
public record ResultId(UUID value) {
  public ResultId {
    requireNonNull(value, "value");
  }

  /**
   * @param text the UUID text
   * @return the id
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static ResultId parse(String text) {
    return new ResultId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
