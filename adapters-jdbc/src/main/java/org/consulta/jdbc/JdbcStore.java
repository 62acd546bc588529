package org.consulta.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.consulta.core.access.TenantId;
import org.consulta.core.error.ConsultaException;
import org.consulta.core.error.StoreException;
import org.consulta.core.store.Store;
import org.consulta.core.store.UnitOfWork;
import org.consulta.core.relay.ClaimedDelivery;
import org.consulta.core.webhook.Delivery;
import org.consulta.core.relay.WebhookOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consulta's store on a relational database the embedder supplies as a {@link DataSource}:
 * PostgreSQL, MariaDB/MySQL or H2. One database transaction per command (READ COMMITTED), the
 * command's state and its events committed together; optimistic version checks on every
 * aggregate, so several application nodes may share one database.
 *
 * <p>It is also the webhook {@link WebhookOutbox}: deliveries are rows written with their events,
 * claimed across tenants with {@code SELECT ... FOR UPDATE SKIP LOCKED} and a lease, so each is
 * claimed by one node at a time however many nodes relay.
 *
 * <p>Thread-safe; build one per database and share it. It holds no connection of its own: each
 * transaction borrows one from the data source (use a pool such as HikariCP) and returns it.
 *
 * <pre>{@code
 * JdbcStore store = JdbcStore.builder(dataSource)   // dialect detected from the connection
 *     .tablePrefix("consulta_")                    // the default
 *     .build();                                    // runs the migrations unless migrate(false)
 * Consulta consulta = Consulta.builder().store(store).build();
 * }</pre>
 */
public final class JdbcStore implements Store, WebhookOutbox {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);

  private final DataSource dataSource;
  private final Dialect dialect;
  private final Tables tables;
  private final Docs docs = new Docs();
  private final JdbcOutbox outbox;

  private JdbcStore(Builder b, Dialect dialect) {
    this.dataSource = b.dataSource;
    this.dialect = dialect;
    this.tables = new Tables(b.schema, b.tablePrefix);
    this.outbox = new JdbcOutbox(dialect, tables, docs);
  }

  /**
   * @param dataSource where the tables live; Consulta borrows a connection per transaction
   * @return a builder
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(requireNonNull(dataSource, "dataSource"));
  }

  /** @return the dialect in use */
  public Dialect dialect() {
    return dialect;
  }

  @Override
  public <T> T inTransaction(TenantId tenant, Function<UnitOfWork, T> work) {
    requireNonNull(tenant, "tenant");
    requireNonNull(work, "work");
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw Sql.translate("opening a connection", e);
    }
    try {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      JdbcUnitOfWork uow = new JdbcUnitOfWork(connection, dialect, tables, docs, tenant);
      T result = work.apply(uow);
      uow.end();
      connection.commit();
      return result;
    } catch (SQLException e) {
      rollback(connection);
      throw Sql.translate("running a transaction of tenant " + tenant, e);
    } catch (RuntimeException | Error e) {
      rollback(connection);
      throw e;
    } finally {
      close(connection);
    }
  }

  @Override
  public List<ClaimedDelivery> claim(String node, Instant now, Instant leaseUntil, int limit) {
    requireNonNull(node, "node");
    return withConnection("claiming webhook deliveries", c -> outbox.claim(c, node, now, leaseUntil, limit));
  }

  @Override
  public boolean settle(ClaimedDelivery claim, Delivery outcome) {
    requireNonNull(claim, "claim");
    return withConnection("settling delivery " + outcome.id(), c -> outbox.settle(c, claim, outcome));
  }

  /** Work on a connection outside any tenant: one transaction, committed unless it throws. */
  private interface ConnectionWork<T> {
    T run(Connection connection) throws SQLException;
  }

  private <T> T withConnection(String what, ConnectionWork<T> work) {
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw Sql.translate("opening a connection", e);
    }
    try {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException e) {
      rollback(connection);
      throw Sql.translate(what, e);
    } catch (RuntimeException | Error e) {
      rollback(connection);
      throw e;
    } finally {
      close(connection);
    }
  }

  private static void rollback(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // the transaction is lost either way (typically the connection died); the first error is the one to report
      LOG.debug("rollback failed after an error", e);
    }
  }

  private static void close(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.debug("closing a connection failed", e);
    }
  }

  @Override
  public String describe() {
    return "jdbc/" + dialect.name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Configures a {@link JdbcStore}. Each option may be set once. Not thread-safe.
   */
  public static final class Builder {
    private final DataSource dataSource;
    private Dialect dialect;
    private String tablePrefix = "consulta_";
    private boolean prefixSet;
    private String schema;
    private Boolean migrate;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    private static void requireUnset(boolean set, String option, Object current) {
      if (set) {
        throw new IllegalStateException(option + " was already set to " + current);
      }
    }

    /**
     * @param dialect the database's dialect (default: detected from a connection's metadata)
     * @return this
     */
    public Builder dialect(Dialect dialect) {
      requireUnset(this.dialect != null, "dialect", this.dialect);
      this.dialect = requireNonNull(dialect, "dialect");
      return this;
    }

    /**
     * @param prefix prepended to every table name, {@code [a-z][a-z0-9_]{0,20}} or empty (default {@code consulta_})
     * @return this
     */
    public Builder tablePrefix(String prefix) {
      requireUnset(prefixSet, "tablePrefix", tablePrefix);
      new Tables(null, requireNonNull(prefix, "prefix"));
      this.tablePrefix = prefix;
      this.prefixSet = true;
      return this;
    }

    /**
     * @param schema the schema (PostgreSQL, H2) or database (MariaDB) holding the tables (default: the connection's own)
     * @return this
     */
    public Builder schema(String schema) {
      requireUnset(this.schema != null, "schema", this.schema);
      new Tables(requireNonNull(schema, "schema"), "");
      this.schema = schema;
      return this;
    }

    /**
     * @param migrate whether {@link #build()} brings the tables up to date with Flyway (default
     *     true); pass false when your own Flyway or Liquibase pipeline runs Consulta's migrations
     * @return this
     */
    public Builder migrate(boolean migrate) {
      requireUnset(this.migrate != null, "migrate", this.migrate);
      this.migrate = migrate;
      return this;
    }

    /**
     * @return the store, with its tables migrated unless {@code migrate(false)}
     * @throws StoreException if the database cannot be reached or migrated
     */
    public JdbcStore build() {
      Dialect chosen = dialect != null ? dialect : detect();
      if (migrate == null || migrate) {
        JdbcMigrations.migrate(dataSource, chosen, schema, tablePrefix);
      }
      return new JdbcStore(this, chosen);
    }

    private Dialect detect() {
      try (Connection c = dataSource.getConnection()) {
        return Dialect.of(c);
      } catch (SQLException e) {
        ConsultaException error = Sql.translate("detecting the database dialect", e);
        throw error;
      }
    }
  }
}
