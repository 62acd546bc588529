package org.consulta.core.webhook;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;

/**
 * Command: send one delivery again (pending, due now, attempts reset, same id). Immutable.
 * Repeating it with the same idempotency key returns the first result and resets nothing more.
 *
 * <pre>{@code
 * Delivery pending = consulta.webhooks().replay(admin, new DeliveryReplay(hook, dead.id()));
 * }</pre>
 *
 * @param webhook the subscription
 * @param delivery one of its deliveries (typically dead)
 * @param idempotencyKey optional key for safe repetition
 */
public record DeliveryReplay(WebhookId webhook, DeliveryId delivery, Optional<IdempotencyKey> idempotencyKey) implements Command {
  public DeliveryReplay {
    requireNonNull(webhook, "webhook");
    requireNonNull(delivery, "delivery");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /**
   * @param webhook the subscription
   * @param delivery one of its deliveries
   */
  public DeliveryReplay(WebhookId webhook, DeliveryId delivery) {
    this(webhook, delivery, Optional.empty());
  }
}
