package org.consulta.core.value;

import java.util.Optional;

/**
 * A request to change state. Every command is an immutable record and may carry an {@link
 * IdempotencyKey}; repeating a command with the same key returns the first result and changes
 * nothing more.
 */
public interface Command {
  /** @return the client's key for safe repetition, if any */
  Optional<IdempotencyKey> idempotencyKey();
}
