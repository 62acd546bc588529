package org.consulta.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.consulta.core.expectation.CommitmentId;
import org.consulta.core.expectation.DeadlineTally;
import org.consulta.core.expectation.TrackedItem;
import org.consulta.core.expectation.TrackedItemKind;
import org.consulta.core.outcome.ThemeId;

/**
 * The deadline ledger of {@link JdbcExpectations}: one {@code tracked_item} row per (commitment,
 * item) in state OPEN, ON_TIME, LATE or EXCUSED, and the settled ones counted per commitment and
 * state in {@code tracked_count}. A tally reads those counters and counts open items on the indexes
 * {@code (tenant_id, commitment_id, state, due_us, item_id)} and {@code (..., state, risk_us)}, so it
 * costs the number of open items in the ranges it counts, never a scan of settled ones. Instants
 * are whole microseconds, as everywhere in this store (the engine truncates its clock to them).
 */
final class JdbcDeadlineLedger {
  static final String OPEN = "OPEN";
  static final String ON_TIME = "ON_TIME";
  static final String LATE = "LATE";
  static final String EXCUSED = "EXCUSED";
  /** Ids per statement when a list of ids is bound. */
  private static final int CHUNK = 1_000;

  /** Binds the parameters of an item condition from an index; returns the next free index. */
  @FunctionalInterface
  private interface ItemBinder {
    int bind(PreparedStatement ps, int index) throws SQLException;
  }

  private final JdbcUnitOfWork uow;
  private final SlottedCounts settled;

  JdbcDeadlineLedger(JdbcUnitOfWork uow) {
    this.uow = uow;
    this.settled = new SlottedCounts(uow, uow.tables.trackedCount, "commitment_id", "state");
  }

  void track(List<TrackedItem> items) {
    if (items.isEmpty()) {
      return;
    }
    String sql = uow.dialect.insertIfAbsent(uow.tables.trackedItem, List.of("tenant_id", "commitment_id", "item_id"),
        List.of("kind", "started_us", "risk_us", "due_us", "state"));
    Sql.call("tracking " + items.size() + " items", () -> {
      try (PreparedStatement ps = uow.prepare(sql)) {
        for (TrackedItem item : items) {
          bind(ps, item);
          if (uow.dialect.atomicInsertIfAbsent()) {
            ps.addBatch();
          } else {
            try {
              ps.executeUpdate();
            } catch (java.sql.SQLIntegrityConstraintViolationException e) {
              // tracked by a transaction that committed while this one waited: left as it is
            }
          }
        }
        return uow.dialect.atomicInsertIfAbsent() ? ps.executeBatch() : null;
      }
    });
  }

  private void bind(PreparedStatement ps, TrackedItem item) throws SQLException {
    uow.dialect.setUuid(ps, 2, item.commitment().value());
    uow.dialect.setUuid(ps, 3, item.id());
    ps.setString(4, item.kind().name());
    ps.setLong(5, Sql.micros(item.startedAt()));
    ps.setLong(6, Sql.micros(item.riskAt()));
    ps.setLong(7, Sql.micros(item.dueAt()));
    ps.setString(8, OPEN);
  }

