package org.consulta.core.consultation;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * Identifies a consultation; unique across tenants, time-ordered by default.
 *
 * @param value the UUID
 */
public record ConsultationId(UUID value) {
  public ConsultationId {
    requireNonNull(value, "value");
  }

  /**
   * @param text the UUID text
   * @return the id
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static ConsultationId parse(String text) {
    return new ConsultationId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
