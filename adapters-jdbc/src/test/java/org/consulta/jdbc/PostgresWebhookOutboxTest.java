package org.consulta.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/** The webhook outbox contract on Postgres. */
@DisplayName("Webhook outbox on Postgres")
class PostgresWebhookOutboxTest extends WebhookOutboxContract {
  private static HikariDataSource dataSource;
  private static JdbcStore store;

  @BeforeAll
  static void migrate() {
    dataSource = Databases.postgres("consulta_webhooks");
    store = JdbcStore.builder(dataSource).schema("consulta_webhooks").build();
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
