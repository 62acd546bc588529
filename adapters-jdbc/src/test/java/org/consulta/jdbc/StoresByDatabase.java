package org.consulta.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.util.EnumMap;
import java.util.Map;

/** One migrated store (and its pool) per database for a test class, on a schema of the class's own. */
final class StoresByDatabase {
  private final String name;
  private final Map<TestDatabase, HikariDataSource> pools = new EnumMap<>(TestDatabase.class);
  private final Map<TestDatabase, JdbcStore> stores = new EnumMap<>(TestDatabase.class);

  /** @param name the schema (PostgreSQL, H2 database name) or database (MariaDB) the class uses */
  StoresByDatabase(String name) {
    this.name = name;
  }

  synchronized JdbcStore store(TestDatabase db) {
    return stores.computeIfAbsent(db, d -> {
      HikariDataSource pool = d.open(name);
      pools.put(d, pool);
      return d.store(pool, name);
    });
  }

  /** The pool behind {@link #store}, opened by it. */
  synchronized HikariDataSource pool(TestDatabase db) {
    store(db);
    return pools.get(db);
  }

  synchronized void close() {
    pools.values().forEach(HikariDataSource::close);
    pools.clear();
    stores.clear();
  }
}
