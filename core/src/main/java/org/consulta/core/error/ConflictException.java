package org.consulta.core.error;

/**
 * The command is well-formed but conflicts with the current state: a concurrent change, an
 * illegal state transition, a reused idempotency key, or a rule of the current phase.
 */
public class ConflictException extends ConsultaException {
  private static final long serialVersionUID = 1L;

  /** @param message what conflicted, with ids and states */
  public ConflictException(String message) {
    super(message);
  }

  @Override
  public String kind() {
    return "conflict";
  }
}
