package org.consulta.core.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;

/**
 * Storage port for the outcomes of commands that carried an {@link IdempotencyKey}, keyed by the
 * acting subject and the key, inside a unit of work. Not thread-safe.
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
   * @return the stored outcome, if this subject used this key before
   */
  Optional<Outcome> find(String subject, IdempotencyKey key);

  /**
   * @param subject the acting subject
   * @param key the key
   * @param outcome what the command did
   */
  void save(String subject, IdempotencyKey key, Outcome outcome);
}
