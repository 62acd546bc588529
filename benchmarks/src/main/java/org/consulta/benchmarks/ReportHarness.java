package org.consulta.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.consulta.core.Consulta;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.Influence;
import org.consulta.core.consultation.InfluenceLevel;
import org.consulta.core.consultation.NewConsultationBuilder;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseTransition;
import org.consulta.core.contribution.BatchMode;
import org.consulta.core.contribution.BatchResult;
import org.consulta.core.contribution.ContributionBatch;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.NewContribution;
import org.consulta.core.contribution.NewContributionBuilder;
import org.consulta.core.contribution.Visibility;
import org.consulta.core.outcome.Decision;
import org.consulta.core.outcome.InfluenceEffect;
import org.consulta.core.outcome.NewDecisionBuilder;
import org.consulta.core.outcome.NewResponse;
import org.consulta.core.outcome.NewResultBuilder;
import org.consulta.core.outcome.NewTheme;
import org.consulta.core.outcome.OutcomeReport;
import org.consulta.core.outcome.OutcomeService;
import org.consulta.core.outcome.ResponseStatus;
import org.consulta.core.outcome.Result;
import org.consulta.core.outcome.ResultStatus;
import org.consulta.core.outcome.Theme;
import org.consulta.core.outcome.ThemeMembers;
import org.consulta.core.participant.ConsentKind;
import org.consulta.core.participant.DemographicDimension;
import org.consulta.core.participant.DemographicSchema;
import org.consulta.core.participant.NewParticipantBuilder;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.store.IdGenerator;
import org.consulta.core.store.Store;
import org.consulta.core.store.memory.InMemoryStore;
import org.consulta.core.value.LocalizedText;
import org.consulta.jdbc.JdbcStore;

/**
 * Builds the "you said, we did" report ({@code OutcomeService#report}) of one consultation with N
 * contributions in T themes (each contribution in one theme, round robin), D decisions, on the
 * in-memory store or on PostgreSQL, and times it. Setup (untimed, progress on stderr): 10,000
 * participants with declared district and age band; N paper contributions through {@code
 * submitAll} (every 20th private, every 50th confidential); T themes filled through {@code
 * addToTheme} in commands of 1,000; a response to every theme and to every 100th contribution;
 * D decisions each linking 10 themes and 20 contributions; D results with 3 sub-results each.
 * On a database every table is then analyzed (what autovacuum does after a bulk load).
 * Then one warm-up report and R timed reports; prints each time, the median, and the heap in use
 * after a collection before and after the reports. On a database the schema {@code bench_report}
 * is dropped before and after the run; {@code -Dreport.keep=true} keeps it afterwards for {@code
 * EXPLAIN ANALYZE} by hand.
 *
 * <pre>{@code
 * mvn -q -DskipTests -pl benchmarks -am package
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar org.consulta.benchmarks.ReportHarness memory 1000000 500 50
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar org.consulta.benchmarks.ReportHarness \
 *     jdbc:postgresql://127.0.0.1:5432/test?user=postgres 1000000 500 50
 * }</pre>
 */
public final class ReportHarness {
  private static final TenantId TENANT = TenantId.of("bench");
  private static final String SCHEMA = "bench_report";
  private static final int PARTICIPANTS = 10_000;
  private static final int BATCH = 5_000;
  private static final int RUNS = 5;
  private static final String[] DISTRICTS = {"d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9", "d10"};
  private static final String[] AGES = {"under_18", "18_29", "30_44", "45_64", "65_plus"};

  private ReportHarness() {}

