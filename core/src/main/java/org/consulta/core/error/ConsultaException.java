package org.consulta.core.error;

/**
 * Root of every exception Consulta throws on purpose. Unchecked; each subclass names one kind of
 * failure (not found, access denied, invalid input, conflict, rate limited, store failure) so an
 * adapter can map it to a status code without parsing messages.
 *
 * <p>Messages carry ids and states, never personal data. A command that throws one of these has
 * changed nothing.
 */
public abstract class ConsultaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected ConsultaException(String message) {
    super(message);
  }

  protected ConsultaException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * A stable, machine-readable name of this kind of error, e.g. {@code "not-found"}; the HTTP
   * adapter uses it as the problem {@code type}.
   *
   * @return the kind, never null
   */
  public abstract String kind();
}
