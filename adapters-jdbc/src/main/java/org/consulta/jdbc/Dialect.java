package org.consulta.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The databases Consulta's JDBC store runs on, and every difference between them: how ids are
 * stored, how an upsert is written, where the migrations live. Nothing else in the store knows
 * which database it talks to.
 *
 * <p>Immutable and thread-safe.
 */
public enum Dialect {
  /** PostgreSQL 15 or later (and so Citus). Ids are native {@code uuid}. */
  POSTGRESQL("postgresql") {
    @Override
    void setUuid(PreparedStatement ps, int index, UUID id) throws SQLException {
      ps.setObject(index, id);
    }

    @Override
    UUID getUuid(ResultSet rs, String column) throws SQLException {
      return rs.getObject(column, UUID.class);
    }

    @Override
    String upsert(String table, List<String> keys, List<String> values) {
      return insert(table, keys, values) + " ON CONFLICT (" + String.join(", ", keys) + ") DO UPDATE SET "
          + values.stream().map(v -> v + " = EXCLUDED." + v).collect(Collectors.joining(", "));
    }

    @Override
    String increment(String table, List<String> keys, String counter) {
      return insert(table, keys, List.of(counter)) + " ON CONFLICT (" + String.join(", ", keys) + ") DO UPDATE SET "
          + counter + " = " + table + "." + counter + " + EXCLUDED." + counter;
    }

    @Override
    String insertIfAbsent(String table, List<String> keys, List<String> values) {
      return insert(table, keys, values) + " ON CONFLICT DO NOTHING";
    }

    @Override
    String insertSelectIfAbsent(String table, List<String> columns, List<String> keys, String select) {
      return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") " + select + " ON CONFLICT DO NOTHING";
    }

    @Override
    String sortMemoryForAggregates() {
      // only ever raises it, and only until the transaction ends (set_config(.., true) is SET LOCAL)
      return "SELECT set_config('work_mem', '64MB', true) WHERE pg_size_bytes(current_setting('work_mem')) < 67108864";
    }

    @Override
    boolean orderedSetAggregates() {
      return true;
    }

    @Override
    String probedPerRow(String subquery) {
      return subquery + " OFFSET 0";
    }

    @Override
    String keysetAfter(String time, String id) {
      // a row comparison is one range condition on the index: the scan starts at the cursor
      return "(" + time + ", " + id + ") > (?, ?)";
    }

    @Override
    int keysetTimeParameters() {
      return 1;
    }

    @Override
    String idList(int count) {
      // one array through unnest plans as primary-key probes whatever the statistics; a long IN
      // list or = ANY(...) on a table not yet analyzed was planned as a scan of the tenant's rows
      return "SELECT unnest(?)";
    }

    @Override
    int bindIds(java.sql.Connection connection, PreparedStatement ps, int index, List<UUID> ids) throws SQLException {
      ps.setArray(index, connection.createArrayOf("uuid", ids.toArray()));
      return index + 1;
    }

    @Override
    void setNullUuid(PreparedStatement ps, int index) throws SQLException {
      ps.setNull(index, java.sql.Types.OTHER);
    }

    /** PostgreSQL's text types cannot hold NUL: NUL becomes U+0001 '0' and U+0001 itself U+0001 '1'. */
    @Override
    String encodeText(String text) {
      if (text == null || (text.indexOf(NUL) < 0 && text.indexOf(ESCAPE) < 0)) {
        return text;
      }
      StringBuilder out = new StringBuilder(text.length() + 8);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == NUL || c == ESCAPE) {
          out.append(ESCAPE).append(c == NUL ? '0' : '1');
        } else {
          out.append(c);
        }
      }
      return out.toString();
    }

    @Override
    String decodeText(String stored) {
      if (stored == null || stored.indexOf(ESCAPE) < 0) {
        return stored;
      }
      StringBuilder out = new StringBuilder(stored.length());
      for (int i = 0; i < stored.length(); i++) {
        char c = stored.charAt(i);
        if (c == ESCAPE && i + 1 < stored.length()) {
          out.append(stored.charAt(++i) == '0' ? NUL : ESCAPE);
        } else {
          out.append(c);
        }
      }
      return out.toString();
    }
  },

  /** MariaDB 10.11 or later, and MySQL 8. Ids are ASCII {@code CHAR(36)} text, which sorts like the UUID. */
  MARIADB("mariadb") {
    @Override
    String upsert(String table, List<String> keys, List<String> values) {
      return insert(table, keys, values) + " ON DUPLICATE KEY UPDATE "
          + values.stream().map(v -> v + " = VALUES(" + v + ")").collect(Collectors.joining(", "));
    }

    @Override
    String increment(String table, List<String> keys, String counter) {
      return insert(table, keys, List.of(counter)) + " ON DUPLICATE KEY UPDATE " + counter + " = " + counter + " + VALUES(" + counter + ")";
    }

    @Override
    String insertIfAbsent(String table, List<String> keys, List<String> values) {
      return insert(table, keys, values).replaceFirst("^INSERT INTO", "INSERT IGNORE INTO");
    }

    @Override
    String insertSelectIfAbsent(String table, List<String> columns, List<String> keys, String select) {
      return "INSERT IGNORE INTO " + table + " (" + String.join(", ", columns) + ") " + select;
    }
  },

  /** H2 2.x, the embedded default (in memory or a file). Ids are {@code CHAR(36)} text. */
  H2("h2") {
    @Override
    String upsert(String table, List<String> keys, List<String> values) {
      List<String> all = concat(keys, values);
      return "MERGE INTO " + table + " (" + String.join(", ", all) + ") KEY (" + String.join(", ", keys) + ") VALUES ("
          + placeholders(all.size()) + ")";
    }

    @Override
    String increment(String table, List<String> keys, String counter) {
      List<String> all = concat(keys, List.of(counter));
      return "MERGE INTO " + table + " t USING (VALUES (" + placeholders(all.size()) + ")) s(" + String.join(", ", all) + ") ON "
          + keys.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "))
          + " WHEN MATCHED THEN UPDATE SET " + counter + " = t." + counter + " + s." + counter
          + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", all) + ") VALUES ("
          + all.stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ")";
    }

    @Override
    String insertIfAbsent(String table, List<String> keys, List<String> values) {
      List<String> all = concat(keys, values);
      return "MERGE INTO " + table + " t USING (VALUES (" + placeholders(all.size()) + ")) s(" + String.join(", ", all) + ") ON "
          + keys.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "))
          + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", all) + ") VALUES ("
          + all.stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ")";
    }

    @Override
    String insertSelectIfAbsent(String table, List<String> columns, List<String> keys, String select) {
      return "MERGE INTO " + table + " t USING (" + select + ") s ON "
          + keys.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "))
          + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", columns) + ") VALUES ("
          + columns.stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ")";
    }
  };

  private static final char NUL = '\u0000';
  private static final char ESCAPE = '\u0001';

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /**
   * The classpath location of this dialect's Flyway migrations, for embedders who run Consulta's
   * migrations in their own Flyway pipeline (with placeholders {@code prefix} and {@code qualifier}).
   *
   * @return e.g. {@code classpath:org/consulta/jdbc/migration/postgresql}
   */
  public String migrationLocation() {
    return "classpath:org/consulta/jdbc/migration/" + folder;
  }

  /**
   * Finds the dialect of a live connection from its metadata.
   *
   * @param connection an open connection
   * @return the dialect
   * @throws SQLException if the metadata cannot be read
   * @throws IllegalArgumentException if the database is none of PostgreSQL, MariaDB/MySQL, H2
   */
  public static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return POSTGRESQL;
    }
    if (product.contains("mariadb") || product.contains("mysql")) {
      return MARIADB;
    }
    if (product.contains("h2")) {
      return H2;
    }
    throw new IllegalArgumentException("Consulta's JDBC store runs on PostgreSQL, MariaDB/MySQL or H2, not on " + product);
  }

  void setUuid(PreparedStatement ps, int index, UUID id) throws SQLException {
    ps.setString(index, id.toString());
  }

  UUID getUuid(ResultSet rs, String column) throws SQLException {
    String text = rs.getString(column);
    return text == null ? null : UUID.fromString(text);
  }

  /**
   * Free text bound to a column that is searched or unique (an external ref, a category, an actor),
   * as this database can hold it; the aggregate's own copy is in its JSON document, where JSON
   * escaping keeps every character. Injective, so equality and uniqueness are those of the text.
   * Identity except on PostgreSQL.
   */
  String encodeText(String text) {
    return text;
  }

  /** The inverse of {@link #encodeText}. */
  String decodeText(String stored) {
    return stored;
  }

  /**
   * The condition "{@code (time, id) > (?, ?)}" in the form this database's planner turns into an
   * index range that starts at the cursor. Parameters: the instant {@link #keysetTimeParameters()}
   * times, then the id. The generic form's leading {@code time >= ?} is the range start; "{@code a >
   * x OR (a = x AND id > y)}" alone gave the index no start, so the scan read and dropped every row
   * before the cursor.
   */
  String keysetAfter(String time, String id) {
    return time + " >= ? AND (" + time + " > ? OR " + id + " > ?)";
  }

  /** The inside of {@code IN (...)} for {@code count} ids, bound by {@link #bindIds}. */
  String idList(int count) {
    return placeholders(count);
  }

  /** Binds ids for {@link #idList} from {@code index}; returns the next free index. */
  int bindIds(java.sql.Connection connection, PreparedStatement ps, int index, List<UUID> ids) throws SQLException {
    for (UUID id : ids) {
      setUuid(ps, index++, id);
    }
    return index;
  }

  /** Binds a null id. */
  void setNullUuid(PreparedStatement ps, int index) throws SQLException {
    ps.setNull(index, java.sql.Types.CHAR);
  }

  /**
   * A parameter in a select list (of an {@code INSERT ... SELECT}) whose type the database must
   * know before binding: H2 needs a cast there, the others type it from the bound value.
   *
   * @param h2Type the SQL type H2 casts it to ({@code CHAR(36)} for an id, {@code VARCHAR}, {@code BIGINT})
   */
  String selectParameter(String h2Type) {
    return this == H2 ? "CAST(? AS " + h2Type + ")" : "?";
  }

  /**
   * A statement that gives the rest of the transaction enough sort and hash memory for the outcome
   * aggregates over a million rows (PostgreSQL's default 4 MB spilled them to disk and doubled their
   * time), or null where there is nothing to set.
   */
  String sortMemoryForAggregates() {
    return null;
  }

  /**
   * A correlated subquery (of an {@code EXISTS}) in the form this database runs once per outer row,
   * as an index probe, whatever its statistics. PostgreSQL turns a plain {@code EXISTS} into a join
   * and, on tables it has no statistics for yet (one row estimated on each side), planned a nested
   * loop that rescanned the whole subquery for every outer row (seven minutes to answer a theme of
   * 40,000 members among as many open items); {@code OFFSET 0} keeps it a subplan. MariaDB and H2
   * probe per row as written.
   */
  String probedPerRow(String subquery) {
    return subquery;
  }

  /**
   * Whether {@code percentile_disc(f) WITHIN GROUP (ORDER BY x)} is an aggregate here (one sort,
   * the value at rank ⌈f n⌉); elsewhere quantiles are picked from a {@code ROW_NUMBER()} window.
   */
  boolean orderedSetAggregates() {
    return false;
  }

  /** How often {@link #keysetAfter}'s condition takes the instant. */
  int keysetTimeParameters() {
    return 2;
  }

  /** An insert that replaces the value columns when the key exists. Parameters: keys, then values. */
  abstract String upsert(String table, List<String> keys, List<String> values);

  /**
   * Whether {@link #increment} is safe when two transactions create the same row at once. H2's
   * MERGE is not: there the store updates first and inserts only when no row was there.
   */
  boolean atomicIncrement() {
    return this != H2;
  }

  /**
   * Whether {@link #insertIfAbsent} does nothing, rather than fail on the key, when another
   * transaction inserts the same key at once. H2's MERGE is not: the one that waited fails with a
   * unique violation, which the store reads as "present".
   */
  boolean atomicInsertIfAbsent() {
    return this != H2;
  }

  /**
   * Whether {@code ... ORDER BY ... LIMIT n FOR UPDATE SKIP LOCKED} returns the first n rows no
   * other transaction has locked. H2 applies the limit first and then drops the locked rows, so a
   * claim while another transaction holds the first case found nothing; there the store locks
   * candidates one at a time.
   */
  boolean skipsLockedBeforeLimit() {
    return this != H2;
  }

  /** An insert that adds to the counter when the key exists. Parameters: keys, then the increment. */
  abstract String increment(String table, List<String> keys, String counter);

  /** An insert that does nothing when the key exists. Parameters: keys, then values. */
  abstract String insertIfAbsent(String table, List<String> keys, List<String> values);

  /**
   * Inserts the rows of {@code select} whose key is not in the table yet, and updates nothing; the
   * update count is the rows inserted. The select names its columns as {@code columns} (in that
   * order) and yields each key once ({@code DISTINCT}). Parameters: those of the select.
   */
  abstract String insertSelectIfAbsent(String table, List<String> columns, List<String> keys, String select);

  static String insert(String table, List<String> keys, List<String> values) {
    List<String> all = concat(keys, values);
    return "INSERT INTO " + table + " (" + String.join(", ", all) + ") VALUES (" + placeholders(all.size()) + ")";
  }

  static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