  /**
   * @param args {@code memory} or a JDBC URL, then N, themes, decisions
   * @throws Exception on any failure
   */
  public static void main(String[] args) throws Exception {
    String target = args.length > 0 ? args[0] : "memory";
    int n = args.length > 1 ? Integer.parseInt(args[1].replace("_", "").replace(",", "")) : 1_000_000;
    int themes = args.length > 2 ? Integer.parseInt(args[2]) : 500;
    int decisions = args.length > 3 ? Integer.parseInt(args[3]) : 50;
    System.out.printf("JVM: %s %s, %d processors, max heap %,d MiB; store %s; N = %,d, themes %d, decisions %d%n",
        System.getProperty("java.vm.name"), System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, target, n, themes, decisions);
    if (target.equals("memory")) {
      run(new InMemoryStore(), n, themes, decisions, () -> {});
      return;
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(target.contains("reWriteBatchedInserts") ? target : target + (target.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true");
    config.setMaximumPoolSize(4);
    try (HikariDataSource ds = new HikariDataSource(config)) {
      dropSchema(ds);
      try {
        run(JdbcStore.builder(ds).schema(SCHEMA).build(), n, themes, decisions, () -> analyze(ds));
      } finally {
        if (!Boolean.getBoolean("report.keep")) {
          dropSchema(ds);
        }
      }
    }
  }

  /**
   * Refreshes the planner statistics of every table in the schema, as autovacuum does on its own
   * a little after a bulk load on a production server (it is off on some test machines, this one
   * included); without them PostgreSQL plans the aggregates for empty tables and nests loops over
   * a million rows.
   */
  private static void analyze(HikariDataSource ds) {
    long t0 = System.nanoTime();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (var rs = c.getMetaData().getTables(null, SCHEMA, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
      for (String table : tables) {
        s.execute("ANALYZE " + SCHEMA + "." + table);
      }
      System.err.printf("analyzed %d tables in %.1f s%n", tables.size(), (System.nanoTime() - t0) / 1e9);
    } catch (SQLException e) {
      throw new IllegalStateException("could not analyze schema " + SCHEMA, e);
    }
  }

  private static void dropSchema(HikariDataSource ds) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
  }

  private static void run(Store store, int n, int themeCount, int decisionCount, Runnable afterLoad) {
    TickClock clock = new TickClock();
    Consulta consulta = Consulta.builder().store(store).clock(clock).ids(IdGenerator.seeded(clock, 3)).build();
    Actor admin = Actor.of(TENANT, "admin-1", Role.ADMIN);
    Actor manager = Actor.of(TENANT, "manager-1", Role.MANAGER);
    Actor responder = Actor.of(TENANT, "responder-1", Role.RESPONDER);
    long began = System.nanoTime();
    consulta.participants().defineDemographicSchema(admin, new DemographicSchema(List.of(
        new DemographicDimension("district", LocalizedText.of("en", "District"), Arrays.asList(DISTRICTS), false),
        new DemographicDimension("age_band", LocalizedText.of("en", "Age"), Arrays.asList(AGES), true))));
    Consultation draft = consulta.consultations().create(manager, new NewConsultationBuilder()
        .title(LocalizedText.of("en", "Town centre plan")).purpose(LocalizedText.of("en", "Ideas for the town centre"))
        .influence(Influence.of(InfluenceLevel.CONSULT)).addAcceptedKinds(ContributionKind.IDEA).addChannels(Channel.PAPER, Channel.ONLINE).build());
    Consultation c = consulta.consultations().transition(manager, PhaseTransition.to(draft.id(), Phase.OPEN));
    List<ParticipantId> people = new ArrayList<>(PARTICIPANTS);
    for (int i = 0; i < PARTICIPANTS; i++) {
      NewParticipantBuilder p = new NewParticipantBuilder().putDemographics("district", DISTRICTS[i % DISTRICTS.length]);
      if (i % 7 != 0) {
        p.putDemographics("age_band", AGES[i % AGES.length]);
      }
      if (i % 2 == 0) {
        p.addConsents(ConsentKind.OUTCOME_CONTACT);
      }
      people.add(consulta.participants().register(Actor.system(TENANT), p.build()).id());
    }
    List<ContributionId> ids = new ArrayList<>(n);
    for (int from = 0; from < n; from += BATCH) {
      List<NewContribution> items = new ArrayList<>();
      for (int i = from; i < Math.min(n, from + BATCH); i++) {
        NewContributionBuilder b = new NewContributionBuilder().consultation(c.id()).kind(ContributionKind.IDEA).body(PaperForms.body(i))
            .language("en").channel(Channel.PAPER).onBehalfOf(people.get(i % PARTICIPANTS));
        if (i % 50 == 0) {
          b.visibility(Visibility.CONFIDENTIAL).addConfidentialTo(Role.RESPONDER);
        } else if (i % 20 == 0) {
          b.visibility(Visibility.PRIVATE);
        }
        items.add(b.build());
      }
      BatchResult r = consulta.contributions().submitAll(manager, new ContributionBatch(items, BatchMode.ALL_OR_NOTHING, Optional.empty()));
      r.items().forEach(item -> ids.add(item.contribution().orElseThrow()));
      progress("contributions", ids.size(), n);
    }
    OutcomeService outcomes = consulta.outcomes();
    List<Theme> themes = new ArrayList<>();
    for (int t = 0; t < themeCount; t++) {
      themes.add(outcomes.createTheme(responder, NewTheme.of(c.id(), LocalizedText.of("en", "Theme " + t))));
    }
    int added = 0;
    for (int t = 0; t < themeCount; t++) {
      List<ContributionId> members = new ArrayList<>();
      for (int i = t; i < n; i += themeCount) {
        members.add(ids.get(i));
        if (members.size() == ThemeMembers.MAX) {
          added += outcomes.addToTheme(responder, new ThemeMembers(themes.get(t).id(), members, Optional.empty()));
          members.clear();
          progress("theme members", added, n);
        }
      }
      if (!members.isEmpty()) {
        added += outcomes.addToTheme(responder, new ThemeMembers(themes.get(t).id(), members, Optional.empty()));
      }
    }
    ResponseStatus[] statuses = ResponseStatus.values();
    for (int t = 0; t < themeCount; t++) {
      ResponseStatus s = statuses[t % statuses.length];
      outcomes.respond(responder, NewResponse.toTheme(themes.get(t).id(), s, s.requiresRationale() ? LocalizedText.of("en", "Because " + t) : null));
    }
    for (int i = 1; i < n; i += 100) {
      outcomes.respond(responder, NewResponse.toContribution(ids.get(i), ResponseStatus.UNDER_CONSIDERATION, LocalizedText.of("en", "Looking")));
    }
    for (int d = 0; d < decisionCount; d++) {
      NewDecisionBuilder b = new NewDecisionBuilder().consultation(c.id()).title(LocalizedText.of("en", "Decision " + d))
          .text(LocalizedText.of("en", "The council decides " + d)).body("Town council").decidedOn(LocalDate.of(2030, 6, 1).plusDays(d))
          .influence(LocalizedText.of("en", "Input shaped point " + d)).effect(InfluenceEffect.values()[d % InfluenceEffect.values().length]);
      for (int k = 0; k < 10; k++) {
        b.addThemes(themes.get((d * 10 + k) % themeCount).id());
      }
      for (int k = 0; k < 20; k++) {
        b.addContributions(ids.get((int) (((long) d * 20 + k) * 997 % n)));
      }
      Decision decision = outcomes.recordDecision(manager, b.build());
      Result parent = outcomes.createResult(manager, new NewResultBuilder().consultation(c.id()).title(LocalizedText.of("en", "Result " + d))
          .addDecisions(decision.id()).build());
      for (int k = 0; k < 3; k++) {
        outcomes.createResult(manager, new NewResultBuilder().consultation(c.id()).parent(parent.id()).title(LocalizedText.of("en", "Step " + k))
            .status(k == 2 ? ResultStatus.IN_PROGRESS : ResultStatus.PLANNED).progress(k * 40).build());
      }
    }
    System.err.printf("setup: %.1f s%n", (System.nanoTime() - began) / 1e9);
    afterLoad.run();
    long heapBefore = usedHeapAfterGc();
    OutcomeReport warm = outcomes.report(Actor.anonymous(TENANT), c.id());
    System.out.printf("report: %d theme sections, %d decisions, %d top-level results; answered %,d of %,d (%.1f%%)%n", warm.themes().size(),
        warm.decisions().size(), warm.results().size(), warm.impact().answered(), warm.impact().contributions(), 100 * warm.impact().shareAnswered());
    double[] seconds = new double[RUNS];
    for (int run = 0; run < RUNS; run++) {
      long t0 = System.nanoTime();
      OutcomeReport report = outcomes.report(Actor.anonymous(TENANT), c.id());
      seconds[run] = (System.nanoTime() - t0) / 1e9;
      if (report.themes().size() != themeCount) {
        throw new IllegalStateException("expected " + themeCount + " themes, got " + report.themes().size());
      }
      System.out.printf("report run %d: %.3f s%n", run + 1, seconds[run]);
    }
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    long heapAfter = usedHeapAfterGc();
    System.out.printf("RESULT store=%s N=%,d themes=%d decisions=%d: median %.3f s, min %.3f s, max %.3f s; heap in use after GC %,d MiB before, %,d MiB after%n",
        store.getClass().getSimpleName(), n, themeCount, decisionCount, sorted[RUNS / 2], sorted[0], sorted[RUNS - 1], heapBefore >> 20, heapAfter >> 20);
  }

  private static long usedHeapAfterGc() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static void progress(String what, int done, int total) {
    if (done % 100_000 == 0 || done == total) {
      System.err.printf("  %s: %,d of %,d%n", what, done, total);
    }
  }
}
