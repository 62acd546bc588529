package org.consulta.core.webhook;

import java.util.List;
import java.util.Optional;

/**
 * Storage port for one tenant's webhook subscriptions and outbox, inside a unit of work. Not
 * thread-safe. Built-in stores implement it; {@link #unsupported()} is the default of a store
 * that has no webhooks (it has no subscriptions, so no deliveries are ever enqueued).
 */
public interface WebhookRepository {
  /**
   * @param subscription a new subscription
   * @param secret its signing secret
   */
  void insert(WebhookSubscription subscription, WebhookSecret secret);

  /**
   * @param subscription the subscription with changed fields (only {@code active} changes today)
   * @throws org.consulta.core.error.NotFoundException if there is none with its id
   */
  void update(WebhookSubscription subscription);

  /**
   * @param id a subscription's id
   * @return it, if this tenant has it (active or not)
   */
  Optional<WebhookSubscription> find(WebhookId id);

  /** @return every subscription of this tenant, active or not, oldest first */
  List<WebhookSubscription> list();

  /** @return the active subscriptions, read by the engine on every command that records events */
  List<WebhookSubscription> active();

  /**
   * Adds deliveries to the outbox, pending and due at their {@code nextAttemptAt}.
   *
   * @param deliveries new deliveries
   */
  void enqueue(List<Delivery> deliveries);

  /**
   * @param id a delivery's id
   * @return it, if this tenant has it
   */
  Optional<Delivery> findDelivery(DeliveryId id);

  /**
   * @param webhook a subscription
   * @param status only deliveries with this status, or all
   * @param afterPosition only deliveries of events after this position
   * @param limit how many at most
   * @return the subscription's deliveries in position order
   */
  List<Delivery> deliveries(WebhookId webhook, Optional<DeliveryStatus> status, long afterPosition, int limit);

  /**
   * Replaces a delivery's state and drops any claim on it (used by replays and by the engine when a
   * subscription is deleted).
   *
   * @param delivery the new state
   */
  void updateDelivery(Delivery delivery);

  /** @return a repository of a store without webhooks: empty reads, writes throw {@link UnsupportedOperationException} */
  static WebhookRepository unsupported() {
    return Unsupported.INSTANCE;
  }
}
