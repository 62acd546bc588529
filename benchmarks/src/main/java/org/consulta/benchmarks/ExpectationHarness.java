package org.consulta.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
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
import org.consulta.core.contribution.ReactionChange;
import org.consulta.core.contribution.Support;
import org.consulta.core.error.ConflictException;
import org.consulta.core.expectation.CommitmentTerms;
import org.consulta.core.expectation.Evaluation;
import org.consulta.core.expectation.ExpectationService;
import org.consulta.core.expectation.NewCommitment;
import org.consulta.core.expectation.NewOfflineSession;
import org.consulta.core.expectation.ReachMetric;
import org.consulta.core.expectation.ResponseScope;
import org.consulta.core.expectation.TimeAllowance;
import org.consulta.core.outcome.NewResponse;
import org.consulta.core.outcome.NewTheme;
import org.consulta.core.outcome.OutcomeService;
import org.consulta.core.outcome.ResponseStatus;
import org.consulta.core.outcome.Theme;
import org.consulta.core.outcome.ThemeMembers;
import org.consulta.core.participant.NewParticipantBuilder;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.store.IdGenerator;
import org.consulta.core.store.memory.InMemoryStore;
import org.consulta.core.value.LocalizedText;

/**
 * Evaluates every commitment of one consultation with N contributions (default 1,000,000) after
 * each of E further events (default 10,000), on the in-memory store, and reports the time of the
 * evaluations ({@code ExpectationService#evaluate}: one engine query, every commitment) in
 * microseconds: mean, percentiles and max.
 *
 * <p>Setup (untimed, progress on stderr): 10,000 participants in 10 districts (census: 10 % each); a
 * draft with 10 commitments (answer
 * every contribution within 10 working days, answer proposals with 3 supports within 5 working
 * days, moderate within 24 hours, decide by a date, publish the report by a date, reach 20,000
 * participants and 2,000,000 contributions, hold 3 sessions, an influence statement, a custom-free
 * set otherwise); it opens; N contributions through {@code submitAll} (every 10th a proposal);
 * 500 themes of 1,000 members each; 250 of them answered. Then E warm-up events and E measured
 * events, each one of: a new contribution, an answer to one contribution, a support, or a move of
 * the virtual clock by 1 to 30 minutes (about 30 virtual days in all, so the setup's items pass
 * their risk and due instants during the run, and the ledger counts them once); after each event
 * one timed evaluation.
 *
 * <pre>{@code
 * mvn -q -DskipTests -pl benchmarks -am package
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar org.consulta.benchmarks.ExpectationHarness 1000000 10000
 * }</pre>
 */
public final class ExpectationHarness {
  private static final TenantId TENANT = TenantId.of("bench");
  private static final int PARTICIPANTS = 10_000;
  private static final int BATCH = 5_000;
  private static final int THEMES = 500;
  private static final int MEMBERS = 1_000;

  private ExpectationHarness() {}

  /** A clock that moves 1 microsecond per reading, and by hand. */
  static final class VirtualClock extends Clock {
    private final Instant start = Instant.parse("2030-01-07T08:00:00Z");
    private final AtomicLong micros = new AtomicLong();

    void advance(Duration d) {
      micros.addAndGet(d.toNanos() / 1_000);
    }

    @Override
    public Instant instant() {
      return start.plusNanos(micros.incrementAndGet() * 1_000);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }

