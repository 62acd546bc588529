package org.consulta.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.consulta.core.Consulta;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.Influence;
import org.consulta.core.consultation.InfluenceLevel;
import org.consulta.core.consultation.NewConsultationBuilder;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseTransition;
import org.consulta.core.contribution.BatchMode;
import org.consulta.core.contribution.ContributionBatch;
import org.consulta.core.contribution.ContributionQuery;
import org.consulta.core.contribution.NewContribution;
import org.consulta.core.contribution.NewContributionBuilder;
import org.consulta.core.participant.NewParticipant;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.store.IdGenerator;
import org.consulta.core.value.PageRequest;
import org.consulta.core.value.SortKey;
import org.consulta.jdbc.JdbcStore;

/**
 * Bulk ingest into PostgreSQL through Consulta's bulk path ({@code submitAll}, {@code
 * ALL_OR_NOTHING}) against a raw JDBC batched insert of the same rows ({@link RawBaseline}), in
 * one run; then single-command latency and the query plans of the hot-path queries at the loaded
 * size. Progress on stderr, results on stdout.
 *
 * <p>Each round starts from fresh schemas {@code bench_consulta} (the JDBC store's Flyway
 * migrations) and {@code bench_raw} (the same DDL for the contribution and event tables), sets up
 * untimed one tenant, one OPEN consultation taking ideas and proposals on paper and online, and
 * 10,000 registered participants (registration timed separately), then loads N paper forms
 * ({@link PaperForms}) recorded by a staff member on behalf of Zipf-drawn participants: once through
 * Consulta, once raw. Round 1 runs Consulta first, round 2 raw first. Both sides use the same
 * seeded ids and virtual clock, so the rows are the same; each round checks that, column by
 * column and on the JSON text, with a join across the schemas.
 *
 * <p>After the last round: 1,000 warm-up and 5,000 measured single {@code submit}s (online, a
 * participant each), then reads (first page of 50, a page after a deep cursor, a participant's own
 * page, counts, get by id), with per-call percentiles; then {@code EXPLAIN (ANALYZE, BUFFERS)} of
 * the store's queries, written to a file. The schemas are dropped at the end unless {@code --keep}.
 *
 * <p>Run (from the repository root; arguments: JDBC URL, N, batch size, then flags {@code --rounds
 * R}, {@code --keep}, {@code --no-rewrite} (do not add {@code reWriteBatchedInserts=true}),
 * {@code --profile} (one more, unreported Consulta load through {@link StatementTimer}), {@code
 * --plans FILE}):
 *
 * <pre>{@code
 * mvn -q -DskipTests -pl benchmarks -am package
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar org.consulta.benchmarks.PostgresIngestHarness \
 *     jdbc:postgresql://127.0.0.1:5432/test?user=postgres 1000000 5000 --plans benchmarks/results/postgres-plans-1M.txt
 * }</pre>
 */
public final class PostgresIngestHarness {
  static final String SCHEMA = "bench_consulta";
  static final String TABLES = SCHEMA + ".consulta_";
  private static final TenantId TENANT = TenantId.of("bench");
  private static final int PARTICIPANTS = 10_000;
  /** The ingest clock starts this many microseconds after the setup clock, well after setup ends. */
  private static final long INGEST_START_MICROS = 60_000_000L;
  private static final long ID_SEED = 7;

  private PostgresIngestHarness() {}

