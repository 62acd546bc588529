package org.consulta.core.error;

/**
 * The store detected that a concurrent transaction changed the same data first (an optimistic
 * version check failed, or the database reported a serialization failure or deadlock). Nothing of
 * the failed transaction was kept; running the command again on fresh state is safe, and the
 * engine does so by itself a few times unless the caller's own {@code expectedVersion} was stale.
 */
public class ConcurrentChangeException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /** @param message what conflicted, with ids */
  public ConcurrentChangeException(String message) {
    super(message);
  }

  /**
   * @param message what conflicted
   * @param cause the database's report
   */
  public ConcurrentChangeException(String message, Throwable cause) {
    super(message);
    initCause(cause);
  }

  @Override
  public String kind() {
    return "concurrent-change";
  }
}
