package org.consulta.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.StoreException;
import org.consulta.core.value.PageRequest;
import org.consulta.testkit.MutableClock;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Table prefixes, schemas, migrations run by the embedder's own Flyway, and what happens without them. */
@DisplayName("JdbcStore migrations, prefixes and schemas")
class MigrationsTest {
  private static final String SCHEMA = "consulta_migrations";
  private static final String OTHER_SCHEMA = "consulta_migrations_b";
  private static HikariDataSource pool;

  @BeforeAll
  static void open() {
    pool = Databases.postgres(SCHEMA);
    Databases.run(pool, "DROP SCHEMA IF EXISTS " + OTHER_SCHEMA + " CASCADE", "CREATE SCHEMA " + OTHER_SCHEMA);
  }

  @AfterAll
  static void close() {
    if (pool != null) {
      pool.close();
    }
  }

  @Test
  @DisplayName("two stores with different table prefixes in one schema do not see each other's data")
  void prefixesSeparateStores() {
    JdbcStore a = JdbcStore.builder(pool).schema(SCHEMA).tablePrefix("app_a_").build();
    JdbcStore b = JdbcStore.builder(pool).schema(SCHEMA).tablePrefix("app_b_").build();
    assertSeparate(a, b);
    assertThat(tableExists(SCHEMA, "app_a_contribution")).isTrue();
    assertThat(tableExists(SCHEMA, "app_b_contribution")).isTrue();
    assertThat(tableExists(SCHEMA, "app_a_schema_history")).isTrue();
  }

  @Test
  @DisplayName("two stores in different schemas do not see each other's data, and each keeps its tables in its own schema")
  void schemasSeparateStores() {
    JdbcStore a = JdbcStore.builder(pool).schema(SCHEMA).tablePrefix("sch_").build();
    JdbcStore b = JdbcStore.builder(pool).schema(OTHER_SCHEMA).tablePrefix("sch_").build();
    assertSeparate(a, b);
    assertThat(tableExists(SCHEMA, "sch_event")).isTrue();
    assertThat(tableExists(OTHER_SCHEMA, "sch_event")).isTrue();
    assertThat(tableExists("public", "sch_event")).isFalse();
  }

  private static void assertSeparate(JdbcStore a, JdbcStore b) {
    JdbcFixtures onA = new JdbcFixtures(a);
    JdbcFixtures onB = onA.otherNode(b, 8);
    Consultation c = onA.openConsultation();
    onA.submitIdea(c, onA.register(), "only in a");
    assertThatThrownBy(() -> onB.consulta.consultations().get(onB.manager, c.id())).isInstanceOf(NotFoundException.class);
    assertThat(onB.consulta.consultations().list(onB.manager, Optional.empty(), PageRequest.first()).items()).isEmpty();
    assertThat(onB.lastPosition()).isZero();
    assertThat(onA.lastPosition()).isGreaterThan(0);
  }

  @Test
  @DisplayName("after the embedder's own Flyway run, a store built with migrate(false) works, and building again migrates nothing")
  void vendorRunFlywayThenMigrateFalse() {
    MigrateResult result = JdbcMigrations.flyway(pool, Dialect.POSTGRESQL, SCHEMA, "vendor_").migrate();
    assertThat(result.migrationsExecuted).isGreaterThan(0);
    long applied = count("SELECT COUNT(*) FROM " + SCHEMA + ".vendor_schema_history");

    JdbcStore store = JdbcStore.builder(pool).schema(SCHEMA).tablePrefix("vendor_").migrate(false).build();
    JdbcFixtures f = new JdbcFixtures(store);
    Consultation c = f.openConsultation();
    assertThat(f.submitIdea(c, f.register(), "works").body()).contains("works");

    JdbcStore.builder(pool).schema(SCHEMA).tablePrefix("vendor_").build();
    JdbcStore.builder(pool).schema(SCHEMA).tablePrefix("vendor_").build();
    assertThat(count("SELECT COUNT(*) FROM " + SCHEMA + ".vendor_schema_history")).isEqualTo(applied);
    assertThat(JdbcMigrations.flyway(pool, Dialect.POSTGRESQL, SCHEMA, "vendor_").migrate().migrationsExecuted).isZero();
    assertThat(JdbcMigrations.flyway(pool, Dialect.POSTGRESQL, SCHEMA, "vendor_").info().pending()).isEmpty();
    assertThat(f.consulta.consultations().get(f.manager, c.id())).isEqualTo(c);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  @DisplayName("with migrate(false) on an empty schema, the first command fails with a StoreException saying the tables are missing")
  void missingTablesGiveATypedError(TestDatabase db) {
    String name = "consulta_empty";
    try (HikariDataSource empty = db.open(name)) {
      JdbcStore.Builder builder = JdbcStore.builder(empty).migrate(false);
      if (db.schema(name) != null) {
        builder.schema(db.schema(name));
      }
      JdbcStore store = builder.build();
      JdbcFixtures f = new JdbcFixtures(store, org.consulta.core.access.TenantId.of("empty"), new MutableClock(JdbcFixtures.START), 7, false);
      assertThatThrownBy(() -> f.consulta.consultations().create(f.manager, f.consultationDraft().build()))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("tables are missing")
          .hasMessageContaining("migrat");
    }
  }

  @Test
  @DisplayName("a bad table prefix or schema name is refused with IllegalArgumentException naming the rule")
  void badNamesAreRefused() {
    for (String prefix : new String[] {"Consulta_", "1x", "a-b", "x; DROP TABLE t; --", "abcdefghijklmnopqrstuv"}) {
      assertThatThrownBy(() -> JdbcStore.builder(pool).tablePrefix(prefix))
          .as(prefix).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[a-z][a-z0-9_]{0,20}");
    }
    for (String schema : new String[] {"", "1schema", "my-schema", "s; DROP SCHEMA public", "\"quoted\""}) {
      assertThatThrownBy(() -> JdbcStore.builder(pool).schema(schema))
          .as(schema).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[a-zA-Z_][a-zA-Z0-9_]{0,62}");
    }
    assertThatThrownBy(() -> JdbcMigrations.flyway(pool, Dialect.POSTGRESQL, "bad schema", "consulta_"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schema name");
    assertThatThrownBy(() -> JdbcMigrations.flyway(pool, Dialect.POSTGRESQL, SCHEMA, "Bad"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("table prefix");
    assertThat(JdbcStore.builder(pool).tablePrefix("")).isNotNull();
  }

  private static boolean tableExists(String schema, String table) {
    try (Connection c = pool.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
      ps.setString(1, schema);
      ps.setString(2, table);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long count(String sql) {
    try (Connection c = pool.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