  /** Options from the command line. */
  private record Options(String url, int n, int batch, int rounds, boolean keep, boolean rewrite, boolean profile, Path plans) {
    static Options parse(String[] args) {
      List<String> positional = new ArrayList<>();
      int rounds = 2;
      boolean keep = false;
      boolean rewrite = true;
      boolean profile = false;
      Path plans = Path.of("postgres-plans.txt");
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--rounds" -> rounds = Integer.parseInt(args[++i]);
          case "--keep" -> keep = true;
          case "--no-rewrite" -> rewrite = false;
          case "--profile" -> profile = true;
          case "--plans" -> plans = Path.of(args[++i]);
          default -> positional.add(args[i]);
        }
      }
      String url = positional.size() > 0 ? positional.get(0) : "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
      if (rewrite && !url.contains("reWriteBatchedInserts")) {
        url += (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
      }
      int n = positional.size() > 1 ? Integer.parseInt(positional.get(1).replace("_", "").replace(",", "")) : 1_000_000;
      int batch = positional.size() > 2 ? Integer.parseInt(positional.get(2)) : 5_000;
      return new Options(url, n, batch, rounds, keep, rewrite, profile, plans);
    }
  }

  /** What one setup made. */
  private record Setup(ConsultationId consultation, List<ParticipantId> participants, long firstPosition, double registerSeconds) {}

  /**
   * @param args see the class comment
   * @throws Exception on any failure: a benchmark stops at the first
   */
  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(o.url());
    config.setMaximumPoolSize(4);
    try (HikariDataSource ds = new HikariDataSource(config)) {
      printHeader(ds, o);
      List<String> lines = new ArrayList<>();
      Consulta last = null;
      Setup lastSetup = null;
      for (int round = 1; round <= o.rounds(); round++) {
        boolean consultaFirst = round % 2 == 1;
        freshSchemas(ds);
        JdbcStore store = JdbcStore.builder(ds).schema(SCHEMA).build();
        Setup setup = setUp(store);
        Consulta ingest = ingestEngine(store);
        RawBaseline raw = new RawBaseline(ds);
        RawBaseline.Target target = new RawBaseline.Target(TENANT, setup.consultation(), setup.firstPosition(), INGEST_START_MICROS, ID_SEED);
        PaperForms forms = new PaperForms(setup.participants(), 42);
        double consultaSeconds = 0;
        RawBaseline.Phases phases = null;
        for (int step = 0; step < 2; step++) {
          if ((step == 0) == consultaFirst) {
            consultaSeconds = loadConsulta(ingest, setup, forms, o, "round " + round + " consulta");
          } else {
            String name = "round " + round + " raw";
            phases = raw.load(target, forms, o.n(), o.batch(), stored -> progress(name, stored, o.n()));
          }
        }
        long same = sameRows(ds, o.n());
        String line = String.format("round %d (%s first): consulta %,9.0f rows/s (%.1f s) | raw %,9.0f rows/s (%.1f s) | ratio %.2f"
                + " | raw phases: build+JSON %.1f s, contribution insert %.1f s, event insert %.1f s, commit %.1f s"
                + " | raw rows-only (inserts+commit) %,.0f rows/s | identical rows %,d of %,d | registration of %,d: %.1f s",
            round, consultaFirst ? "consulta" : "raw", o.n() / consultaSeconds, consultaSeconds, o.n() / (phases.total() / 1e9),
            phases.total() / 1e9, (o.n() / consultaSeconds) / (o.n() / (phases.total() / 1e9)), phases.build / 1e9,
            phases.contributions / 1e9, phases.events / 1e9, phases.commit / 1e9,
            o.n() / ((phases.contributions + phases.events + phases.commit) / 1e9), same, 2L * o.n(), PARTICIPANTS,
            setup.registerSeconds());
        System.out.println(line);
        lines.add(line);
        last = ingest;
        lastSetup = setup;
      }
      if (o.profile()) {
        profile(ds, o);
      } else {
        Latency.measure(last, lastSetup, ds);
        explain(ds, o, lastSetup);
      }
      if (!o.keep()) {
        dropSchemas(ds);
      }
    }
  }

  private static void printHeader(DataSource ds, Options o) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version()")) {
      rs.next();
      System.out.printf("JVM: %s %s, %d processors, max heap %,d MiB%nPostgreSQL: %s%nURL: %s%nN = %,d, batch = %,d, rounds = %d%n",
          System.getProperty("java.vm.name"), System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20, rs.getString(1), o.url(), o.n(), o.batch(), o.rounds());
    }
  }

  private static void freshSchemas(DataSource ds) throws SQLException {
    dropSchemas(ds);
    new RawBaseline(ds).createTables();
  }

  private static void dropSchemas(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      s.execute("DROP SCHEMA IF EXISTS " + RawBaseline.SCHEMA + " CASCADE");
    }
  }

  /** Untimed: the consultation, open; participants registered one command each (timed on its own). */
  private static Setup setUp(JdbcStore store) throws SQLException {
    TickClock clock = new TickClock();
    Consulta consulta = Consulta.builder().store(store).clock(clock).ids(IdGenerator.seeded(clock, 1)).build();
    Actor manager = Actor.of(TENANT, "manager-1", Role.MANAGER);
    Consultation draft = consulta.consultations().create(manager, new NewConsultationBuilder()
        .title(org.consulta.core.value.LocalizedText.of("en", "Town centre plan"))
        .purpose(org.consulta.core.value.LocalizedText.of("en", "Collect ideas and proposals for the town centre"))
        .influence(Influence.of(InfluenceLevel.CONSULT))
        .addAcceptedKinds(ContributionKind.IDEA, ContributionKind.PROPOSAL)
        .addChannels(Channel.PAPER, Channel.ONLINE)
        .build());
    Consultation open = consulta.consultations().transition(manager, PhaseTransition.to(draft.id(), Phase.OPEN));
    Actor system = Actor.system(TENANT);
    List<ParticipantId> participants = new ArrayList<>(PARTICIPANTS);
    long began = System.nanoTime();
    for (int i = 0; i < PARTICIPANTS; i++) {
      participants.add(consulta.participants().register(system, NewParticipant.anonymous()).id());
    }
    double registerSeconds = (System.nanoTime() - began) / 1e9;
    return new Setup(open.id(), participants, lastPosition(store), registerSeconds);
  }

  private static long lastPosition(JdbcStore store) {
    return store.inTransaction(TENANT, uow -> uow.events().lastPosition());
  }

  /** The engine that ingests: its own virtual clock and seeded ids, mirrored by the raw baseline. */
  private static Consulta ingestEngine(JdbcStore store) {
    TickClock clock = new TickClock(INGEST_START_MICROS);
    return Consulta.builder().store(store).clock(clock).ids(IdGenerator.seeded(clock, ID_SEED)).build();
  }

  /** Submits items 0..n-1 in batches; times only the {@code submitAll} calls. */
  private static double loadConsulta(Consulta consulta, Setup setup, PaperForms forms, Options o, String name) {
    Actor importer = Actor.of(TENANT, PaperForms.IMPORTER, Role.MANAGER);
    long nanos = 0;
    for (int from = 0; from < o.n(); from += o.batch()) {
      int to = Math.min(o.n(), from + o.batch());
      List<NewContribution> items = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        items.add(new NewContributionBuilder()
            .consultation(setup.consultation())
            .kind(PaperForms.kind(i))
            .body(PaperForms.body(i))
            .language("en")
            .channel(Channel.PAPER)
            .onBehalfOf(forms.author(i))
            .build());
      }
      ContributionBatch batch = new ContributionBatch(items, BatchMode.ALL_OR_NOTHING, Optional.empty());
      long began = System.nanoTime();
      consulta.contributions().submitAll(importer, batch);
      nanos += System.nanoTime() - began;
      progress(name, to, o.n());
    }
    return nanos / 1e9;
  }

  private static void progress(String name, int stored, int n) {
    if (stored % 100_000 == 0 || stored == n) {
      System.err.printf("  %s: %,d%n", name, stored);
    }
  }

  /** Rows equal in every column (the JSON text included) in both schemas: contributions plus events. */
  private static long sameRows(DataSource ds, int n) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      long same = 0;
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + TABLES + "contribution c JOIN " + RawBaseline.SCHEMA
          + ".contribution r ON r.tenant_id = c.tenant_id AND r.id = c.id WHERE r.consultation_id = c.consultation_id"
          + " AND r.version = c.version AND r.kind = c.kind AND r.state = c.state AND r.channel = c.channel"
          + " AND r.category IS NOT DISTINCT FROM c.category AND r.author_id IS NOT DISTINCT FROM c.author_id"
          + " AND r.parent_id IS NOT DISTINCT FROM c.parent_id AND r.submitted_us = c.submitted_us AND r.doc = c.doc")) {
        rs.next();
        same += rs.getLong(1);
      }
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + TABLES + "event c JOIN " + RawBaseline.SCHEMA
          + ".event r ON r.tenant_id = c.tenant_id AND r.pos = c.pos WHERE r.id = c.id AND r.recorded_us = c.recorded_us"
          + " AND r.actor = c.actor AND r.event_type = c.event_type AND r.doc = c.doc")) {
        rs.next();
        same += rs.getLong(1);
      }
      return same;
    }
  }

  /** One more Consulta load (fresh schema) through the statement timer, printed by statement. */
  private static void profile(DataSource ds, Options o) throws SQLException {
    freshSchemas(ds);
    StatementTimer timer = new StatementTimer();
    JdbcStore store = JdbcStore.builder(timer.wrap(ds)).schema(SCHEMA).build();
    Setup setup = setUp(store);
    Consulta ingest = ingestEngine(store);
    timer.reset();
    double seconds = loadConsulta(ingest, setup, new PaperForms(setup.participants(), 42), o, "profile consulta");
    System.out.printf("profiled Consulta load (through StatementTimer): %,.0f rows/s, %.1f s%n", o.n() / seconds, seconds);
    timer.print(System.out, (long) (seconds * 1e9));
  }

  private static void explain(DataSource ds, Options o, Setup setup) throws SQLException, IOException {
    Files.createDirectories(o.plans().toAbsolutePath().getParent());
    long cursorUs;
    UUID cursorId;
    List<UUID> ids = new ArrayList<>();
    long lastPosition;
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT submitted_us, id FROM " + TABLES + "contribution ORDER BY submitted_us, id OFFSET "
          + (o.n() * 9L / 10) + " LIMIT 1")) {
        rs.next();
        cursorUs = rs.getLong(1);
        cursorId = rs.getObject(2, UUID.class);
      }
      try (ResultSet rs = s.executeQuery("SELECT id FROM " + TABLES + "contribution ORDER BY submitted_us DESC, id DESC LIMIT 500")) {
        while (rs.next()) {
          ids.add(rs.getObject(1, UUID.class));
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT last_position FROM " + TABLES + "event_head")) {
        rs.next();
        lastPosition = rs.getLong(1);
      }
    }
    QueryPlans plans = new QueryPlans(ds, TABLES);
    try (Connection c = ds.getConnection(); PrintWriter out = new PrintWriter(Files.newBufferedWriter(o.plans()))) {
      java.sql.Array authors = c.createArrayOf("uuid", setup.participants().stream().limit(1_000).map(ParticipantId::value).toArray());
      List<QueryPlans.Query> queries = plans.queries(TENANT.value(), setup.consultation().value(), setup.participants().get(0).value(),
          cursorUs, cursorId, ids.get(250), lastPosition, RawBaseline.micros(java.time.Instant.parse("2030-01-02T00:00:00Z")), ids,
          authors);
      out.printf("EXPLAIN (ANALYZE, BUFFERS) at %,d contributions (second execution of each; ANALYZE run first)%n%n", o.n());
      plans.explain(queries, out);
    }
    System.out.println("plans written to " + o.plans());
  }

  /** Single-command latency on the loaded store. */
  static final class Latency {
    private Latency() {}

    static void measure(Consulta consulta, Setup setup, DataSource ds) throws SQLException {
      Actor[] participants = setup.participants().stream().map(p -> Actor.participant(TENANT, p)).toArray(Actor[]::new);
      int[] picks = new Zipf(participants.length, 1.0).draws(1 << 16, 99);
      NewContribution idea = new NewContributionBuilder().consultation(setup.consultation()).kind(ContributionKind.IDEA)
          .body(PaperForms.body(0)).language("en").channel(Channel.ONLINE).build();
      int[] i = {0};
      report("submit (online, 1 contribution)", 1_000, 5_000,
          () -> consulta.contributions().submit(participants[picks[i[0]++ & 0xFFFF]], idea));
      Actor manager = Actor.of(TENANT, "manager-1", Role.MANAGER);
      ContributionQuery all = ContributionQuery.of(setup.consultation());
      report("list, first page of 50", 200, 2_000, () -> consulta.contributions().list(manager, all, PageRequest.first(50)));
      SortKey deep = deepKey(ds);
      report("list, page of 50 after a cursor at ~90%", 200, 2_000,
          () -> consulta.contributions().list(manager, all, PageRequest.after(deep.toCursor(), 50)));
      report("mine (top author), first page of 50", 200, 2_000,
          () -> consulta.contributions().mine(participants[0], PageRequest.first(50)));
      report("counts", 200, 2_000, () -> consulta.contributions().counts(manager, setup.consultation()));
      var some = consulta.contributions().list(manager, all, PageRequest.first(1)).items().get(0).id();
      report("get by id", 200, 2_000, () -> consulta.contributions().get(manager, some));
    }

    private static SortKey deepKey(DataSource ds) throws SQLException {
      try (Connection c = ds.getConnection(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT submitted_us, id FROM " + TABLES + "contribution ORDER BY submitted_us, id OFFSET"
              + " (SELECT count(*) * 9 / 10 FROM " + TABLES + "contribution) LIMIT 1")) {
        rs.next();
        long us = rs.getLong(1);
        return new SortKey(java.time.Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1_000L),
            rs.getObject(2, UUID.class));
      }
    }

    private static void report(String what, int warmup, int measured, Supplier<?> call) {
      for (int k = 0; k < warmup; k++) {
        call.get();
      }
      long[] nanos = new long[measured];
      for (int k = 0; k < measured; k++) {
        long began = System.nanoTime();
        call.get();
        nanos[k] = System.nanoTime() - began;
      }
      Arrays.sort(nanos);
      System.out.printf("latency %-42s n=%,d  p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %7.2f ms%n", what, measured,
          pct(nanos, 0.50), pct(nanos, 0.90), pct(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
      return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
  }
}
