package org.consulta.core.participant;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * A participant's pseudonymous id, unique within its tenant. It is also the {@code subject} of the
 * participant's {@link org.consulta.core.access.Actor}.
 *
 * @param value the UUID
 */
public record ParticipantId(UUID value) {
  public ParticipantId {
    requireNonNull(value, "value");
  }

  /**
   * @param text the UUID text
   * @return the id
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static ParticipantId parse(String text) {
    return new ParticipantId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
