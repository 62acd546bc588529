package org.consulta.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the JDBC tests run on. PostgreSQL and MariaDB are taken from
 * {@code CONSULTA_POSTGRES_URL} and {@code CONSULTA_MARIADB_URL} (defaults: the local servers, database
 * {@code test}); when one does not answer its tests are skipped with a message, unless
 * {@code CONSULTA_REQUIRE_DATABASES=true} (as in {@code .ci/run}), which makes that a failure.
 * Each test class gets a schema (PostgreSQL) or database (MariaDB) of its own, dropped and created
 * afresh, so runs never see each other's rows.
 */
final class Databases {
  static final String POSTGRES_URL = env("CONSULTA_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
  static final String MARIADB_URL = env("CONSULTA_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root");
  static final boolean REQUIRED = "true".equalsIgnoreCase(System.getenv("CONSULTA_REQUIRE_DATABASES"));

  private Databases() {}

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** A pooled data source on a fresh PostgreSQL schema of that name. */
  static HikariDataSource postgres(String schema) {
    HikariDataSource ds = pool(POSTGRES_URL, "PostgreSQL", "CONSULTA_POSTGRES_URL");
    run(ds, "DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
    return ds;
  }

  /** A pooled data source on a fresh MariaDB database of that name. */
  static HikariDataSource mariadb(String database) {
    HikariDataSource ds = pool(MARIADB_URL, "MariaDB", "CONSULTA_MARIADB_URL");
    run(ds, "DROP DATABASE IF EXISTS " + database, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    return ds;
  }

  /** Another pooled data source on the PostgreSQL server, leaving every schema as it is (a second "node"). */
  static HikariDataSource postgresPool() {
    return pool(POSTGRES_URL, "PostgreSQL", "CONSULTA_POSTGRES_URL");
  }

  /** Another pooled data source on the MariaDB server, leaving every database as it is (a second "node"). */
  static HikariDataSource mariadbPool() {
    return pool(MARIADB_URL, "MariaDB", "CONSULTA_MARIADB_URL");
  }

  /** A pooled data source on a new in-memory H2 database. */
  static HikariDataSource h2() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:consulta-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    config.setMaximumPoolSize(12);
    return new HikariDataSource(config);
  }

  private static HikariDataSource pool(String url, String name, String variable) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(12);
    config.setInitializationFailTimeout(-1);
    config.setConnectionTimeout(10_000);
    HikariDataSource ds = new HikariDataSource(config);
    try (Connection c = ds.getConnection()) {
      c.isValid(5);
    } catch (SQLException e) {
      ds.close();
      String message = name + " does not answer at " + url + " (" + e.getMessage() + "); set " + variable
          + " to a reachable database, or CONSULTA_REQUIRE_DATABASES=true to make this a failure";
      if (REQUIRED) {
        Assertions.fail(message, e);
      }
      Assumptions.abort(message);
    }
    return ds;
  }

  static void run(javax.sql.DataSource ds, String... statements) {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("setting up the test database failed: " + e.getMessage(), e);
    }
  }
}
