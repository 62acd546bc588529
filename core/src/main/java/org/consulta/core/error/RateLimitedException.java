package org.consulta.core.error;

import java.time.Duration;

/** The actor sent too much too fast; retry after {@link #retryAfter()}. */
public class RateLimitedException extends ConsultaException {
  private static final long serialVersionUID = 1L;
  private final Duration retryAfter;

  /**
   * @param message what was limited
   * @param retryAfter how long to wait
   */
  public RateLimitedException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  /** @return how long to wait before retrying */
  public Duration retryAfter() {
    return retryAfter;
  }

  @Override
  public String kind() {
    return "rate-limited";
  }
}
