package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * Identifies a decision on the consultation's subject; unique across tenants, time-ordered by default.
 *
 * @param value the UUID
 */
public record DecisionId(UUID value) {
  public DecisionId {
    requireNonNull(value, "value");
  }

  /**
   * @param text the UUID text
   * @return the id
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static DecisionId parse(String text) {
    return new DecisionId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
