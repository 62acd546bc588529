package org.consulta.core.relay;

import java.time.Instant;
import java.util.List;
import org.consulta.core.webhook.Delivery;

/**
 * Storage SPI for relaying the outbox across all tenants: claim due deliveries, then settle them.
 * Implemented by the store (the in-memory store and {@code JdbcStore}), used by {@link
 * WebhookRelay}. Thread-safe; several nodes may claim from one database at once.
 *
 * <p>A delivery is <em>due</em> when it is pending, its {@code nextAttemptAt} has come, it is not
 * claimed under a live lease, and no earlier delivery (lower position) of the same aggregate to the
 * same subscription is still pending: this keeps deliveries of an aggregate in log order, at the
 * price that one failing delivery holds back later ones of its aggregate until it is delivered
 * or dead.
 */
public interface WebhookOutbox {
  /**
   * Claims up to {@code limit} due deliveries for {@code node} until {@code leaseUntil}. Two
   * concurrent calls never claim the same delivery (the JDBC store uses {@code FOR UPDATE SKIP
   * LOCKED}).
   *
   * @param node the claiming node's id
   * @param now the current instant
   * @param leaseUntil when the claims lapse
   * @param limit how many at most
   * @return the claimed deliveries, oldest due first
   */
  List<ClaimedDelivery> claim(String node, Instant now, Instant leaseUntil, int limit);

  /**
   * Writes a claimed delivery's new state and drops the claim, if the claim is still this one (same
   * node and lease). Settling with the state unchanged releases the claim.
   *
   * @param claim the claim
   * @param outcome the delivery's new state
   * @return false if the claim had lapsed and been taken over, or the delivery was replaced
   *     meanwhile (nothing was written)
   */
  boolean settle(ClaimedDelivery claim, Delivery outcome);
}
