package org.consulta.core.webhook;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One event to be delivered to one subscription: a row of the outbox. Written in the same unit of
 * work as the event; its id is the Standard Webhooks {@code webhook-id}, the same on every attempt
 * so receivers can de-duplicate. Immutable.
 *
 * @param id its id
 * @param webhook the subscription it goes to
 * @param position the event's position in the tenant's log
 * @param eventId the event's id
 * @param eventType the event's type, e.g. {@code contribution.submitted}
 * @param aggregate what the event is about ({@link org.consulta.core.relay.AggregateKey#of}); deliveries of one aggregate
 *     to one subscription go out in position order
 * @param status where it stands
 * @param attempts how many attempts have been made
 * @param nextAttemptAt when it is next due (meaningful while pending)
 * @param lastError why the last attempt failed, if it did (status code or exception class, never a body)
 * @param deliveredAt when the receiver acknowledged it
 */
public record Delivery(
    DeliveryId id,
    WebhookId webhook,
    long position,
    UUID eventId,
    String eventType,
    String aggregate,
    DeliveryStatus status,
    int attempts,
    Instant nextAttemptAt,
    Optional<String> lastError,
    Optional<Instant> deliveredAt) {
  public Delivery {
    requireNonNull(id, "id");
    requireNonNull(webhook, "webhook");
    requireNonNull(eventId, "eventId");
    requireNonNull(eventType, "eventType");
    requireNonNull(aggregate, "aggregate");
    requireNonNull(status, "status");
    requireNonNull(nextAttemptAt, "nextAttemptAt");
    requireNonNull(lastError, "lastError");
    requireNonNull(deliveredAt, "deliveredAt");
    if (position < 1) {
      throw new IllegalArgumentException("positions start at 1");
    }
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative");
    }
  }

  /**
   * @param at when the receiver acknowledged it
   * @return this delivery, delivered after one more attempt
   */
  public Delivery delivered(Instant at) {
    return new Delivery(id, webhook, position, eventId, eventType, aggregate, DeliveryStatus.DELIVERED, attempts + 1, nextAttemptAt,
        lastError, Optional.of(at));
  }

  /**
   * @param error why the attempt failed
   * @param next when to try again, or empty to give up (dead letter)
   * @return this delivery after one more failed attempt
   */
  public Delivery failed(String error, Optional<Instant> next) {
    return new Delivery(id, webhook, position, eventId, eventType, aggregate, next.isPresent() ? DeliveryStatus.PENDING : DeliveryStatus.DEAD,
        attempts + 1, next.orElse(nextAttemptAt), Optional.of(error), deliveredAt);
  }

  /**
   * @param at when it is due again
   * @return this delivery, pending again with its attempts reset (a manual replay); same id
   */
  public Delivery replayed(Instant at) {
    return new Delivery(id, webhook, position, eventId, eventType, aggregate, DeliveryStatus.PENDING, 0, at, lastError, Optional.empty());
  }
}
