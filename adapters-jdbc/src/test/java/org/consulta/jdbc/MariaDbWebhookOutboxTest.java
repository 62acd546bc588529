package org.consulta.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/** The webhook outbox contract on MariaDb. */
@DisplayName("Webhook outbox on MariaDb")
class MariaDbWebhookOutboxTest extends WebhookOutboxContract {
  private static HikariDataSource dataSource;
  private static JdbcStore store;

  @BeforeAll
  static void migrate() {
    dataSource = Databases.mariadb("consulta_webhooks");
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
