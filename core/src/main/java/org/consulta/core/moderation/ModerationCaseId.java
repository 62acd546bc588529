package org.consulta.core.moderation;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * Identifies a moderation case; unique across tenants, time-ordered by default.
 *
 * @param value the UUID
 */
public record ModerationCaseId(UUID value) {
  public ModerationCaseId {
    requireNonNull(value, "value");
  }

  /**
   * @param text the UUID text
   * @return the id
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static ModerationCaseId parse(String text) {
    return new ModerationCaseId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
