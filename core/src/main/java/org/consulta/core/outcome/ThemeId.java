package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * Identifies a theme; unique across tenants, time-ordered by default.
 *
 * @param value the UUID
 */
public record ThemeId(UUID value) {
  public ThemeId {
    requireNonNull(value, "value");
  }

  /**
   * @param text the UUID text
   * @return the id
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static ThemeId parse(String text) {
    return new ThemeId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
