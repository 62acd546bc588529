package org.consulta.core.relay;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.consulta.core.webhook.Delivery;

/**
 * Moves the outbox forward, one batch per call, on the caller's thread: claims due deliveries,
 * sends each through the {@link WebhookSender}, and settles it as delivered, due again after the
 * {@link RetryPolicy}'s back-off, or dead. Core starts no thread; a scheduler (e.g. {@code
 * consulta-http}'s {@code WebhookDispatcher}) calls {@link #relayDue(int)} repeatedly, from as
 * many threads and nodes as it likes.
 *
 * <p>Thread-safe if the sender is.
 *
 * <pre>{@code
 * WebhookRelay relay = new WebhookRelay(store, sender, clock, RetryPolicy.standard(), new Random(), "node-1", Duration.ofMinutes(1));
 * while (relay.relayDue(10) > 0) {}
 * }</pre>
 */
public final class WebhookRelay {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookRelay.class);

  private final WebhookOutbox outbox;
  private final WebhookSender sender;
  private final Clock clock;
  private final RetryPolicy retries;
  private final Random random;
  private final String node;
  private final Duration lease;

  /**
   * @param outbox the store's outbox
   * @param sender sends one delivery
   * @param clock the only source of time
   * @param retries when to try again
   * @param random jitter (thread-safe)
   * @param node this node's id, unique among the nodes sharing the store
   * @param lease how long a claim lasts; longer than a send can take (the sender's timeout)
   */
  public WebhookRelay(WebhookOutbox outbox, WebhookSender sender, Clock clock, RetryPolicy retries, Random random, String node, Duration lease) {
    this.outbox = requireNonNull(outbox, "outbox");
    this.sender = requireNonNull(sender, "sender");
    this.clock = requireNonNull(clock, "clock");
    this.retries = requireNonNull(retries, "retries");
    this.random = requireNonNull(random, "random");
    this.node = requireNonNull(node, "node");
    this.lease = requireNonNull(lease, "lease");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease must be positive, was " + lease);
    }
  }

  /**
   * Claims up to {@code limit} due deliveries and sends them one after another. If the thread is
   * interrupted, the deliveries not yet sent are released unchanged (the interrupt stays set).
   *
   * @param limit how many at most, at least 1
   * @return how many were claimed
   */
  public int relayDue(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    Instant now = now();
    List<ClaimedDelivery> claimed = outbox.claim(node, now, now.plus(lease), limit);
    for (ClaimedDelivery claim : claimed) {
      if (Thread.currentThread().isInterrupted()) {
        outbox.settle(claim, claim.delivery());
        continue;
      }
      Delivery outcome = attempt(claim);
      if (!outbox.settle(claim, outcome)) {
        LOG.info("delivery {} of tenant {} was taken over or replayed while node {} sent it", claim.delivery().id(), claim.tenant(), node);
      }
    }
    return claimed.size();
  }

  private Delivery attempt(ClaimedDelivery claim) {
    SendResult result;
    try {
      result = sender.send(claim);
    } catch (RuntimeException e) {
      result = SendResult.failed(e.getClass().getSimpleName());
    }
    Delivery d = claim.delivery();
    if (result.delivered()) {
      return d.delivered(now());
    }
    Optional<Instant> next = retries.nextAttempt(d.attempts() + 1, now(), random);
    if (next.isEmpty()) {
      LOG.warn("delivery {} of tenant {} to webhook {} is dead after {} attempts", d.id(), claim.tenant(), d.webhook(), d.attempts() + 1);
    }
    return d.failed(result.error().orElse("failed"), next);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** @return this relay's node id */
  public String node() {
    return node;
  }
}
