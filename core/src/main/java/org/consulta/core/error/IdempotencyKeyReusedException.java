package org.consulta.core.error;

/**
 * An idempotency key was sent again with a different command. The first command's outcome stands;
 * send the new command with a new key.
 */
public class IdempotencyKeyReusedException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /** @param key the reused key */
  public IdempotencyKeyReusedException(String key) {
    super("idempotency key " + key + " was already used for a different command");
  }

  @Override
  public String kind() {
    return "idempotency-key-reused";
  }
}
