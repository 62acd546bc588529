package org.consulta.benchmarks;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * {@code EXPLAIN (ANALYZE, BUFFERS)} of the JDBC store's hot-path queries on a loaded
 * {@code bench_consulta} schema, with the parameters bound as the store binds them (so PostgreSQL
 * plans them as it would for the store). The SQL texts are those of {@code JdbcContributions},
 * {@code JdbcEventLog} and {@code JdbcConsultations}; keep them in step. Single-threaded. *
 * <p>Run through {@link PostgresIngestHarness} (from the repository root):
 *
 * <pre>{@code
 * mvn -q -DskipTests -pl benchmarks -am package
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar org.consulta.benchmarks.PostgresIngestHarness \
 *     jdbc:postgresql://127.0.0.1:5432/test?user=postgres 1000000 5000 --plans benchmarks/results/postgres-plans-1M.txt
 * }</pre>
 */
final class QueryPlans {
  /** One query to explain: a title, the SQL with {@code ?} placeholders, and its parameters. */
  record Query(String title, String sql, List<Object> parameters) {}

  private final DataSource dataSource;
  private final String t;

  /**
   * @param dataSource the database
   * @param tables the qualified table-name prefix, e.g. {@code bench_consulta.consulta_}
   */
  QueryPlans(DataSource dataSource, String tables) {
    this.dataSource = dataSource;
    this.t = tables;
  }

  /** The queries, with parameters for a tenant, its consultation, an author and a deep cursor. */
  List<Query> queries(String tenant, UUID consultation, UUID author, long cursorUs, UUID cursorId, UUID someId, long lastPosition,
      long nowUs, List<UUID> batchIds, java.sql.Array authors) {
    List<Query> q = new ArrayList<>();
    q.add(new Query("list, first page (ContributionService.list, 50 + 1 rows)",
        "SELECT doc FROM " + t + "contribution WHERE tenant_id = ? AND consultation_id = ? ORDER BY submitted_us, id LIMIT ?",
        List.of(tenant, consultation, 51)));
    q.add(new Query("list, page after a keyset cursor at row ~900,000 (PostgreSQL, since 1918091)",
        "SELECT doc FROM " + t + "contribution WHERE tenant_id = ? AND consultation_id = ?"
            + " AND (submitted_us, id) > (?, ?) ORDER BY submitted_us, id LIMIT ?",
        List.of(tenant, consultation, cursorUs, cursorId, 51)));
    q.add(new Query("list, page after a keyset cursor at row ~900,000 (MariaDB/H2 form, since 1918091)",
        "SELECT doc FROM " + t + "contribution WHERE tenant_id = ? AND consultation_id = ?"
            + " AND submitted_us >= ? AND (submitted_us > ? OR id > ?) ORDER BY submitted_us, id LIMIT ?",
        List.of(tenant, consultation, cursorUs, cursorUs, cursorId, 51)));
    q.add(new Query("list, page after a keyset cursor at row ~900,000 (BEFORE 1918091: the OR form)",
        "SELECT doc FROM " + t + "contribution WHERE tenant_id = ? AND consultation_id = ?"
            + " AND (submitted_us > ? OR (submitted_us = ? AND id > ?)) ORDER BY submitted_us, id LIMIT ?",
        List.of(tenant, consultation, cursorUs, cursorUs, cursorId, 51)));
    q.add(new Query("list by author, first page (ContributionService.mine; the most prolific author)",
        "SELECT doc FROM " + t + "contribution WHERE tenant_id = ? AND author_id = ? ORDER BY submitted_us, id LIMIT ?",
        List.of(tenant, author, 51)));
    q.add(new Query("list by author, page after a keyset cursor at row ~900,000 (PostgreSQL, since 1918091)",
        "SELECT doc FROM " + t + "contribution WHERE tenant_id = ? AND author_id = ?"
            + " AND (submitted_us, id) > (?, ?) ORDER BY submitted_us, id LIMIT ?",
        List.of(tenant, author, cursorUs, cursorId, 51)));
    q.add(new Query("list by author, page after a keyset cursor at row ~900,000 (BEFORE 1918091: the OR form)",
        "SELECT doc FROM " + t + "contribution WHERE tenant_id = ? AND author_id = ?"
            + " AND (submitted_us > ? OR (submitted_us = ? AND id > ?)) ORDER BY submitted_us, id LIMIT ?",
        List.of(tenant, author, cursorUs, cursorUs, cursorId, 51)));
    q.add(new Query("counts (ContributionService.counts)",
        "SELECT dimension, dim_value, SUM(n) FROM " + t + "contribution_count WHERE tenant_id = ? AND consultation_id = ?"
            + " GROUP BY dimension, dim_value",
        List.of(tenant, consultation)));
    q.add(new Query("find by id", "SELECT doc FROM " + t + "contribution WHERE tenant_id = ? AND id = ?", List.of(tenant, someId)));
    q.add(new Query("bulk path: a batch's authors (ParticipantRepository.findAll, since c5650b9; 1,000 ids)",
        "SELECT doc FROM " + t + "participant WHERE tenant_id = ? AND id IN (SELECT unnest(?))",
        List.of(tenant, authors)));
    q.add(new Query("bulk path, BEFORE 5a83809: are the new ids free (one chunk of 500; no longer run)",
        "SELECT id FROM " + t + "contribution WHERE tenant_id = ? AND id IN (" + String.join(", ", java.util.Collections.nCopies(
            batchIds.size(), "?")) + ")",
        concat(List.of(tenant), batchIds)));
    q.add(new Query("event log read near the end (EventService.read)",
        "SELECT pos, id, recorded_us, actor, doc FROM " + t + "event WHERE tenant_id = ? AND pos > ? ORDER BY pos LIMIT ?",
        List.of(tenant, lastPosition - 100, 1000)));
    q.add(new Query("event log head lock (every command that records events)",
        "SELECT last_position FROM " + t + "event_head WHERE tenant_id = ? FOR UPDATE", List.of(tenant)));
    q.add(new Query("dueForScheduledMove (applyScheduledMoves)",
        "SELECT doc FROM " + t + "consultation WHERE tenant_id = ? AND next_move_us <= ?", List.of(tenant, nowUs)));
    return q;
  }

  private static List<Object> concat(List<Object> a, List<UUID> b) {
    List<Object> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Runs ANALYZE on the tables, then explains each query into {@code out}. */
  void explain(List<Query> queries, PrintWriter out) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      try (Statement s = c.createStatement()) {
        for (String table : List.of("contribution", "contribution_count", "event", "event_head", "consultation", "participant")) {
          s.execute("ANALYZE " + t + table);
        }
      }
      for (Query q : queries) {
        // twice: the first run reads pages into shared buffers; the second is the steady state
        String plan = null;
        for (int run = 0; run < 2; run++) {
          plan = explain(c, q);
        }
        out.println("=== " + q.title());
        out.println(q.sql().length() > 400 ? q.sql().substring(0, 400) + " ..." : q.sql());
        out.println(plan);
      }
    }
  }

  private static String explain(Connection c, Query q) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + q.sql())) {
      for (int i = 0; i < q.parameters().size(); i++) {
        ps.setObject(i + 1, q.parameters().get(i));
      }
      StringBuilder plan = new StringBuilder();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          plan.append(rs.getString(1)).append('\n');
        }
      }
      return plan.toString();
    }
  }
}
