package org.consulta.core.error;

/** The store failed for a reason of its own (a driver error, a lost connection); wraps the cause. */
public class StoreException extends ConsultaException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what the store was doing
   * @param cause the driver's exception
   */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** @param message what went wrong */
  public StoreException(String message) {
    super(message);
  }

  @Override
  public String kind() {
    return "store-failure";
  }
}
