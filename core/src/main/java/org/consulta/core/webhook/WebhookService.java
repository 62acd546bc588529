package org.consulta.core.webhook;

import java.util.List;
import java.util.Optional;
import org.consulta.core.access.Actor;

/**
 * Manages a tenant's webhook subscriptions and their deliveries. Obtain from {@code
 * Consulta#webhooks()}. Only admins and the system may use it ({@code Operation.MANAGE_WEBHOOKS}
 * in the standard policy). Thread-safe.
 *
 * <pre>{@code
 * CreatedWebhook hook = consulta.webhooks().create(admin, new NewWebhook(url, Set.of("contribution.*")));
 * }</pre>
 */
public interface WebhookService {
  /**
   * Subscribes to the tenant's events from now on, starting with its own {@code webhook.subscribed}
   * if its filter accepts that type.
   *
   * @param actor an admin or the system
   * @param request the URL and filters
   * @return the subscription and its secret, which is never shown again
   * @throws org.consulta.core.error.InvalidInputException if the URL is not absolute http(s) or a filter is malformed
   * @throws org.consulta.core.error.AccessDeniedException if the actor may not manage webhooks
   */
  CreatedWebhook create(Actor actor, NewWebhook request);

  /**
   * @param actor an admin or the system
   * @return the tenant's subscriptions, oldest first, active or deleted
   * @throws org.consulta.core.error.AccessDeniedException if the actor may not manage webhooks
   */
  List<WebhookSubscription> list(Actor actor);

  /**
   * @param actor an admin or the system
   * @param id a subscription
   * @return it
   * @throws org.consulta.core.error.NotFoundException if the tenant has no such subscription
   * @throws org.consulta.core.error.AccessDeniedException if the actor may not manage webhooks
   */
  WebhookSubscription find(Actor actor, WebhookId id);

  /**
   * Deactivates a subscription: no new deliveries, and its pending ones become dead ("subscription
   * deleted"); its history stays readable. Records {@code webhook.deleted} (not delivered to the
   * subscription itself) unless it was already deleted.
   *
   * @param actor an admin or the system
   * @param id a subscription
   * @return it, inactive
   * @throws org.consulta.core.error.NotFoundException if the tenant has no such subscription
   * @throws org.consulta.core.error.AccessDeniedException if the actor may not manage webhooks
   */
  WebhookSubscription delete(Actor actor, WebhookId id);

  /**
   * @param actor an admin or the system
   * @param id a subscription
   * @param status only this status, or all
   * @param afterPosition only deliveries of events after this position (0 for all)
   * @param limit 1..1000
   * @return deliveries in event position order
   * @throws org.consulta.core.error.NotFoundException if the tenant has no such subscription
   * @throws org.consulta.core.error.AccessDeniedException if the actor may not manage webhooks
   */
  List<Delivery> deliveries(Actor actor, WebhookId id, Optional<DeliveryStatus> status, long afterPosition, int limit);

  /**
   * Sends a delivery again: pending, due now, attempts reset, same id. Records {@code
   * webhook.deliveries_replayed}.
   *
   * @param actor an admin or the system
   * @param command the subscription, the delivery (typically dead) and an optional idempotency key
   * @return it, pending; for a repeated key, the first result
   * @throws org.consulta.core.error.NotFoundException if the subscription or delivery does not exist or is not active
   * @throws org.consulta.core.error.IdempotencyKeyReusedException if the key was used with a different command
   * @throws org.consulta.core.error.AccessDeniedException if the actor may not manage webhooks
   */
  Delivery replay(Actor actor, DeliveryReplay command);

  /**
   * Sends a range of the log again to an active subscription: deliveries of those events are made
   * pending and due now, and events the filter accepts that have none yet (recorded before the
   * subscription existed) get new ones. Records {@code webhook.deliveries_replayed}.
   *
   * @param actor an admin or the system
   * @param command the subscription, the first position (at least 1) and the last (at most {@value
   *     EventReplay#MAX_EVENTS} events after the first), and an optional idempotency key
   * @return the deliveries made pending, in position order; for a repeated key, the first result
   * @throws org.consulta.core.error.InvalidInputException if the range is empty or too long
   * @throws org.consulta.core.error.NotFoundException if the subscription does not exist or is not active
   * @throws org.consulta.core.error.IdempotencyKeyReusedException if the key was used with a different command
   * @throws org.consulta.core.error.AccessDeniedException if the actor may not manage webhooks
   */
  ReplayedDeliveries replayEvents(Actor actor, EventReplay command);
}
