package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalLong;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;
import org.consulta.core.value.LocalizedText;

/**
 * Command: revise a response. The current version moves to the history.
 *
 * @param response the response
 * @param expectedVersion apply only to this version
 * @param status the new position
 * @param rationale why; required unless accepted
 * @param idempotencyKey optional key for safe repetition
 */
public record ResponseChange(
    ResponseId response,
    OptionalLong expectedVersion,
    ResponseStatus status,
    Optional<LocalizedText> rationale,
    Optional<IdempotencyKey> idempotencyKey)
    implements Command {
  public ResponseChange {
    requireNonNull(response, "response");
    requireNonNull(expectedVersion, "expectedVersion");
    requireNonNull(status, "status");
    requireNonNull(rationale, "rationale");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }
}
