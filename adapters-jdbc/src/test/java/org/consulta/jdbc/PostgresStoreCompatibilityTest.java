package org.consulta.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.consulta.core.access.TenantId;
import org.consulta.core.store.Store;
import org.consulta.testkit.StoreCompatibilityKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/** The store contract kit, unchanged, on PostgreSQL. */
@DisplayName("JdbcStore on PostgreSQL")
class PostgresStoreCompatibilityTest extends StoreCompatibilityKit {
  private static HikariDataSource dataSource;
  private static JdbcStore store;
  private final String suffix = JdbcKitSupport.uniqueSuffix();

  @BeforeAll
  static void migrate() {
    dataSource = Databases.postgres("consulta_kit");
    store = JdbcStore.builder(dataSource).schema("consulta_kit").build();
  }

  @AfterAll
  static void close() {
    if (dataSource != null) {
      dataSource.close();
    }
  }

  @Override
  protected Store store() {
    return store;
  }

  @Override
  protected TenantId tenantA() {
    return JdbcKitSupport.tenant("a", suffix);
  }

  @Override
  protected TenantId tenantB() {
    return JdbcKitSupport.tenant("b", suffix);
  }
}
