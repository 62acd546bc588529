package org.consulta.jdbc;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The three databases a parameterized test runs on. Each opens a fresh schema (PostgreSQL),
 * database (MariaDB) or in-memory database (H2) named for the test class, so classes never collide.
 */
enum TestDatabase {
  H2 {
    @Override
    HikariDataSource open(String name) {
      return Databases.h2();
    }

    @Override
    HikariDataSource reopen(String name) {
      throw new UnsupportedOperationException("an in-memory H2 database has no second node");
    }

    @Override
    String schema(String name) {
      return null;
    }
  },
  POSTGRESQL {
    @Override
    HikariDataSource open(String name) {
      return Databases.postgres(name);
    }

    @Override
    HikariDataSource reopen(String name) {
      return Databases.postgresPool();
    }
  },
  MARIADB {
    @Override
    HikariDataSource open(String name) {
      return Databases.mariadb(name);
    }

    @Override
    HikariDataSource reopen(String name) {
      return Databases.mariadbPool();
    }
  };

  /** A pooled data source on a fresh schema or database of that name (skips the test when the server is down). */
  abstract HikariDataSource open(String name);

  /** Another pool on the schema {@link #open} made, without recreating it: a second application node. */
  abstract HikariDataSource reopen(String name);

  /** The schema to give {@link JdbcStore.Builder#schema}, or null for the connection's own. */
  String schema(String name) {
    return name;
  }

  /** A migrated store on {@code ds}. */
  JdbcStore store(HikariDataSource ds, String name) {
    JdbcStore.Builder builder = JdbcStore.builder(ds);
    String schema = schema(name);
    if (schema != null) {
      builder.schema(schema);
    }
    return builder.build();
  }
}
