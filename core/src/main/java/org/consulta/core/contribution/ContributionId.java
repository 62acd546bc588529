package org.consulta.core.contribution;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * Identifies a contribution; unique across tenants, time-ordered by default.
 *
 * @param value the UUID
 */
public record ContributionId(UUID value) {
  public ContributionId {
    requireNonNull(value, "value");
  }

  /**
   * @param text the UUID text
   * @return the id
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static ContributionId parse(String text) {
    return new ContributionId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