  /**
   * @param args N contributions, E events
   * @throws Exception on any failure
   */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 1_000_000;
    int events = args.length > 1 ? Integer.parseInt(args[1].replace("_", "").replace(",", "")) : 10_000;
    System.out.printf("JVM: %s %s, %d processors, max heap %,d MiB; N = %,d, events %,d%n", System.getProperty("java.vm.name"),
        System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, n, events);
    VirtualClock clock = new VirtualClock();
    Consulta consulta = Consulta.builder().store(new InMemoryStore()).clock(clock).ids(IdGenerator.seeded(clock, 5)).build();
    Actor manager = Actor.of(TENANT, "manager-1", Role.MANAGER);
    Actor responder = Actor.of(TENANT, "responder-1", Role.RESPONDER);
    long began = System.nanoTime();
    Actor admin = Actor.of(TENANT, "admin-1", Role.ADMIN);
    List<String> districts = new ArrayList<>();
    java.util.Map<String, Double> census = new java.util.LinkedHashMap<>();
    for (int d = 0; d < 10; d++) {
      districts.add("d" + d);
      census.put("d" + d, 0.1);
    }
    consulta.participants().defineDemographicSchema(admin, new org.consulta.core.participant.DemographicSchema(List.of(
        new org.consulta.core.participant.DemographicDimension("district", LocalizedText.of("en", "District"), districts, false))));
    consulta.expectations().defineReference(admin, org.consulta.core.expectation.ReferencePopulation.of("district", census));
    Consultation draft = consulta.consultations().create(manager, new NewConsultationBuilder()
        .title(LocalizedText.of("en", "Town centre plan")).purpose(LocalizedText.of("en", "Ideas for the town centre"))
        .influence(Influence.of(InfluenceLevel.CONSULT)).addAcceptedKinds(ContributionKind.IDEA, ContributionKind.PROPOSAL)
        .addChannels(Channel.PAPER, Channel.ONLINE, Channel.IN_PERSON).build());
    ExpectationService expectations = consulta.expectations();
    LocalDate day = LocalDate.of(2030, 6, 30);
    List<CommitmentTerms> terms = List.of(
        CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.workingDays(10)),
        CommitmentTerms.respondWithin(ResponseScope.supportedProposals(3), TimeAllowance.workingDays(5)),
        CommitmentTerms.moderateWithin(TimeAllowance.hours(24)),
        CommitmentTerms.decideBy(day),
        CommitmentTerms.publishReportBy(day.plusMonths(2)),
        CommitmentTerms.reach(ReachMetric.PARTICIPANTS, 20_000, day),
        CommitmentTerms.reach(ReachMetric.CONTRIBUTIONS, 2_000_000, day),
        new CommitmentTerms.Represent("district", 0.05, 100),
        new CommitmentTerms.HoldOfflineSessions(3, Set.of(Channel.IN_PERSON), Optional.of(day)),
        new CommitmentTerms.InfluenceStatement(LocalizedText.of("en", "The layout"), Optional.empty(), LocalizedText.of("en", "The council")));
    for (CommitmentTerms t : terms) {
      expectations.declare(manager, NewCommitment.of(draft.id(), t));
    }
    for (int s = 0; s < 3; s++) {
      expectations.scheduleSession(manager, NewOfflineSession.of(draft.id(), Channel.IN_PERSON, Instant.parse("2030-02-01T18:00:00Z").plus(Duration.ofDays(7L * s)),
          LocalizedText.of("en", "Library")));
    }
    Consultation c = consulta.consultations().transition(manager, PhaseTransition.to(draft.id(), Phase.OPEN));
    List<ParticipantId> people = new ArrayList<>(PARTICIPANTS);
    for (int i = 0; i < PARTICIPANTS; i++) {
      people.add(consulta.participants().register(Actor.system(TENANT), new NewParticipantBuilder().putDemographics("district", "d" + (i % 10)).build())
          .id());
    }
    List<ContributionId> ids = new ArrayList<>(n);
    for (int from = 0; from < n; from += BATCH) {
      List<NewContribution> items = new ArrayList<>();
      for (int i = from; i < Math.min(n, from + BATCH); i++) {
        items.add(new NewContributionBuilder().consultation(c.id()).kind(i % 10 == 0 ? ContributionKind.PROPOSAL : ContributionKind.IDEA)
            .body(PaperForms.body(i)).language("en").channel(Channel.PAPER).onBehalfOf(people.get(i % PARTICIPANTS)).build());
      }
      BatchResult r = consulta.contributions().submitAll(manager, new ContributionBatch(items, BatchMode.ALL_OR_NOTHING, Optional.empty()));
      r.items().forEach(item -> ids.add(item.contribution().orElseThrow()));
      if (ids.size() % 100_000 == 0 || ids.size() == n) {
        System.err.printf("  contributions: %,d of %,d%n", ids.size(), n);
      }
    }
    OutcomeService outcomes = consulta.outcomes();
    for (int t = 0; t < THEMES && (long) t * MEMBERS < n; t++) {
      Theme theme = outcomes.createTheme(responder, NewTheme.of(c.id(), LocalizedText.of("en", "Theme " + t)));
      outcomes.addToTheme(responder, new ThemeMembers(theme.id(), ids.subList(t * MEMBERS, Math.min(n, (t + 1) * MEMBERS)), Optional.empty()));
      if (t % 2 == 0) {
        outcomes.respond(responder, NewResponse.toTheme(theme.id(), ResponseStatus.UNDER_CONSIDERATION, LocalizedText.of("en", "Looking")));
      }
    }
    System.err.printf("setup: %.1f s%n", (System.nanoTime() - began) / 1e9);
    SplittableRandom random = new SplittableRandom(42);
    run("warm-up", consulta, c, people, ids, clock, random, events, manager, responder);
    double[] micros = run("measured", consulta, c, people, ids, clock, random, events, manager, responder);
    double[] sorted = micros.clone();
    Arrays.sort(sorted);
    double mean = Arrays.stream(micros).average().orElse(0);
    List<Evaluation> last = expectations.evaluate(manager, c.id());
    System.out.printf("statuses at the end: %s%n", last.stream().map(e -> e.terms().kind() + "=" + e.status()).toList());
    System.out.printf("RESULT N=%,d events=%,d commitments=%d: evaluation mean %.1f us, p50 %.1f us, p90 %.1f us, p99 %.1f us, max %.1f us%n",
        n, events, last.size(), mean, sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.9)], sorted[(int) (sorted.length * 0.99)],
        sorted[sorted.length - 1]);
  }

  private static double[] run(String label, Consulta consulta, Consultation c, List<ParticipantId> people, List<ContributionId> ids, VirtualClock clock,
      SplittableRandom random, int events, Actor manager, Actor responder) {
    double[] micros = new double[events];
    ExpectationService expectations = consulta.expectations();
    for (int i = 0; i < events; i++) {
      switch (random.nextInt(4)) {
        case 0 -> {
          ParticipantId p = people.get(random.nextInt(people.size()));
          NewContribution x = new NewContributionBuilder().consultation(c.id()).kind(ContributionKind.IDEA).body("More benches " + i)
              .language("en").channel(Channel.ONLINE).build();
          ids.add(consulta.contributions().submit(Actor.participant(TENANT, p), x).id());
        }
        case 1 -> {
          try {
            consulta.outcomes().respond(responder, NewResponse.toContribution(ids.get(random.nextInt(ids.size())), ResponseStatus.ACCEPTED, null));
          } catch (ConflictException answeredAlready) {
            // a contribution has one response; the draw hit one that has it
          }
        }
        case 2 -> {
          ParticipantId p = people.get(random.nextInt(people.size()));
          try {
            consulta.contributions().react(Actor.participant(TENANT, p), ReactionChange.of(ids.get(10 * random.nextInt(ids.size() / 10)), Support.SUPPORT));
          } catch (ConflictException limit) {
            // support limits or the author's own proposal
          }
        }
        default -> clock.advance(Duration.ofMinutes(1 + random.nextInt(30)));
      }
      long t0 = System.nanoTime();
      expectations.evaluate(manager, c.id());
      micros[i] = (System.nanoTime() - t0) / 1e3;
      if ((i + 1) % 2_000 == 0) {
        System.err.printf("  %s: %,d of %,d events%n", label, i + 1, events);
      }
    }
    return micros;
  }
}
