package org.consulta.core.webhook;

import java.util.List;
import java.util.Optional;

/** {@link WebhookRepository#unsupported()}. */
enum Unsupported implements WebhookRepository {
  INSTANCE;

  private static UnsupportedOperationException refuse() {
    return new UnsupportedOperationException("this store does not support webhooks");
  }

  @Override
  public void insert(WebhookSubscription subscription, WebhookSecret secret) {
    throw refuse();
  }

  @Override
  public void update(WebhookSubscription subscription) {
    throw refuse();
  }

  @Override
  public Optional<WebhookSubscription> find(WebhookId id) {
    return Optional.empty();
  }

  @Override
  public List<WebhookSubscription> list() {
    return List.of();
  }

  @Override
  public List<WebhookSubscription> active() {
    return List.of();
  }

  @Override
  public void enqueue(List<Delivery> deliveries) {
    throw refuse();
  }

  @Override
  public Optional<Delivery> findDelivery(DeliveryId id) {
    return Optional.empty();
  }

  @Override
  public List<Delivery> deliveries(WebhookId webhook, Optional<DeliveryStatus> status, long afterPosition, int limit) {
    return List.of();
  }

  @Override
  public void updateDelivery(Delivery delivery) {
    throw refuse();
  }
}
