package org.consulta.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.store.EventLog;

/**
 * The tenant's log in {@code <prefix>event}. Appending locks the tenant's row in {@code
 * <prefix>event_head} until commit, which numbers the log without gaps; a rolled-back
 * transaction gives its positions back with the row. The engine appends once per command, after
 * the command's other writes, so the lock is held only for the commit.
 */
final class JdbcEventLog implements EventLog {
  private final JdbcUnitOfWork uow;

  JdbcEventLog(JdbcUnitOfWork uow) {
    this.uow = uow;
  }

  @Override
  public RecordedEvent append(UUID id, Instant at, String actor, ConsultaEvent event) {
    return appendAll(List.of(new PendingEvent(id, at, actor, event))).get(0);
  }

  @Override
  public List<RecordedEvent> appendAll(List<PendingEvent> events) {
    if (events.isEmpty()) {
      return List.of();
    }
    long last = lockHead();
    List<RecordedEvent> recorded = new ArrayList<>(events.size());
    for (PendingEvent e : events) {
      recorded.add(new RecordedEvent(uow.tenant, ++last, e.id(), e.at(), e.actor(), e.event()));
    }
    long newLast = last;
    Sql.call("appending " + events.size() + " event(s)", () -> {
      try (PreparedStatement ps = uow.prepare("INSERT INTO " + uow.tables.event
          + " (tenant_id, pos, id, recorded_us, actor, event_type, doc) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (RecordedEvent r : recorded) {
          ps.setLong(2, r.position());
          uow.dialect.setUuid(ps, 3, r.id());
          ps.setLong(4, Sql.micros(r.recordedAt()));
          ps.setString(5, uow.dialect.encodeText(r.actor()));
          ps.setString(6, r.event().type());
          ps.setString(7, uow.docs.write(r.event()));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = uow.prepare("UPDATE " + uow.tables.eventHead + " SET last_position = ? WHERE tenant_id = ?")) {
        ps.setLong(1, newLast);
        ps.setString(2, uow.tenant.value());
        return ps.executeUpdate();
      }
    });
    return recorded;
  }

  /**
   * Locks the tenant's head row and returns the last position. The row is created on the tenant's
   * first append only, so the usual path is one locking read (an insert racing another first
   * append can deadlock on MariaDB; that surfaces as a retryable ConcurrentChangeException).
   */
  private long lockHead() {
    return Sql.call("locking the event log", () -> {
      Long last = selectHeadForUpdate();
      if (last != null) {
        return last;
      }
      try (PreparedStatement ps = uow.prepare(uow.dialect.insertIfAbsent(uow.tables.eventHead, List.of("tenant_id"), List.of("last_position")))) {
        ps.setLong(2, 0);
        ps.executeUpdate();
      } catch (java.sql.SQLIntegrityConstraintViolationException e) {
        // H2's MERGE can lose the race against a concurrent first append; the row exists now, which is all we need
        // (PostgreSQL and MariaDB never get here: ON CONFLICT DO NOTHING / INSERT IGNORE do not fail)
      }
      return selectHeadForUpdate();
    });
  }

  private Long selectHeadForUpdate() throws java.sql.SQLException {
    try (PreparedStatement ps = uow.prepare("SELECT last_position FROM " + uow.tables.eventHead + " WHERE tenant_id = ? FOR UPDATE");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : null;
    }
  }

  @Override
  public List<RecordedEvent> read(long afterPosition, int limit) {
    return Sql.call("reading the event log", () -> {
      try (PreparedStatement ps = uow.prepare("SELECT pos, id, recorded_us, actor, doc FROM " + uow.tables.event
          + " WHERE tenant_id = ? AND pos > ? ORDER BY pos LIMIT ?")) {
        ps.setLong(2, afterPosition);
        ps.setInt(3, limit);
        List<RecordedEvent> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new RecordedEvent(uow.tenant, rs.getLong("pos"), uow.dialect.getUuid(rs, "id"), Sql.instant(rs.getLong("recorded_us")),
                uow.dialect.decodeText(rs.getString("actor")), uow.docs.read(rs.getString("doc"), ConsultaEvent.class)));
          }
        }
        return out;
      }
    });
  }

  @Override
  public long lastPosition() {
    return Sql.call("reading the event log's last position", () -> {
      try (PreparedStatement ps = uow.prepare("SELECT last_position FROM " + uow.tables.eventHead + " WHERE tenant_id = ?");
          ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0L;
      }
    });
  }
}
