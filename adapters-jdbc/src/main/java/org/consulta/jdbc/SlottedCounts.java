package org.consulta.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Counters of one table whose rows are {@code (tenant_id, <keys>, slot, n)}, spread over {@link
 * JdbcContributions#SLOTS} slots per key as {@code contribution_count} is: each call adds to one slot
 * chosen at random, so concurrent writers rarely wait on one row, and readers sum the slots. Key
 * values are ids ({@link UUID}, bound through the dialect) or text (bound as given: encode it first).
 * Single-thread, like its unit of work.
 */
final class SlottedCounts {
  private final JdbcUnitOfWork uow;
  private final String table;
  private final List<String> keys;

  /**
   * @param uow the unit of work
   * @param table the counter table
   * @param keys the key columns between {@code tenant_id} and {@code slot}
   */
  SlottedCounts(JdbcUnitOfWork uow, String table, String... keys) {
    this.uow = uow;
    this.table = table;
    this.keys = List.of(keys);
  }

  /**
   * Adds each delta to its key's counter: one batch where the dialect's increment is atomic, else
   * update-or-insert key by key.
   *
   * @param what what is counted, for error messages
   * @param deltas key values (in the order of the key columns) to the amount to add
   */
  void add(String what, Map<List<Object>, Long> deltas) {
    if (deltas.values().stream().allMatch(d -> d == 0)) {
      return;
    }
    int slot = ThreadLocalRandom.current().nextInt(JdbcContributions.SLOTS);
    List<String> all = new ArrayList<>();
    all.add("tenant_id");
    all.addAll(keys);
    all.add("slot");
    Sql.call("updating " + what, () -> {
      if (!uow.dialect.atomicIncrement()) {
        for (Map.Entry<List<Object>, Long> e : deltas.entrySet()) {
          if (e.getValue() != 0) {
            addOneByOne(all, e.getKey(), slot, e.getValue());
          }
        }
        return null;
      }
      try (PreparedStatement ps = uow.prepare(uow.dialect.increment(table, all, "n"))) {
        for (Map.Entry<List<Object>, Long> e : deltas.entrySet()) {
          if (e.getValue() != 0) {
            int i = bindKey(ps, 2, e.getKey(), slot);
            ps.setLong(i, e.getValue());
            ps.addBatch();
          }
        }
        return ps.executeBatch();
      }
    });
  }

  /** Update, else insert, else (lost the race to insert) update: for databases without an atomic upsert. */
  private void addOneByOne(List<String> all, List<Object> key, int slot, long delta) throws SQLException {
    if (update(key, slot, delta) > 0) {
      return;
    }
    try (PreparedStatement ps = uow.prepare(Dialect.insert(table, all, List.of("n")))) {
      int i = bindKey(ps, 2, key, slot);
      ps.setLong(i, delta);
      ps.executeUpdate();
    } catch (java.sql.SQLIntegrityConstraintViolationException e) {
      update(key, slot, delta);
    }
  }

  private int update(List<Object> key, int slot, long delta) throws SQLException {
    StringBuilder sql = new StringBuilder("UPDATE " + table + " SET n = n + ? WHERE tenant_id = ?");
    keys.forEach(k -> sql.append(" AND ").append(k).append(" = ?"));
    sql.append(" AND slot = ?");
    try (PreparedStatement ps = uow.prepareUnbound(sql.toString())) {
      ps.setLong(1, delta);
      ps.setString(2, uow.tenant.value());
      bindKey(ps, 3, key, slot);
      return ps.executeUpdate();
    }
  }

  /** Binds the key values and the slot from {@code index}; returns the next free index. */
  private int bindKey(PreparedStatement ps, int index, List<Object> key, int slot) throws SQLException {
    int i = index;
    for (Object value : key) {
      if (value instanceof UUID id) {
        uow.dialect.setUuid(ps, i++, id);
      } else {
        ps.setString(i++, (String) value);
      }
    }
    ps.setInt(i++, slot);
    return i;
  }
}
