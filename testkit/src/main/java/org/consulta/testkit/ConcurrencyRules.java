package org.consulta.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionQuery;
import org.consulta.core.error.ConcurrentChangeException;
import org.consulta.core.error.VersionConflictException;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.expectation.CommitmentId;
import org.consulta.core.expectation.Participation;
import org.consulta.core.expectation.TrackedItem;
import org.consulta.core.expectation.TrackedItemKind;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.store.UnitOfWork;
import org.consulta.core.value.SortKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rules of {@link org.consulta.core.store.Store}'s thread-safety. Valid for a store that runs a
 * tenant's transactions one at a time and for one that runs them concurrently with optimistic
 * checks: a {@link ConcurrentChangeException} (of which {@link VersionConflictException} is the
 * version-check kind) out of {@code inTransaction} is the documented "retry" signal, so the writers
 * retry on it, and the contended test counts a version conflict as a lost race.
 */
abstract class ConcurrencyRules extends KitRules {
  private static final int MAX_ATTEMPTS = 1000;

  ConcurrencyRules(StoreCompatibilityKit kit) {
    super(kit);
  }

  @Test
  @DisplayName("concurrent transactions on one tenant lose no insert and number their events 1..N without gaps or repeats")
  void concurrentWritersLoseNothing() throws Exception {
    Consultation c = insertedConsultation(a);
    int threads = kit.concurrentThreads();
    int perThread = kit.transactionsPerThread();
    Set<UUID> committedEvents = ConcurrentHashMap.newKeySet();
    runConcurrently(threads, thread -> {
      for (int i = 0; i < perThread; i++) {
        Contribution idea = samples.contribution(c).build();
        UUID eventId = samples.nextUuid();
        RecordedEvent recorded = retryingOnConflict(uow -> {
          uow.contributions().insert(idea);
          return uow.events().append(eventId, idea.submittedAt(), "writer-" + thread,
              new ConsultaEvent.ContributionWithdrawn(idea.id(), c.id()));
        });
        assertThat(recorded.id()).isEqualTo(eventId);
        committedEvents.add(eventId);
      }
      return null;
    });

    long total = (long) threads * perThread;
    useA(uow -> assertThat(uow.contributions().counts(c.id()).total()).isEqualTo(total));
    List<RecordedEvent> events = readAllEvents();
    assertThat(events).extracting(RecordedEvent::position)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
    assertThat(events).extracting(RecordedEvent::id).containsExactlyInAnyOrderElementsOf(committedEvents);
    useA(uow -> assertThat(uow.events().lastPosition()).isEqualTo(total));
    assertThat(listAll(c)).hasSize((int) total).doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("contended read-modify-write updates of one consultation: at least one wins per round, the others get VersionConflictException, none is lost")
  void contendedUpdatesLoseNoUpdate() throws Exception {
    Consultation c = insertedConsultation(a);
    int rounds = kit.contendedRounds();
    int threads = 2;
    CyclicBarrier start = new CyclicBarrier(threads);
    Set<String> won = ConcurrentHashMap.newKeySet();
    AtomicInteger[] winsPerRound = new AtomicInteger[rounds];
    for (int r = 0; r < rounds; r++) {
      winsPerRound[r] = new AtomicInteger();
    }
    AtomicInteger conflicts = new AtomicInteger();
    runConcurrently(threads, thread -> {
      for (int round = 0; round < rounds; round++) {
        // outside the transaction: a serializing store would deadlock on a barrier inside
        start.await(kit.concurrencyTimeout().toMillis(), TimeUnit.MILLISECONDS);
        String marker = "t" + thread + "-r" + round;
        try {
          store.inTransaction(a, uow -> {
            Consultation read = uow.consultations().find(c.id()).orElseThrow();
            List<String> categories = new ArrayList<>(read.categories());
            categories.add(marker);
            uow.consultations().update(ConsultationSample.revisionOf(read).categories(categories).build());
            return null;
          });
          won.add(marker);
          winsPerRound[round].incrementAndGet();
        } catch (VersionConflictException e) {
          conflicts.incrementAndGet();
        }
      }
      return null;
    });

    Consultation last = inA(uow -> uow.consultations().find(c.id())).orElseThrow();
    assertThat(last.version() - 1).isEqualTo(won.size());
    assertThat(last.categories()).doesNotHaveDuplicates();
    assertThat(new HashSet<>(last.categories())).isEqualTo(union(c.categories(), won));
    assertThat(won.size() + conflicts.get()).isEqualTo(rounds * threads);
    for (int r = 0; r < rounds; r++) {
      assertThat(winsPerRound[r].get()).as("updates that won round %d", r).isBetween(1, threads);
    }
  }

  @Test
  @DisplayName("transactions adding one participant to a participation, and tracking one item, at the same time count each once")
  void concurrentFirstContributionsCountOnce() throws Exception {
    ConsultationId c = samples.consultationId();
    CommitmentId k = new CommitmentId(samples.nextUuid());
    Instant at = samples.nextInstant();
    int rounds = kit.contendedRounds();
    int threads = kit.concurrentThreads();
    List<Participant> participants = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      participants.add(insertedParticipant(a));
    }
    CyclicBarrier start = new CyclicBarrier(threads);
    AtomicInteger[] addedPerRound = new AtomicInteger[rounds];
    for (int r = 0; r < rounds; r++) {
      addedPerRound[r] = new AtomicInteger();
    }
    runConcurrently(threads, thread -> {
      for (int round = 0; round < rounds; round++) {
        // outside the transaction: a serializing store would deadlock on a barrier inside
        start.await(kit.concurrencyTimeout().toMillis(), TimeUnit.MILLISECONDS);
        ParticipantId p = participants.get(round).id();
        TrackedItem item = new TrackedItem(k, TrackedItemKind.CONTRIBUTION, p.value(), at, at.plusSeconds(thread + 1), at.plusSeconds(3600));
        if (retryingOnConflict(uow -> {
          uow.expectations().track(List.of(item));
          return uow.expectations().addParticipant(c, p);
        })) {
          addedPerRound[round].incrementAndGet();
        }
      }
      return null;
    });
    for (int r = 0; r < rounds; r++) {
      assertThat(addedPerRound[r].get()).as("transactions that added the participant of round %d", r).isEqualTo(1);
    }
    Participation expected = new Participation(rounds, participants.get(0).demographics().values().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> Map.of(e.getValue(), (long) rounds))));
    Participation counted = inA(uow -> uow.expectations().participation(c));
    assertThat(counted).isEqualTo(expected);
    assertThat(inA(uow -> uow.expectations().tally(k, at, 0)).open()).isEqualTo(rounds);
  }

  /** The body of one thread; gets the thread's number. */
  @FunctionalInterface
  interface ThreadBody {
    Void run(int thread) throws Exception;
  }

  private void runConcurrently(int threads, ThreadBody body) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Void>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Callable<Void> task = () -> body.run(thread);
        futures.add(pool.submit(task));
      }
      long deadline = System.nanoTime() + kit.concurrencyTimeout().toNanos();
      for (Future<Void> f : futures) {
        f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  private <T> T retryingOnConflict(Function<UnitOfWork, T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return store.inTransaction(a, work);
      } catch (ConcurrentChangeException e) {
        if (attempt == MAX_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private List<RecordedEvent> readAllEvents() {
    List<RecordedEvent> all = new ArrayList<>();
    while (true) {
      long after = all.isEmpty() ? 0 : all.get(all.size() - 1).position();
      List<RecordedEvent> page = inA(uow -> uow.events().read(after, 500));
      if (page.isEmpty()) {
        return all;
      }
      all.addAll(page);
    }
  }

  private List<Contribution> listAll(Consultation c) {
    List<Contribution> all = new ArrayList<>();
    ContributionQuery q = ContributionQuery.of(c.id());
    while (true) {
      Optional<SortKey> after =
          all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).sortKey());
      List<Contribution> page = inA(uow -> uow.contributions().list(q, after, 500));
      if (page.isEmpty()) {
        return all;
      }
      all.addAll(page);
    }
  }

  private static Set<String> union(List<String> first, Set<String> second) {
    Set<String> out = new HashSet<>(first);
    out.addAll(second);
    return out;
  }
}
