package org.consulta.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.contribution.ReactionTally;
import org.consulta.core.contribution.Visibility;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.json.ConsultaJson;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.store.IdGenerator;

/**
 * The raw JDBC baseline of {@link PostgresIngestHarness}: the same contribution rows and the same
 * event rows Consulta's bulk path writes, with plain batched INSERTs into tables of the same DDL
 * (primary keys and the three contribution indexes), one transaction per batch.
 *
 * <p>Per batch it does what any writer of those rows must do and nothing more: build each {@link
 * Contribution} record and its {@code ContributionSubmitted} event exactly as the engine does
 * (same ids from the same seeded generator and virtual clock, so the same values), write both as
 * JSON with {@link ConsultaJson}, bind, {@code executeBatch} twice, commit. It does <em>not</em>
 * do what is Consulta's own bookkeeping: reading the consultation and the authors, checking that
 * the new ids are free, upserting the running counts, locking and moving the event log head.
 * Each phase is timed, so the rows-only rate can be read off too. Single-threaded. *
 * <p>Run through {@link PostgresIngestHarness} (from the repository root):
 *
 * <pre>{@code
 * mvn -q -DskipTests -pl benchmarks -am package
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar org.consulta.benchmarks.PostgresIngestHarness
 * }</pre>
 */
final class RawBaseline {
  static final String SCHEMA = "bench_raw";

  private static final String[] DDL = {
    "CREATE TABLE " + SCHEMA + ".contribution (tenant_id VARCHAR(64) NOT NULL, id UUID NOT NULL, consultation_id UUID NOT NULL,"
        + " version BIGINT NOT NULL, kind VARCHAR(32) NOT NULL, state VARCHAR(32) NOT NULL, channel VARCHAR(16) NOT NULL,"
        + " category VARCHAR(100), author_id UUID, parent_id UUID, submitted_us BIGINT NOT NULL, doc TEXT NOT NULL,"
        + " PRIMARY KEY (tenant_id, id))",
    "CREATE INDEX contribution_order ON " + SCHEMA + ".contribution (tenant_id, consultation_id, submitted_us, id)",
    "CREATE INDEX contribution_author ON " + SCHEMA + ".contribution (tenant_id, author_id, submitted_us, id)",
    "CREATE INDEX contribution_parent ON " + SCHEMA + ".contribution (tenant_id, parent_id, submitted_us, id)",
    "CREATE TABLE " + SCHEMA + ".event (tenant_id VARCHAR(64) NOT NULL, pos BIGINT NOT NULL, id UUID NOT NULL,"
        + " recorded_us BIGINT NOT NULL, actor VARCHAR(128) NOT NULL, event_type VARCHAR(64) NOT NULL, doc TEXT NOT NULL,"
        + " PRIMARY KEY (tenant_id, pos))",
  };

  /** What the consultation side set up, which the raw rows refer to. */
  record Target(TenantId tenant, ConsultationId consultation, long firstPosition, long clockStartMicros, long idSeed) {}

  /** Nanoseconds per phase of one load. */
  static final class Phases {
    long build;
    long contributions;
    long events;
    long commit;

    long total() {
      return build + contributions + events + commit;
    }
  }

  private final DataSource dataSource;
  private final ObjectMapper json = ConsultaJson.mapper();

  RawBaseline(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Creates this baseline's tables in a fresh {@value #SCHEMA}. */
  void createTables() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      s.execute("CREATE SCHEMA " + SCHEMA);
      for (String ddl : DDL) {
        s.execute(ddl);
      }
    }
  }

  /**
   * Writes items {@code 0..n-1} of the forms in batches, one transaction each.
   *
   * @return the time spent in each phase
   */
  Phases load(Target target, PaperForms forms, int n, int batchSize, Progress progress) throws SQLException, JsonProcessingException {
    Clock clock = new TickClock(target.clockStartMicros());
    IdGenerator ids = IdGenerator.seeded(clock, target.idSeed());
    Phases phases = new Phases();
    long position = target.firstPosition();
    try (Connection c = dataSource.getConnection();
        PreparedStatement rows = c.prepareStatement("INSERT INTO " + SCHEMA + ".contribution (tenant_id, id, consultation_id, version,"
            + " kind, state, channel, category, author_id, parent_id, submitted_us, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement events = c.prepareStatement("INSERT INTO " + SCHEMA + ".event (tenant_id, pos, id, recorded_us, actor,"
            + " event_type, doc) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      c.setAutoCommit(false);
      for (int from = 0; from < n; from += batchSize) {
        int to = Math.min(n, from + batchSize);
        long t0 = System.nanoTime();
        // the engine's order: one instant per command, the contributions' ids, then the events' ids
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Contribution> batch = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
          Contribution row = contribution(new ContributionId(ids.next()), target, forms.author(i), i, now);
          batch.add(row);
          bind(rows, row);
          rows.addBatch();
        }
        for (Contribution row : batch) {
          ConsultaEvent event = new ConsultaEvent.ContributionSubmitted(row.id(), row.consultation(), row.kind(), row.channel(),
              row.author(), row.recordedBy(), row.parent(), row.visibility(), row.state());
          events.setString(1, target.tenant().value());
          events.setLong(2, ++position);
          events.setObject(3, ids.next());
          events.setLong(4, micros(now));
          events.setString(5, PaperForms.IMPORTER);
          events.setString(6, event.type());
          events.setString(7, json.writeValueAsString(event));
          events.addBatch();
        }
        long t1 = System.nanoTime();
        rows.executeBatch();
        long t2 = System.nanoTime();
        events.executeBatch();
        long t3 = System.nanoTime();
        c.commit();
        long t4 = System.nanoTime();
        phases.build += t1 - t0;
        phases.contributions += t2 - t1;
        phases.events += t3 - t2;
        phases.commit += t4 - t3;
        progress.done(to);
      }
    }
    return phases;
  }

  /** The record {@code Submissions.prepare} builds for such a paper form. */
  private static Contribution contribution(ContributionId id, Target target, ParticipantId author, int i, Instant now) {
    return new Contribution(id, target.tenant(), target.consultation(), 1, PaperForms.kind(i), Optional.of(author),
        Optional.of(PaperForms.body(i)), Map.of(), "en", Channel.PAPER, Optional.of(PaperForms.IMPORTER), Visibility.PUBLIC, Set.of(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ContributionState.PUBLISHED, false,
        ReactionTally.none(), 0, java.util.List.of(), Optional.empty(), 0, now, now);
  }

  /** Binds like the JDBC store's contribution insert. */
  private void bind(PreparedStatement ps, Contribution c) throws SQLException, JsonProcessingException {
    ps.setString(1, c.tenant().value());
    ps.setObject(2, c.id().value());
    ps.setObject(3, c.consultation().value());
    ps.setLong(4, c.version());
    ps.setString(5, c.kind().name());
    ps.setString(6, c.state().name());
    ps.setString(7, c.channel().name());
    ps.setString(8, c.category().orElse(null));
    ps.setObject(9, c.author().orElseThrow().value());
    ps.setNull(10, Types.OTHER);
    ps.setLong(11, micros(c.submittedAt()));
    ps.setString(12, json.writeValueAsString(c));
  }

  static long micros(Instant at) {
    return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
  }

  /** Told after each committed batch how many items are stored. */
  @FunctionalInterface
  interface Progress {
    void done(int stored);
  }
}
