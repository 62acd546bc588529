package org.consulta.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.consulta.core.value.SortKey;

/**
 * A query of the outcome tables whose first parameter is the tenant, built from conditions and
 * their binders (as {@link JdbcModeration} builds its queue queries). Single-thread.
 */
final class OutcomeQuery {
  /** Binds one parameter at a position. */
  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement ps, int index) throws SQLException;
  }

  /** Reads one row. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private final JdbcUnitOfWork uow;
  private final StringBuilder sql;
  private final List<Binder> binders = new ArrayList<>();

  OutcomeQuery(JdbcUnitOfWork uow, String select) {
    this.uow = uow;
    this.sql = new StringBuilder(select);
  }

  OutcomeQuery and(String condition, Binder binder) {
    sql.append(condition);
    binders.add(binder);
    return this;
  }

  OutcomeQuery andId(String condition, UUID id) {
    return and(condition, (ps, i) -> uow.dialect.setUuid(ps, i, id));
  }

  OutcomeQuery append(String text) {
    sql.append(text);
    return this;
  }

  /** {@code (time, id) > key}, as {@link JdbcContributions} writes it; stored instants are whole microseconds. */
  OutcomeQuery keysetAfter(String time, String id, SortKey key) {
    long at = Sql.micros(key.at());
    if (key.at().getNano() % 1_000 == 0) {
      sql.append(" AND ").append(uow.dialect.keysetAfter(time, id));
      for (int t = 0; t < uow.dialect.keysetTimeParameters(); t++) {
        binders.add((ps, i) -> ps.setLong(i, at));
      }
      binders.add((ps, i) -> uow.dialect.setUuid(ps, i, key.id()));
      return this;
    }
    return and(" AND " + time + " > ?", (ps, i) -> ps.setLong(i, at));
  }

  /** {@code column IN (ids)} in the dialect's id-list form. */
  OutcomeQuery andIn(String column, List<UUID> ids) {
    sql.append(" AND ").append(column).append(" IN (").append(uow.dialect.idList(ids.size())).append(')');
    binders.add(new IdsBinder(ids));
    return this;
  }

  /** Runs it, binding {@code limit} last unless it is negative, and reads every row. */
  <T> List<T> list(String what, int limit, RowReader<T> reader) {
    return Sql.call(what, () -> {
      try (PreparedStatement ps = uow.prepare(sql.toString())) {
        int i = bind(ps);
        if (limit >= 0) {
          ps.setInt(i, limit);
        }
        List<T> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(reader.read(rs));
          }
        }
        return out;
      }
    });
  }

  /** Runs it as an update and returns the update count. */
  int update(String what) {
    return Sql.call(what, () -> {
      try (PreparedStatement ps = uow.prepare(sql.toString())) {
        bind(ps);
        return ps.executeUpdate();
      }
    });
  }

  private int bind(PreparedStatement ps) throws SQLException {
    int i = 2;
    for (Binder b : binders) {
      if (b instanceof IdsBinder ids) {
        i = uow.dialect.bindIds(uow.connection, ps, i, ids.ids);
      } else {
        b.bind(ps, i++);
      }
    }
    return i;
  }

  /** The run of parameters of an id list (one array on PostgreSQL, one per id elsewhere). */
  private record IdsBinder(List<UUID> ids) implements Binder {
    @Override
    public void bind(PreparedStatement ps, int index) {
      throw new UnsupportedOperationException("bound through Dialect.bindIds");
    }
  }
}
