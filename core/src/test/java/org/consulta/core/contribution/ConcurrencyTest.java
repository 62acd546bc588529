package org.consulta.core.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.consulta.core.Fixtures;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.participant.Participant;
import org.consulta.core.value.PageRequest;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 250;

  @Test
  void manyThreadsSubmittingAndReactingLoseNoUpdate() throws Exception {
    Fixtures f = new Fixtures();
    Consultation c = f.openConsultation();
    Contribution target = f.consulta.contributions().submit(f.actor(f.register()), f.idea(c, "shared").kind(ContributionKind.PROPOSAL).build());
    List<Participant> people = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      people.add(f.register());
    }
    AtomicLong supportsNow = new AtomicLong();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<Long>> results = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Participant me = people.get(t);
      results.add(pool.submit(() -> {
        start.await();
        long mine = 0;
        for (int i = 0; i < ROUNDS; i++) {
          f.submitIdea(c, me, "idea " + i);
          boolean support = i % 2 == 0;
          f.consulta.contributions().react(f.actor(me), support
              ? ReactionChange.of(target.id(), Support.SUPPORT) : ReactionChange.clear(target.id()));
          mine = support ? 1 : 0;
        }
        supportsNow.addAndGet(mine);
        return mine;
      }));
    }
    start.countDown();
    for (Future<Long> r : results) {
      r.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    ContributionCounts counts = f.consulta.contributions().counts(f.visitor, c.id());
    assertThat(counts.total()).isEqualTo(1L + THREADS * ROUNDS);
    assertThat(f.consulta.contributions().get(f.visitor, target.id()).tally().supports()).isEqualTo(supportsNow.get());
    List<RecordedEvent> events = new ArrayList<>();
    long after = 0;
    while (true) {
      List<RecordedEvent> page = f.consulta.events().read(f.system, after, 1000);
      if (page.isEmpty()) {
        break;
      }
      events.addAll(page);
      after = page.get(page.size() - 1).position();
    }
    for (int i = 0; i < events.size(); i++) {
      assertThat(events.get(i).position()).isEqualTo(i + 1L);
    }
    assertThat(events).filteredOn(e -> e.event() instanceof ConsultaEvent.ContributionSubmitted).hasSize(1 + THREADS * ROUNDS);
    assertThat(events).filteredOn(e -> e.event() instanceof ConsultaEvent.ReactionSet || e.event() instanceof ConsultaEvent.ReactionCleared)
        .hasSize(THREADS * ROUNDS);
    assertThat(f.heard).hasSize(events.size());
    assertThat(f.consulta.contributions().list(f.visitor, ContributionQuery.of(c.id()), PageRequest.first(1000)).items()).hasSize(1000);
  }
}
