package org.consulta.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.Optional;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ModerationMode;
import org.consulta.core.consultation.ModerationPolicy;
import org.consulta.core.consultation.ConsultationUpdateBuilder;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseTransition;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ReactionChange;
import org.consulta.core.contribution.Support;
import org.consulta.core.error.ConcurrentChangeException;
import org.consulta.core.error.IllegalTransitionException;
import org.consulta.core.error.VersionConflictException;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.moderation.CaseDecision;
import org.consulta.core.moderation.ClaimRequest;
import org.consulta.core.moderation.ModerationCase;
import org.consulta.core.moderation.ModerationCaseId;
import org.consulta.core.moderation.NewFlag;
import org.consulta.core.moderation.QueueFilter;
import org.consulta.core.participant.Participant;
import org.consulta.core.value.LocalizedText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two application nodes (each its own {@code Consulta}, {@code JdbcStore} and connection pool) on
 * one database, racing on the same rows. What must hold is what a single node guarantees: no
 * lost update, a gap-free event log, and a caller's {@code expectedVersion} honoured exactly once.
 */
@DisplayName("Two engine nodes racing on one database")
class TwoNodesRaceTest {
  private static final String SCHEMA = "consulta_race";
  private static final int THREADS = 8;
  private static final int ROUNDS = 25;
  private static final Map<TestDatabase, Nodes> NODES = new EnumMap<>(TestDatabase.class);

  /** Two pools and two stores on the same schema. */
  private record Nodes(HikariDataSource poolA, HikariDataSource poolB, JdbcStore storeA, JdbcStore storeB) {}

  private static synchronized Nodes nodes(TestDatabase db) {
    return NODES.computeIfAbsent(db, d -> {
      HikariDataSource a = d.open(SCHEMA);
      HikariDataSource b = d.reopen(SCHEMA);
      return new Nodes(a, b, d.store(a, SCHEMA), d.store(b, SCHEMA));
    });
  }

  @AfterAll
  static synchronized void closePools() {
    NODES.values().forEach(n -> {
      n.poolA().close();
      n.poolB().close();
    });
    NODES.clear();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = TestDatabase.class, names = {"POSTGRESQL", "MARIADB"})
  @DisplayName("reactions and replies to one contribution from both nodes lose no update and number the log without gaps")
  void reactionsAndRepliesFromBothNodesLoseNoUpdate(TestDatabase db) throws Exception {
    Nodes nodes = nodes(db);
    JdbcFixtures a = new JdbcFixtures(nodes.storeA());
    JdbcFixtures b = a.otherNode(nodes.storeB(), 8);
    Consultation c = a.openConsultation();
    Contribution target = a.consulta.contributions().submit(a.actor(a.register()), a.idea(c, "shared").kind(ContributionKind.PROPOSAL).build());
    List<Participant> people = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      people.add((t % 2 == 0 ? a : b).register());
    }
    long positionBefore = a.lastPosition();

