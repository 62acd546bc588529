package org.consulta.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.consulta.core.access.TenantId;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.relay.ClaimedDelivery;
import org.consulta.core.webhook.Delivery;
import org.consulta.core.webhook.WebhookSecret;
import org.consulta.core.webhook.WebhookSubscription;

/**
 * Claims and settles outbox rows across tenants. A claim is one short transaction: {@code SELECT
 * ... FOR UPDATE SKIP LOCKED} picks due rows another transaction is not claiming right now, an
 * {@code UPDATE} stamps them with the node and lease, and the commit releases the row locks, so
 * the HTTP call happens outside any transaction; the lease keeps other nodes away meanwhile.
 */
final class JdbcOutbox {
  private final Dialect dialect;
  private final Tables tables;
  private final Docs docs;

  JdbcOutbox(Dialect dialect, Tables tables, Docs docs) {
    this.dialect = dialect;
    this.tables = tables;
    this.docs = docs;
  }

  /** A claimed row's key. */
  private record Key(String tenant, UUID id) {}

  List<ClaimedDelivery> claim(Connection c, String node, Instant now, Instant leaseUntil, int limit) throws SQLException {
    long nowUs = Sql.micros(now);
    long leaseUs = Sql.micros(leaseUntil);
    // the first pending delivery of each (subscription, aggregate) blocks the later ones: order per aggregate
    String sql = "SELECT d.tenant_id, d.id FROM " + tables.delivery + " d WHERE d.status = 'PENDING' AND d.next_attempt_us <= ?"
        + " AND (d.lease_until_us IS NULL OR d.lease_until_us <= ?)"
        + " AND NOT EXISTS (SELECT 1 FROM " + tables.delivery + " e WHERE e.tenant_id = d.tenant_id AND e.webhook_id = d.webhook_id"
        + " AND e.aggregate_key = d.aggregate_key AND e.status = 'PENDING' AND (e.pos < d.pos OR (e.pos = d.pos AND e.id < d.id)))"
        + " ORDER BY d.next_attempt_us LIMIT ? FOR UPDATE SKIP LOCKED";
    List<Key> keys = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, nowUs);
      ps.setLong(2, nowUs);
      ps.setInt(3, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          keys.add(new Key(rs.getString(1), dialect.getUuid(rs, "id")));
        }
      }
    }
    if (keys.isEmpty()) {
      return List.of();
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + tables.delivery + " SET claimed_by = ?, lease_until_us = ? WHERE tenant_id = ? AND id = ?")) {
      for (Key k : keys) {
        ps.setString(1, node);
        ps.setLong(2, leaseUs);
        ps.setString(3, k.tenant());
        dialect.setUuid(ps, 4, k.id());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    List<ClaimedDelivery> out = new ArrayList<>(keys.size());
    String load = "SELECT d.doc AS delivery_doc, w.doc AS webhook_doc, w.secret, ev.pos, ev.id, ev.recorded_us, ev.actor, ev.doc AS event_doc FROM "
        + tables.delivery + " d JOIN " + tables.webhook + " w ON w.tenant_id = d.tenant_id AND w.id = d.webhook_id JOIN " + tables.event
        + " ev ON ev.tenant_id = d.tenant_id AND ev.pos = d.pos WHERE d.tenant_id = ? AND d.id = ?";
    try (PreparedStatement ps = c.prepareStatement(load)) {
      for (Key k : keys) {
        ps.setString(1, k.tenant());
        dialect.setUuid(ps, 2, k.id());
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            TenantId tenant = TenantId.of(k.tenant());
            RecordedEvent event = new RecordedEvent(tenant, rs.getLong("pos"), dialect.getUuid(rs, "id"), Sql.instant(rs.getLong("recorded_us")),
                rs.getString("actor"), docs.read(rs.getString("event_doc"), ConsultaEvent.class));
            out.add(new ClaimedDelivery(tenant, docs.read(rs.getString("delivery_doc"), Delivery.class),
                docs.read(rs.getString("webhook_doc"), WebhookSubscription.class), new WebhookSecret(rs.getString("secret")), event, node,
                Sql.instant(leaseUs)));
          }
        }
      }
    }
    return out;
  }

  boolean settle(Connection c, ClaimedDelivery claim, Delivery d) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + tables.delivery
        + " SET status = ?, next_attempt_us = ?, claimed_by = NULL, lease_until_us = NULL, doc = ?"
        + " WHERE tenant_id = ? AND id = ? AND claimed_by = ? AND lease_until_us = ?")) {
      ps.setString(1, d.status().name());
      ps.setLong(2, Sql.micros(d.nextAttemptAt()));
      ps.setString(3, docs.write(d));
      ps.setString(4, claim.tenant().value());
      dialect.setUuid(ps, 5, d.id().value());
      ps.setString(6, claim.node());
      ps.setLong(7, Sql.micros(claim.leaseUntil()));
      return ps.executeUpdate() == 1;
    }
  }
}
