package org.consulta.core.store.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.webhook.Delivery;
import org.consulta.core.webhook.DeliveryId;
import org.consulta.core.webhook.DeliveryStatus;
import org.consulta.core.webhook.WebhookId;
import org.consulta.core.webhook.WebhookRepository;
import org.consulta.core.webhook.WebhookSecret;
import org.consulta.core.webhook.WebhookSubscription;

/** Webhook subscriptions and the outbox of one tenant, inside a {@link MemoryUnitOfWork}. */
final class MemoryWebhooks implements WebhookRepository {
  private final MemoryUnitOfWork uow;
  private final TenantData data;

  MemoryWebhooks(MemoryUnitOfWork uow, TenantData data) {
    this.uow = uow;
    this.data = data;
  }

  @Override
  public void insert(WebhookSubscription subscription, WebhookSecret secret) {
    uow.checkOpen();
    uow.checkTenant(subscription.tenant(), "webhook", subscription.id());
    if (data.webhooks.containsKey(subscription.id())) {
      throw new IllegalArgumentException("webhook " + subscription.id() + " exists");
    }
    uow.put(data.webhooks, subscription.id(), subscription);
    uow.put(data.secrets, subscription.id(), secret);
  }

  @Override
  public void update(WebhookSubscription subscription) {
    uow.checkOpen();
    uow.checkTenant(subscription.tenant(), "webhook", subscription.id());
    if (!data.webhooks.containsKey(subscription.id())) {
      throw new NotFoundException("webhook", subscription.id());
    }
    uow.put(data.webhooks, subscription.id(), subscription);
  }

  @Override
  public Optional<WebhookSubscription> find(WebhookId id) {
    uow.checkOpen();
    return Optional.ofNullable(data.webhooks.get(id));
  }

  @Override
  public List<WebhookSubscription> list() {
    uow.checkOpen();
    return List.copyOf(data.webhooks.values());
  }

  @Override
  public List<WebhookSubscription> active() {
    uow.checkOpen();
    List<WebhookSubscription> out = new ArrayList<>();
    for (WebhookSubscription s : data.webhooks.values()) {
      if (s.active()) {
        out.add(s);
      }
    }
    return out;
  }

  @Override
  public void enqueue(List<Delivery> deliveries) {
    uow.checkOpen();
    for (Delivery d : deliveries) {
      if (!data.webhooks.containsKey(d.webhook())) {
        throw new NotFoundException("webhook", d.webhook());
      }
      if (data.deliveries.containsKey(d.id())) {
        throw new IllegalArgumentException("delivery " + d.id() + " exists");
      }
      write(d);
      TreeMap<TenantData.DeliveryKey, DeliveryId> ofWebhook = data.deliveriesByWebhook.get(d.webhook());
      if (ofWebhook == null) {
        ofWebhook = new TreeMap<>();
        uow.put(data.deliveriesByWebhook, d.webhook(), ofWebhook);
      }
      uow.put(ofWebhook, TenantData.DeliveryKey.of(d), d.id());
    }
  }

  /** Writes a delivery's row (dropping its claim) and keeps the pending index in step. */
  private void write(Delivery d) {
    uow.put(data.deliveries, d.id(), new TenantData.DeliveryRow(d, null, null));
    if (d.status() == DeliveryStatus.PENDING) {
      uow.put(data.pendingDeliveries, TenantData.DeliveryKey.of(d), d.id());
    } else {
      uow.remove(data.pendingDeliveries, TenantData.DeliveryKey.of(d));
    }
  }

  @Override
  public Optional<Delivery> findDelivery(DeliveryId id) {
    uow.checkOpen();
    TenantData.DeliveryRow row = data.deliveries.get(id);
    return row == null ? Optional.empty() : Optional.of(row.delivery());
  }

  @Override
  public List<Delivery> deliveries(WebhookId webhook, Optional<DeliveryStatus> status, long afterPosition, int limit) {
    uow.checkOpen();
    TreeMap<TenantData.DeliveryKey, DeliveryId> ofWebhook = data.deliveriesByWebhook.get(webhook);
    List<Delivery> out = new ArrayList<>();
    if (ofWebhook == null) {
      return out;
    }
    for (DeliveryId id : ofWebhook.tailMap(new TenantData.DeliveryKey(afterPosition, new java.util.UUID(Long.MAX_VALUE, Long.MAX_VALUE)), false)
        .values()) {
      Delivery d = data.deliveries.get(id).delivery();
      if (d.position() > afterPosition && (status.isEmpty() || status.get() == d.status())) {
        out.add(d);
        if (out.size() == limit) {
          break;
        }
      }
    }
    return out;
  }

  @Override
  public void updateDelivery(Delivery delivery) {
    uow.checkOpen();
    TenantData.DeliveryRow row = data.deliveries.get(delivery.id());
    if (row == null || !row.delivery().webhook().equals(delivery.webhook()) || row.delivery().position() != delivery.position()) {
      throw new NotFoundException("delivery", delivery.id());
    }
    write(delivery);
  }
}