    AtomicInteger engineGaveUp = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<int[]>> results = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      JdbcFixtures node = t % 2 == 0 ? a : b;
      Participant me = people.get(t);
      Random random = new Random(31L * t + 1);
      results.add(pool.submit(() -> {
        start.await();
        boolean supporting = false;
        int changes = 0;
        int replies = 0;
        for (int i = 0; i < ROUNDS; i++) {
          String body = "reply " + i;
          untilDone(engineGaveUp, () -> node.consulta.contributions().submit(node.actor(me),
              node.idea(c, body).kind(ContributionKind.COMMENT).parent(target.id()).build()));
          replies++;
          boolean support = random.nextBoolean();
          untilDone(engineGaveUp, () -> node.consulta.contributions().react(node.actor(me),
              support ? ReactionChange.of(target.id(), Support.SUPPORT) : ReactionChange.clear(target.id())));
          changes += support != supporting ? 1 : 0;
          supporting = support;
        }
        return new int[] {supporting ? 1 : 0, changes, replies};
      }));
    }
    start.countDown();
    long supportsNow = 0;
    long reactionEvents = 0;
    long acceptedReplies = 0;
    for (Future<int[]> r : results) {
      int[] mine = r.get(90, TimeUnit.SECONDS);
      supportsNow += mine[0];
      reactionEvents += mine[1];
      acceptedReplies += mine[2];
    }
    pool.shutdown();

    Contribution after = b.consulta.contributions().get(b.visitor, target.id());
    assertThat(after.tally().supports()).isEqualTo(supportsNow);
    assertThat(after.tally().opposes()).isZero();
    assertThat(after.replies()).isEqualTo(acceptedReplies).isEqualTo((long) THREADS * ROUNDS);
    assertThat(a.consulta.contributions().counts(a.visitor, c.id()).total()).isEqualTo(1 + acceptedReplies);

    List<RecordedEvent> events = a.allEvents();
    for (int i = 0; i < events.size(); i++) {
      assertThat(events.get(i).position()).as("position of event %d", i).isEqualTo(i + 1L);
    }
    assertThat(events).extracting(RecordedEvent::id).doesNotHaveDuplicates();
    List<RecordedEvent> race = events.subList((int) positionBefore, events.size());
    assertThat(race).filteredOn(e -> e.event() instanceof ConsultaEvent.ContributionSubmitted).hasSize((int) acceptedReplies);
    assertThat(race).filteredOn(e -> e.event() instanceof ConsultaEvent.ReactionSet || e.event() instanceof ConsultaEvent.ReactionCleared)
        .hasSize((int) reactionEvents);
    assertThat(race).hasSize((int) (acceptedReplies + reactionEvents));
    assertThat(a.heard.size() + b.heard.size()).as("events heard by the two nodes' listeners").isEqualTo(events.size());
    // engineGaveUp counts commands whose five tries all met a concurrent change; with the locked reads of react and of a
    // reply's parent, writers queue on the row lock instead, so none should
    assertThat(engineGaveUp.get()).as("commands the engine gave up on after its retries (writers queue on the row lock)").isZero();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = TestDatabase.class, names = {"POSTGRESQL", "MARIADB"})
  @DisplayName("of two nodes updating a consultation with the same expectedVersion, exactly one wins and the other gets a version conflict")
  void expectedVersionIsHonouredExactlyOnceAcrossNodes(TestDatabase db) throws Exception {
    Nodes nodes = nodes(db);
    JdbcFixtures a = new JdbcFixtures(nodes.storeA());
    JdbcFixtures b = a.otherNode(nodes.storeB(), 8);
    Consultation c = a.consulta.consultations().create(a.manager, a.consultationDraft().build());
    int rounds = 8;
    long version = c.version();
    for (int round = 0; round < rounds; round++) {
      long expected = version;
      List<Object> outcomes = race(
          () -> a.consulta.consultations().update(a.manager, titled(c, expected, "a" + expected)),
          () -> b.consulta.consultations().update(b.manager, titled(c, expected, "b" + expected)));
      assertThat(outcomes).filteredOn(Consultation.class::isInstance).as("winners of round %d", round).hasSize(1);
      assertThat(outcomes).filteredOn(VersionConflictException.class::isInstance).as("losers of round %d", round).hasSize(1);
      VersionConflictException lost = (VersionConflictException) outcomes.stream().filter(VersionConflictException.class::isInstance)
          .findFirst().orElseThrow();
      assertThat(lost.expectedVersion()).isEqualTo(expected);
      assertThat(lost.actualVersion()).isEqualTo(expected + 1);
      Consultation won = (Consultation) outcomes.stream().filter(Consultation.class::isInstance).findFirst().orElseThrow();
      assertThat(won.version()).isEqualTo(expected + 1);
      version = expected + 1;
    }
    Consultation stored = b.consulta.consultations().get(b.manager, c.id());
    assertThat(stored.version()).isEqualTo(c.version() + rounds);
    assertThat(a.allEvents()).filteredOn(e -> e.event() instanceof ConsultaEvent.ConsultationUpdated).hasSize(rounds);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = TestDatabase.class, names = {"POSTGRESQL", "MARIADB"})
  @DisplayName("of two nodes closing the same open consultation, one wins and the history holds one CLOSED entry")
  void closingRaceHasOneWinner(TestDatabase db) throws Exception {
    Nodes nodes = nodes(db);
    JdbcFixtures a = new JdbcFixtures(nodes.storeA());
    JdbcFixtures b = a.otherNode(nodes.storeB(), 8);
    for (int round = 0; round < 5; round++) {
      Consultation c = a.openConsultation();
      List<Object> outcomes = race(
          () -> a.consulta.consultations().transition(a.manager, PhaseTransition.to(c.id(), Phase.CLOSED)),
          () -> b.consulta.consultations().transition(b.manager, PhaseTransition.to(c.id(), Phase.CLOSED)));
      assertThat(outcomes).filteredOn(Consultation.class::isInstance).as("winners of round %d", round).hasSize(1);
      assertThat(outcomes).filteredOn(o -> o instanceof IllegalTransitionException || o instanceof VersionConflictException)
          .as("losers of round %d", round).hasSize(1);
      Consultation stored = b.consulta.consultations().get(b.manager, c.id());
      assertThat(stored.phase()).isEqualTo(Phase.CLOSED);
      assertThat(stored.history()).filteredOn(h -> h.to() == Phase.CLOSED).hasSize(1);
      assertThat(a.allEvents()).filteredOn(e -> e.event() instanceof ConsultaEvent.PhaseChanged p
          && p.consultation().equals(c.id()) && p.to() == Phase.CLOSED).hasSize(1);
    }
  }

  private static org.consulta.core.consultation.ConsultationUpdate titled(Consultation c, long expectedVersion, String title) {
    return new ConsultationUpdateBuilder().consultation(c.id()).expectedVersion(expectedVersion)
        .title(LocalizedText.of("en", "Riverside park " + title)).build();
  }

  /** Runs both at once (released by one barrier) and returns what each returned or threw, in order. */
  private static List<Object> race(Callable<Object> first, Callable<Object> second) throws Exception {
    CyclicBarrier barrier = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (Callable<Object> side : List.of(first, second)) {
        futures.add(pool.submit(() -> {
          barrier.await(30, TimeUnit.SECONDS);
          try {
            return side.call();
          } catch (RuntimeException e) {
            return e;
          }
        }));
      }
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> f : futures) {
        outcomes.add(f.get(60, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Runs a command until it succeeds, as a caller does with a retryable error: the engine's own
   * retries can all meet a concurrent change when eight writers hammer one row; nothing of a failed
   * try is kept, so trying again is safe.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(value = TestDatabase.class, names = {"POSTGRESQL", "MARIADB"})
  @DisplayName("moderators on both nodes claiming from one queue decide every case exactly once, and flags from both nodes all count")
  void moderatorsOnBothNodesDecideEveryCaseOnce(TestDatabase db) throws Exception {
    Nodes nodes = nodes(db);
    JdbcFixtures a = new JdbcFixtures(nodes.storeA());
    JdbcFixtures b = a.otherNode(nodes.storeB(), 8);
    Consultation c = a.open(a.consulta.consultations().create(a.manager,
        a.consultationDraft().moderation(ModerationPolicy.standard().withMode(ModerationMode.PRE)).build()));
    Participant author = a.register();
    int items = 40;
    for (int i = 0; i < items; i++) {
      a.submitIdea(c, author, "idea " + i);
    }
    // reactive and never hidden by flags, so every flagger can still read (and flag) it
    Consultation reactive = a.open(a.consulta.consultations().create(a.manager,
        a.consultationDraft().moderation(ModerationPolicy.standard().withFlagThreshold(0)).build()));
    Contribution flagged = a.submitIdea(reactive, a.register(), "flag me");
    List<Participant> flaggers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      flaggers.add(a.register());
    }
    long positionBefore = a.lastPosition();

    AtomicInteger engineGaveUp = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<Integer>> results = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      JdbcFixtures node = t % 2 == 0 ? a : b;
      Actor moderator = Actor.of(a.tenant, "mod-" + t, Role.MODERATOR);
      Participant flagger = flaggers.get(t);
      results.add(pool.submit(() -> {
        start.await();
        untilDone(engineGaveUp, () -> node.consulta.moderation().flag(node.actor(flagger), NewFlag.of(flagged.id(), "spam")));
        int decided = 0;
        while (true) {
          Optional<ModerationCase> k = untilDone(engineGaveUp, () -> node.consulta.moderation().claimNext(moderator,
              ClaimRequest.of(QueueFilter.all().withConsultation(c.id()))));
          if (k.isEmpty()) {
            break;
          }
          untilDone(engineGaveUp, () -> node.consulta.moderation().decide(moderator, CaseDecision.approve(k.get().id())));
          decided++;
        }
        return decided;
      }));
    }
    start.countDown();
    int decided = 0;
    for (Future<Integer> r : results) {
      decided += r.get(90, TimeUnit.SECONDS);
    }
    pool.shutdown();

    List<RecordedEvent> race = a.allEvents().subList((int) positionBefore, a.allEvents().size());
    List<ModerationCaseId> decisions = race.stream().map(RecordedEvent::event).filter(ConsultaEvent.ModerationDecided.class::isInstance)
        .map(e -> ((ConsultaEvent.ModerationDecided) e).moderationCase()).toList();
    assertThat(decisions).doesNotHaveDuplicates();
    assertThat(decisions).hasSize(decided);
    assertThat(decided).isEqualTo(items);
    Contribution after = b.consulta.contributions().get(b.moderator, flagged.id());
    assertThat(after.flags()).isEqualTo(THREADS);
    assertThat(race).filteredOn(e -> e.event() instanceof ConsultaEvent.ContributionFlagged).hasSize(THREADS);
  }

  private static <T> T untilDone(AtomicInteger engineGaveUp, Supplier<T> command) {
    for (int i = 0; i < 50; i++) {
      try {
        return command.get();
      } catch (ConcurrentChangeException e) {
        engineGaveUp.incrementAndGet();
      }
    }
    return fail("a command met a concurrent change 50 times in a row");
  }
}
