package org.consulta.core.webhook;

/** Where a {@link Delivery} stands. */
public enum DeliveryStatus {
  /** Not yet acknowledged by the receiver; tried when due (possibly claimed by a node right now). */
  PENDING,
  /** The receiver answered 2xx. */
  DELIVERED,
  /** Given up after the retry policy's last attempt; sent again only by a replay. */
  DEAD
}
