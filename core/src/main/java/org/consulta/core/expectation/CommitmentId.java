package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * Identifies a commitment; unique across tenants, time-ordered by default.
 *
 * @param value the UUID
 */
public record CommitmentId(UUID value) {
  public CommitmentId {
    requireNonNull(value, "value");
  }

  /**
   * @param text the UUID text
   * @return the id
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static CommitmentId parse(String text) {
    return new CommitmentId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
