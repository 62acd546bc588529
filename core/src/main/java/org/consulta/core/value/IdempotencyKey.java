package org.consulta.core.value;

import static java.util.Objects.requireNonNull;

/**
 * A client-chosen key that makes a command safe to repeat: the engine runs the first command with
 * a key and returns the stored result for every repeat by the same actor. Reusing a key for a
 * different command is a {@link org.consulta.core.error.ConflictException}.
 *
 * @param value 1..128 printable ASCII characters
 */
public record IdempotencyKey(String value) {
  public IdempotencyKey {
    requireNonNull(value, "value");
    if (!value.matches("[\\x21-\\x7e]{1,128}")) {
      throw new IllegalArgumentException("an idempotency key is 1..128 printable ASCII characters");
    }
  }

  /**
   * @param value the key
   * @return the key
   */
  public static IdempotencyKey of(String value) {
    return new IdempotencyKey(value);
  }
}
