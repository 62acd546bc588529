package org.consulta.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.webhook.Delivery;
import org.consulta.core.webhook.DeliveryId;
import org.consulta.core.webhook.DeliveryStatus;
import org.consulta.core.webhook.WebhookId;
import org.consulta.core.webhook.WebhookRepository;
import org.consulta.core.webhook.WebhookSecret;
import org.consulta.core.webhook.WebhookSubscription;

/** A tenant's webhooks in {@code <prefix>webhook} and its outbox in {@code <prefix>webhook_delivery}. */
final class JdbcWebhooks implements WebhookRepository {
  private final JdbcUnitOfWork uow;

  JdbcWebhooks(JdbcUnitOfWork uow) {
    this.uow = uow;
  }

  @Override
  public void insert(WebhookSubscription s, WebhookSecret secret) {
    Sql.call("inserting webhook " + s.id(), () -> {
      try (PreparedStatement ps = uow.prepare("INSERT INTO " + uow.tables.webhook
          + " (tenant_id, id, active, secret, created_us, doc) VALUES (?, ?, ?, ?, ?, ?)")) {
        uow.dialect.setUuid(ps, 2, s.id().value());
        ps.setBoolean(3, s.active());
        ps.setString(4, secret.value());
        ps.setLong(5, Sql.micros(s.createdAt()));
        ps.setString(6, uow.docs.write(s));
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public void update(WebhookSubscription s) {
    int rows = Sql.call("updating webhook " + s.id(), () -> {
      try (PreparedStatement ps = uow.prepare("UPDATE " + uow.tables.webhook + " SET active = ?, doc = ? WHERE tenant_id = ? AND id = ?")) {
        ps.setBoolean(1, s.active());
        ps.setString(2, uow.docs.write(s));
        ps.setString(3, uow.tenant.value());
        uow.dialect.setUuid(ps, 4, s.id().value());
        return ps.executeUpdate();
      }
    });
    if (rows == 0) {
      throw new NotFoundException("webhook", s.id());
    }
  }

  @Override
  public Optional<WebhookSubscription> find(WebhookId id) {
    return Sql.call("reading webhook " + id, () -> {
      try (PreparedStatement ps = uow.prepare("SELECT doc FROM " + uow.tables.webhook + " WHERE tenant_id = ? AND id = ?")) {
        uow.dialect.setUuid(ps, 2, id.value());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(uow.docs.read(rs.getString(1), WebhookSubscription.class)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public List<WebhookSubscription> list() {
    return subscriptions("");
  }

  @Override
  public List<WebhookSubscription> active() {
    return subscriptions(" AND active = TRUE");
  }

  private List<WebhookSubscription> subscriptions(String filter) {
    return Sql.call("listing webhooks", () -> {
      try (PreparedStatement ps = uow.prepare("SELECT doc FROM " + uow.tables.webhook + " WHERE tenant_id = ?" + filter + " ORDER BY created_us, id")) {
        List<WebhookSubscription> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(uow.docs.read(rs.getString(1), WebhookSubscription.class));
          }
        }
        return out;
      }
    });
  }

  @Override
  public void enqueue(List<Delivery> deliveries) {
    if (deliveries.isEmpty()) {
      return;
    }
    Sql.call("enqueueing " + deliveries.size() + " deliveries", () -> {
      try (PreparedStatement ps = uow.prepare("INSERT INTO " + uow.tables.delivery
          + " (tenant_id, id, webhook_id, pos, aggregate_key, status, next_attempt_us, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (Delivery d : deliveries) {
          uow.dialect.setUuid(ps, 2, d.id().value());
          uow.dialect.setUuid(ps, 3, d.webhook().value());
          ps.setLong(4, d.position());
          ps.setString(5, d.aggregate());
          ps.setString(6, d.status().name());
          ps.setLong(7, Sql.micros(d.nextAttemptAt()));
          ps.setString(8, uow.docs.write(d));
          ps.addBatch();
        }
        return ps.executeBatch();
      }
    });
  }

  @Override
  public Optional<Delivery> findDelivery(DeliveryId id) {
    return Sql.call("reading delivery " + id, () -> {
      try (PreparedStatement ps = uow.prepare("SELECT doc FROM " + uow.tables.delivery + " WHERE tenant_id = ? AND id = ?")) {
        uow.dialect.setUuid(ps, 2, id.value());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(uow.docs.read(rs.getString(1), Delivery.class)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public List<Delivery> deliveries(WebhookId webhook, Optional<DeliveryStatus> status, long afterPosition, int limit) {
    return Sql.call("listing deliveries of webhook " + webhook, () -> {
      try (PreparedStatement ps = uow.prepare("SELECT doc FROM " + uow.tables.delivery + " WHERE tenant_id = ? AND webhook_id = ? AND pos > ?"
          + (status.isPresent() ? " AND status = ?" : "") + " ORDER BY pos, id LIMIT ?")) {
        uow.dialect.setUuid(ps, 2, webhook.value());
        ps.setLong(3, afterPosition);
        int i = 4;
        if (status.isPresent()) {
          ps.setString(i++, status.get().name());
        }
        ps.setInt(i, limit);
        List<Delivery> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(uow.docs.read(rs.getString(1), Delivery.class));
          }
        }
        return out;
      }
    });
  }

  @Override
  public void updateDelivery(Delivery d) {
    int rows = Sql.call("updating delivery " + d.id(), () -> {
      try (PreparedStatement ps = uow.prepare("UPDATE " + uow.tables.delivery
          + " SET status = ?, next_attempt_us = ?, claimed_by = NULL, lease_until_us = NULL, doc = ? WHERE tenant_id = ? AND id = ? AND webhook_id = ?")) {
        ps.setString(1, d.status().name());
        ps.setLong(2, Sql.micros(d.nextAttemptAt()));
        ps.setString(3, uow.docs.write(d));
        ps.setString(4, uow.tenant.value());
        uow.dialect.setUuid(ps, 5, d.id().value());
        uow.dialect.setUuid(ps, 6, d.webhook().value());
        return ps.executeUpdate();
      }
    });
    if (rows == 0) {
      throw new NotFoundException("delivery", d.id());
    }
  }
}
