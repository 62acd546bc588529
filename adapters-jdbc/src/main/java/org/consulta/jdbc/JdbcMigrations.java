package org.consulta.jdbc;

import java.util.Map;
import javax.sql.DataSource;
import org.consulta.core.error.StoreException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consulta's schema migrations, shipped in this jar and run with Flyway. {@link JdbcStore.Builder#build()}
 * runs them by default; a deployment with its own pipeline calls {@link #flyway} (or configures
 * its own Flyway with {@link Dialect#migrationLocation()}, placeholders {@code prefix} and {@code
 * qualifier}, history table {@code <prefix>schema_history}, and {@code baselineOnMigrate(true)} with
 * {@code baselineVersion("0")} when the schema holds other tables) and builds the store with {@code
 * migrate(false)}.
 *
 * <p>Migrations are never edited once released; every change is a new versioned file.
 */
public final class JdbcMigrations {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcMigrations.class);

  private JdbcMigrations() {}

  /**
   * The Flyway instance Consulta would run, for inspection ({@code info()}, {@code validate()})
   * or to run from your own code.
   *
   * @param dataSource the database
   * @param dialect its dialect
   * @param schema the schema holding the tables, or null for the connection's default
   * @param tablePrefix the table prefix
   * @return a configured Flyway
   */
  public static Flyway flyway(DataSource dataSource, Dialect dialect, String schema, String tablePrefix) {
    Tables tables = new Tables(schema, tablePrefix);
    var config = Flyway.configure(JdbcMigrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(dialect.migrationLocation())
        .placeholders(Map.of("prefix", tables.prefix, "qualifier", tables.qualifier))
        .table(tablePrefix + "schema_history")
        // Consulta's tables may share a schema with the application's own tables or with another
        // prefix's: Flyway refuses a non-empty schema without this prefix's history table unless it
        // may baseline. Baselining at 0 (below every Consulta migration) records a marker and then
        // applies V1 onwards, so nothing is skipped.
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .cleanDisabled(true);
    if (schema != null) {
      config = config.schemas(schema).defaultSchema(schema);
    }
    return config.load();
  }

  /**
   * Brings Consulta's tables up to date.
   *
   * @param dataSource the database
   * @param dialect its dialect
   * @param schema the schema holding the tables, or null for the connection's default
   * @param tablePrefix the table prefix
   * @throws StoreException if a migration fails
   */
  public static void migrate(DataSource dataSource, Dialect dialect, String schema, String tablePrefix) {
    try {
      MigrateResult result = flyway(dataSource, dialect, schema, tablePrefix).migrate();
      if (result.migrationsExecuted > 0) {
        LOG.info("applied {} Consulta migration(s) on {}, now at version {}", result.migrationsExecuted, dialect, result.targetSchemaVersion);
      }
    } catch (FlywayException e) {
      throw new StoreException("migrating Consulta's tables failed on " + dialect + ": " + e.getMessage(), e);
    }
  }
}
