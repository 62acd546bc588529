package org.consulta.core.relay;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What a {@link WebhookSender} reports of one attempt. Immutable.
 *
 * @param delivered whether the receiver acknowledged it (HTTP 2xx)
 * @param error why it failed, e.g. {@code "HTTP 503"} or an exception's class; empty when delivered
 */
public record SendResult(boolean delivered, Optional<String> error) {
  public SendResult {
    requireNonNull(error, "error");
    if (delivered == error.isPresent()) {
      throw new IllegalArgumentException("a delivered result has no error, a failed one has one");
    }
  }

  /** @return the receiver acknowledged it */
  public static SendResult ok() {
    return new SendResult(true, Optional.empty());
  }

  /**
   * @param error why it failed (no personal data, no response body)
   * @return a failed attempt
   */
  public static SendResult failed(String error) {
    return new SendResult(false, Optional.of(error));
  }
}
