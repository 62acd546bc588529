package org.consulta.core.consultation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalLong;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;

/**
 * Command: move a consultation to another phase by hand.
 *
 * @param consultation which consultation
 * @param to the phase to enter
 * @param expectedVersion if present, the version the caller read
 * @param idempotencyKey optional key for safe repetition
 */
public record PhaseTransition(ConsultationId consultation, Phase to, OptionalLong expectedVersion, Optional<IdempotencyKey> idempotencyKey)
    implements Command {
  public PhaseTransition {
    requireNonNull(consultation, "consultation");
    requireNonNull(to, "to");
    requireNonNull(expectedVersion, "expectedVersion");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /**
   * @param consultation which consultation
   * @param to the phase to enter
   * @return a transition with no version check and no key
   */
  public static PhaseTransition to(ConsultationId consultation, Phase to) {
    return new PhaseTransition(consultation, to, OptionalLong.empty(), Optional.empty());
  }
}
