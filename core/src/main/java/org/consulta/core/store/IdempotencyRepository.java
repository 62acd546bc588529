package org.consulta.core.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;

/**
 * Storage port for the outcomes of commands that carried an {@link IdempotencyKey}, keyed by the
 * acting subject and the key, inside a unit of work bound to one tenant. Not thread-safe.
 *
 * <p>The engine compares a repeated command with the stored one by {@code equals}, so a store that
 * serializes outcomes must restore the command and the result as equal values of the same types.
 */
public interface IdempotencyRepository {
  /**
   * What a keyed command did the first time.
   *
   * @param command the command as first sent
   * @param result what it returned
   * @param at when it ran
   */
  record Outcome(Command command, Object result, Instant at) {
    public Outcome {
      requireNonNull(command, "command");
      requireNonNull(result, "result");
      requireNonNull(at, "at");
    }
  }

  /**
   * @param subject the acting subject
   * @param key the key
   * @return the stored outcome, equal to the one saved, if this subject used this key before in
   *     this tenant
   */
  Optional<Outcome> find(String subject, IdempotencyKey key);

  /**
   * @param subject the acting subject
   * @param key the key
   * @param outcome what the command did
   */
  void save(String subject, IdempotencyKey key, Outcome outcome);
}