  void settle(List<CommitmentId> commitments, List<UUID> items, Instant at) {
    List<UUID> ids = items.stream().distinct().toList();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      for (CommitmentId c : commitments.stream().distinct().toList()) {
        settle(c, at, " AND i.item_id IN (" + uow.dialect.idList(chunk.size()) + ")",
            (ps, i) -> uow.dialect.bindIds(uow.connection, ps, i, chunk));
      }
    }
  }

  /**
   * One statement per commitment and outcome however many members the theme has: each open item of
   * the commitment in the due range probes the members' primary key, so the cost is that of the
   * commitment's open items, whatever the planner knows about the tables.
   */
  void settleMembers(List<CommitmentId> commitments, ThemeId theme, Instant at) {
    String members = " AND EXISTS (" + uow.dialect.probedPerRow("SELECT 1 FROM " + uow.tables.themeMember
        + " m WHERE m.tenant_id = ? AND m.theme_id = ? AND m.contribution_id = i.item_id") + ")";
    for (CommitmentId c : commitments.stream().distinct().toList()) {
      settle(c, at, members, (ps, i) -> {
        ps.setString(i, uow.tenant.value());
        uow.dialect.setUuid(ps, i + 1, theme.value());
        return i + 2;
      });
    }
  }

  /**
   * Settles the open items of {@code c} that {@code items} selects: those due at or after {@code
   * at} on time, the others late, and counts each kind in {@code tracked_count}.
   */
  private void settle(CommitmentId c, Instant at, String items, ItemBinder bindItems) {
    // at <= due exactly when ceil(at) <= due, due being whole microseconds
    long onTime = settleAs(c, ON_TIME, ">=", at, items, bindItems);
    long late = settleAs(c, LATE, "<", at, items, bindItems);
    settled.add("the settled items of commitment " + c, Map.of(List.of(c.value(), ON_TIME), onTime, List.of(c.value(), LATE), late));
  }

  private long settleAs(CommitmentId c, String state, String dueComparison, Instant at, String items, ItemBinder bindItems) {
    String sql = "UPDATE " + uow.tables.trackedItem + " i SET state = ?, settled_us = ? WHERE i.tenant_id = ? AND i.commitment_id = ? AND i.state = '"
        + OPEN + "' AND i.due_us " + dueComparison + " ?" + items;
    return Sql.call("settling items of commitment " + c, () -> {
      try (PreparedStatement ps = uow.prepareUnbound(sql)) {
        ps.setString(1, state);
        ps.setLong(2, Sql.micros(at));
        ps.setString(3, uow.tenant.value());
        uow.dialect.setUuid(ps, 4, c.value());
        ps.setLong(5, Sql.microsCeil(at));
        bindItems.bind(ps, 6);
        return (long) ps.executeUpdate();
      }
    });
  }

  void excuse(List<CommitmentId> commitments, List<UUID> items) {
    if (commitments.isEmpty()) {
      return;
    }
    List<UUID> keys = commitments.stream().map(CommitmentId::value).distinct().toList();
    List<UUID> ids = items.stream().distinct().toList();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      new OutcomeQuery(uow, "UPDATE " + uow.tables.trackedItem + " SET state = '" + EXCUSED + "' WHERE tenant_id = ?")
          .andIn("commitment_id", keys)
          .andIn("item_id", chunk)
          .append(" AND state = '" + OPEN + "'")
          .update("excusing " + chunk.size() + " items");
    }
  }

  DeadlineTally tally(CommitmentId commitment, Instant at, int examples) {
    long overdueBefore = Sql.microsCeil(at);
    Counts n = counts(commitment, overdueBefore, Sql.micros(at));
    List<TrackedItem> overdueItems = n.overdue == 0 || examples <= 0 ? List.of()
        : open(commitment, "item_id, kind, started_us, risk_us, due_us", " AND due_us < ? ORDER BY due_us, item_id LIMIT ?", overdueBefore, examples,
            rs -> new TrackedItem(commitment, TrackedItemKind.valueOf(rs.getString("kind")), uow.dialect.getUuid(rs, "item_id"),
                Sql.instant(rs.getLong("started_us")), Sql.instant(rs.getLong("risk_us")), Sql.instant(rs.getLong("due_us"))));
    Optional<Instant> nextDue = n.open == n.overdue ? Optional.empty()
        : open(commitment, "MIN(due_us)", " AND due_us >= ?", overdueBefore, -1, rs -> {
          long due = rs.getLong(1);
          // empty when a transaction that committed since the counts settled the last of them
          return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Sql.instant(due));
        }).get(0);
    return new DeadlineTally(at, n.onTime + n.late + n.open, n.onTime, n.late, n.open, n.riskPassed - n.overdue, n.overdue, overdueItems, nextDue);
  }

  private record Counts(long onTime, long late, long open, long overdue, long riskPassed) {}

  /** Every count of a tally in one round trip: open items in the three ranges, settled ones from their counters. */
  private Counts counts(CommitmentId commitment, long overdueBefore, long riskBy) {
    String open = " FROM " + uow.tables.trackedItem + " WHERE tenant_id = ? AND commitment_id = ? AND state = '" + OPEN + "'";
    String sql = "SELECT '" + OPEN + "' AS what, COUNT(*) AS n" + open
        + " UNION ALL SELECT 'overdue', COUNT(*)" + open + " AND due_us < ?"
        + " UNION ALL SELECT 'risk', COUNT(*)" + open + " AND risk_us <= ?"
        + " UNION ALL SELECT state, SUM(n) FROM " + uow.tables.trackedCount + " WHERE tenant_id = ? AND commitment_id = ? GROUP BY state";
    return Sql.call("tallying commitment " + commitment, () -> {
      try (PreparedStatement ps = uow.prepareUnbound(sql)) {
        int i = 1;
        Long[] bounds = {null, overdueBefore, riskBy, null};
        for (Long bound : bounds) {
          ps.setString(i++, uow.tenant.value());
          uow.dialect.setUuid(ps, i++, commitment.value());
          if (bound != null) {
            ps.setLong(i++, bound);
          }
        }
        Map<String, Long> found = new HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            // trimmed: a database may type the union's labels as fixed-width text
            found.put(rs.getString("what").trim(), rs.getLong("n"));
          }
        }
        return new Counts(found.getOrDefault(ON_TIME, 0L), found.getOrDefault(LATE, 0L), found.getOrDefault(OPEN, 0L),
            found.getOrDefault("overdue", 0L), found.getOrDefault("risk", 0L));
      }
    });
  }

  /** Reads {@code columns} of the commitment's open items that {@code condition} (one instant, then the limit if not negative) selects. */
  private <T> List<T> open(CommitmentId commitment, String columns, String condition, long micros, int limit, OutcomeQuery.RowReader<T> reader) {
    return new OutcomeQuery(uow, "SELECT " + columns + " FROM " + uow.tables.trackedItem + " WHERE tenant_id = ?")
        .andId(" AND commitment_id = ?", commitment.value())
        .append(" AND state = '" + OPEN + "'")
        .and(condition, (ps, i) -> ps.setLong(i, micros))
        .list("reading the open items of commitment " + commitment, limit, reader);
  }
}
