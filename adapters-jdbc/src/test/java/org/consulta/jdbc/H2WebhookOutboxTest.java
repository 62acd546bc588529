package org.consulta.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/** The webhook outbox contract on H2. */
@DisplayName("Webhook outbox on H2")
class H2WebhookOutboxTest extends WebhookOutboxContract {
  private static HikariDataSource dataSource;
  private static JdbcStore store;

  @BeforeAll
  static void migrate() {
    dataSource = Databases.h2();
    store = JdbcStore.builder(dataSource).build();
  }

  @AfterAll
  static void close() {
    if (dataSource != null) {
      dataSource.close();
    }
  }

  @Override
  protected JdbcStore store() {
    return store;
  }
}
