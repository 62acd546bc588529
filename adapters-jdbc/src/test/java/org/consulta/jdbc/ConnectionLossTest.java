package org.consulta.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.contribution.BatchMode;
import org.consulta.core.contribution.BatchResult;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionBatch;
import org.consulta.core.contribution.ContributionCounts;
import org.consulta.core.contribution.ContributionRepository;
import org.consulta.core.contribution.ForwardingContributionRepository;
import org.consulta.core.contribution.NewContribution;
import org.consulta.core.error.StoreException;
import org.consulta.core.participant.Participant;
import org.consulta.core.store.ForwardingUnitOfWork;
import org.consulta.core.store.UnitOfWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A command whose database connection is killed in the middle of its transaction (PostgreSQL's
 * {@code pg_terminate_backend} from an admin connection) fails with a typed {@link StoreException}
 * and leaves nothing behind; the next command, on a fresh connection, works and continues the log
 * without a gap. The kill is deterministic: a decorating store terminates the command's own backend
 * right after the contributions are written, and waits until the server reports it gone.
 */
@DisplayName("A connection lost mid-transaction on PostgreSQL")
class ConnectionLossTest {
  private static final String SCHEMA = "consulta_connloss";
  private static final ThreadLocal<Integer> BACKEND = new ThreadLocal<>();
  private static HikariDataSource pool;
  private static JdbcStore jdbc;

  private final AtomicBoolean killAfterInsert = new AtomicBoolean();
  private int killed;

  @BeforeAll
  static void open() {
    pool = Databases.postgres(SCHEMA);
    jdbc = JdbcStore.builder(new PidRecordingDataSource(pool)).schema(SCHEMA).build();
  }

  @AfterAll
  static void close() {
    if (pool != null) {
      pool.close();
    }
  }

