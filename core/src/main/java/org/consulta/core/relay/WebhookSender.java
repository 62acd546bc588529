package org.consulta.core.relay;

/**
 * Sends one claimed delivery (e.g. a signed HTTP POST). Implementations must be thread-safe and
 * should time out; a thrown exception counts as a failed attempt.
 */
@FunctionalInterface
public interface WebhookSender {
  /**
   * @param delivery the claimed delivery
   * @return whether it was delivered
   */
  SendResult send(ClaimedDelivery delivery);
}
