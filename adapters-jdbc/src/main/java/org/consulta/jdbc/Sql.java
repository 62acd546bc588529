package org.consulta.jdbc;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import org.consulta.core.error.ConcurrentChangeException;
import org.consulta.core.error.ConflictException;
import org.consulta.core.error.ConsultaException;
import org.consulta.core.error.StoreException;

/** Turns driver errors into Consulta's typed errors, and instants into stored microseconds. */
final class Sql {
  private Sql() {}

  /** A JDBC call that may throw {@link SQLException}. */
  @FunctionalInterface
  interface Call<T> {
    T run() throws SQLException;
  }

  static <T> T call(String what, Call<T> call) {
    try {
      return call.run();
    } catch (SQLException e) {
      throw translate(what, e);
    }
  }

  /**
   * Maps a driver error: unique violations are conflicts, serialization failures and deadlocks
   * are concurrent changes (retryable), lost connections and everything else are store failures.
   */
  static ConsultaException translate(String what, SQLException e) {
    // a failed batch may carry its cause's state only on the chained exception
    SQLException cause = e.getSQLState() == null && e.getNextException() != null ? e.getNextException() : e;
    String state = cause.getSQLState() == null ? "" : cause.getSQLState();
    if (state.startsWith("08") || e instanceof SQLNonTransientConnectionException || e instanceof SQLTransientConnectionException
        || e instanceof SQLRecoverableException || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
      return new StoreException("the database connection failed while " + what + " (SQLState " + state + "); nothing of it was kept", e);
    }
    if (state.equals("40001") || state.equals("40P01") || cause.getErrorCode() == 1213) {
      return new ConcurrentChangeException("a concurrent transaction got in the way while " + what + " (SQLState " + state + ")", e);
    }
    if (missingTable(state, cause.getErrorCode())) {
      return new StoreException("Consulta's tables are missing (SQLState " + state + ") while " + what
          + "; run the migrations: build the JdbcStore without migrate(false), or run JdbcMigrations.flyway(..).migrate()"
          + " with the store's schema and table prefix", e);
    }
    if (state.equals("23505") || (state.startsWith("23") && (cause.getErrorCode() == 1062 || cause.getErrorCode() == 23505))) {
      ConflictException conflict = new ConflictException("duplicate key while " + what);
      conflict.initCause(e);
      return conflict;
    }
    return new StoreException("the database failed while " + what + " (SQLState " + state + ", code " + e.getErrorCode() + ")", e);
  }

  /** PostgreSQL's undefined_table, MariaDB's ER_NO_SUCH_TABLE, H2's table-not-found codes. */
  private static boolean missingTable(String state, int code) {
    return state.equals("42P01") || state.equals("42S02") || code == 1146 || (state.startsWith("42S0") && code >= 42102 && code <= 42104);
  }

  static long micros(Instant at) {
    return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
  }

  /** The smallest microsecond count at or after {@code at}. */
  static long microsCeil(Instant at) {
    long floor = micros(at);
    return at.getNano() % 1_000 == 0 ? floor : floor + 1;
  }

  static Instant instant(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }
}