  @Test
  @DisplayName("a submit whose backend is terminated fails with StoreException, keeps nothing, and the next submit continues the log")
  void submitKilledMidTransactionKeepsNothing() {
    JdbcFixtures f = new JdbcFixtures(ForwardingUnitOfWork.decorate(jdbc, KillingUnitOfWork::new));
    Consultation c = f.openConsultation();
    Participant p = f.register();
    Contribution first = f.submitIdea(c, p, "before the failure");
    Snapshot before = snapshot(f);

    killAfterInsert.set(true);
    assertThatThrownBy(() -> f.submitIdea(c, p, "lost with its connection"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("database connection failed")
        .hasMessageContaining("nothing of it was kept")
        .hasCauseInstanceOf(SQLException.class);
    killAfterInsert.set(false);
    assertThat(killed).isEqualTo(1);

    assertThat(snapshot(f)).isEqualTo(before);
    assertThat(f.consulta.contributions().get(f.visitor, first.id())).isEqualTo(first);

    Contribution next = f.submitIdea(c, p, "after the failure");
    assertThat(f.consulta.events().read(f.system, before.lastPosition(), 10))
        .singleElement().satisfies(e -> assertThat(e.position()).isEqualTo(before.lastPosition() + 1));
    assertThat(f.consulta.contributions().counts(f.visitor, c.id()).total()).isEqualTo(before.counts().total() + 1);
    assertThat(rows(f, "contribution")).isEqualTo(before.contributionRows() + 1);
    assertThat(next.body()).contains("after the failure");
  }

  @Test
  @DisplayName("a bulk batch of 500 whose backend is terminated after the insert keeps no item, and the next batch numbers on without a gap")
  void bulkBatchKilledMidTransactionKeepsNoItem() {
    JdbcFixtures f = new JdbcFixtures(ForwardingUnitOfWork.decorate(jdbc, KillingUnitOfWork::new));
    Consultation c = f.openConsultation();
    Participant p = f.register();
    f.submitIdea(c, p, "before the failure");
    Snapshot before = snapshot(f);

    killAfterInsert.set(true);
    assertThatThrownBy(() -> f.consulta.contributions().submitAll(f.moderator, ContributionBatch.of(paperIdeas(f, c, p, 500), BatchMode.ALL_OR_NOTHING)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("database connection failed");
    killAfterInsert.set(false);
    assertThat(killed).isEqualTo(1);
    assertThat(snapshot(f)).isEqualTo(before);

    BatchResult result = f.consulta.contributions().submitAll(f.moderator, ContributionBatch.of(paperIdeas(f, c, p, 500), BatchMode.ALL_OR_NOTHING));
    assertThat(result.accepted()).isEqualTo(500);
    List<Long> positions = f.allEvents().stream().map(e -> e.position()).filter(pos -> pos > before.lastPosition()).toList();
    assertThat(positions).hasSize(500).first().isEqualTo(before.lastPosition() + 1);
    assertThat(positions.get(499)).isEqualTo(before.lastPosition() + 500);
    assertThat(rows(f, "contribution")).isEqualTo(before.contributionRows() + 500);
  }

  @Test
  @DisplayName("building a store on an unreachable database fails with StoreException naming the failure")
  void unreachableDatabaseFailsBuildWithStoreException() throws IOException {
    try (HikariDataSource down = unreachablePool()) {
      assertThatThrownBy(() -> JdbcStore.builder(down).build())
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("detecting the database dialect");
      assertThatThrownBy(() -> JdbcStore.builder(down).dialect(Dialect.POSTGRESQL).build())
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("migrating Consulta's tables failed");
    }
  }

  @Test
  @DisplayName("a command on an unreachable database fails with StoreException naming the failure")
  void unreachableDatabaseFailsCommandWithStoreException() throws IOException {
    try (HikariDataSource down = unreachablePool()) {
      JdbcStore store = JdbcStore.builder(down).dialect(Dialect.POSTGRESQL).migrate(false).build();
      org.consulta.core.Consulta consulta = org.consulta.core.Consulta.builder().store(store).build();
      TenantId tenant = TenantId.of("down");
      assertThatThrownBy(() -> consulta.participants().register(org.consulta.core.access.Actor.anonymous(tenant),
          new org.consulta.core.participant.NewParticipantBuilder().build()))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("database connection failed while opening a connection");
    }
  }

  private static HikariDataSource unreachablePool() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort(); // closed again below: nothing listens there
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/test?user=postgres&connectTimeout=2");
    config.setInitializationFailTimeout(-1);
    config.setConnectionTimeout(1_000);
    config.setMaximumPoolSize(1);
    return new HikariDataSource(config);
  }

  private static List<NewContribution> paperIdeas(JdbcFixtures f, Consultation c, Participant p, int n) {
    List<NewContribution> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      items.add(f.idea(c, "paper idea " + i).channel(Channel.PAPER).onBehalfOf(p.id()).build());
    }
    return items;
  }

  /** What a failed command must not change, read through the engine and straight from the tables. */
  private record Snapshot(long lastPosition, ContributionCounts counts, long contributionRows, long eventRows, long headPosition) {}

  private Snapshot snapshot(JdbcFixtures f) {
    Consultation c = f.consulta.consultations().list(f.manager, Optional.empty(), org.consulta.core.value.PageRequest.first()).items().get(0);
    return new Snapshot(f.lastPosition(), f.consulta.contributions().counts(f.visitor, c.id()), rows(f, "contribution"), rows(f, "event"),
        single(f, "SELECT last_position FROM " + SCHEMA + ".consulta_event_head WHERE tenant_id = ?"));
  }

  private static long rows(JdbcFixtures f, String table) {
    return single(f, "SELECT COUNT(*) FROM " + SCHEMA + ".consulta_" + table + " WHERE tenant_id = ?");
  }

  private static long single(JdbcFixtures f, String sql) {
    try (Connection c = admin(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, f.tenant.value());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Connection admin() throws SQLException {
    return DriverManager.getConnection(Databases.POSTGRES_URL);
  }

  /** Terminates the backend serving the current thread's transaction and waits until the server has let it go. */
  private void terminateOwnBackend() {
    int pid = BACKEND.get();
    try (Connection c = admin()) {
      try (PreparedStatement ps = c.prepareStatement("SELECT pg_terminate_backend(?)")) {
        ps.setInt(1, pid);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          assertThat(rs.getBoolean(1)).as("backend %d terminated", pid).isTrue();
        }
      }
      // pg_terminate_backend only signals; wait (bounded) until the backend is gone so the command's next statement surely fails
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ?")) {
        ps.setInt(1, pid);
        while (true) {
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getLong(1) == 0) {
              break;
            }
          }
          assertThat(System.nanoTime()).as("backend %d still alive", pid).isLessThan(deadline);
          Thread.onSpinWait();
        }
      }
      killed++;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Hands out the pool's connections, remembering per thread which PostgreSQL backend serves the last one. */
  private static final class PidRecordingDataSource implements DataSource {
    private final DataSource delegate;

    PidRecordingDataSource(DataSource delegate) {
      this.delegate = delegate;
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection c = delegate.getConnection();
      try (PreparedStatement ps = c.prepareStatement("SELECT pg_backend_pid()"); ResultSet rs = ps.executeQuery()) {
        rs.next();
        BACKEND.set(rs.getInt(1));
      }
      return c;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
      return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
      delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
      delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
      return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      return delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
      return delegate.isWrapperFor(iface);
    }
  }


  private final class KillingUnitOfWork extends ForwardingUnitOfWork {
    private final UnitOfWork uow;

    KillingUnitOfWork(UnitOfWork uow) {
      this.uow = uow;
    }

    @Override
    protected UnitOfWork delegate() {
      return uow;
    }

    @Override
    public ContributionRepository contributions() {
      ContributionRepository real = uow.contributions();
      return new ForwardingContributionRepository() {
        @Override
        protected ContributionRepository delegate() {
          return real;
        }

        @Override
        public void insert(Contribution contribution) {
          real.insert(contribution);
          killIfArmed();
        }

        @Override
        public void insertAll(List<Contribution> contributions) {
          real.insertAll(contributions);
          killIfArmed();
        }
      };
    }

    private void killIfArmed() {
      if (killAfterInsert.get()) {
        terminateOwnBackend();
      }
    }
  }
}
