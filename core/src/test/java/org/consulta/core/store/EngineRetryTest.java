package org.consulta.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.consulta.core.Consulta;
import org.consulta.core.Fixtures;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseTransition;
import org.consulta.core.error.ConcurrentChangeException;
import org.consulta.core.error.VersionConflictException;
import org.consulta.core.store.memory.InMemoryStore;
import org.junit.jupiter.api.Test;

/** The engine re-runs a command when the store reports a concurrent change the caller did not cause. */
class EngineRetryTest {
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private final AtomicInteger transactions = new AtomicInteger();
  private final Store flaky = new Store() {
    private final InMemoryStore memory = new InMemoryStore();

    @Override
    public <T> T inTransaction(TenantId tenant, Function<UnitOfWork, T> work) {
      transactions.incrementAndGet();
      return memory.inTransaction(tenant, uow -> {
        T result = work.apply(uow);
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
          throw new ConcurrentChangeException("another node committed first");
        }
        return result;
      });
    }
  };
  private final Fixtures f = new Fixtures(flaky, Consulta.builder());

  @Test
  void aCommandIsRetriedAfterAConcurrentChangeAndAppliedOnce() {
    Consultation draft = f.consulta.consultations().create(f.manager, f.consultationDraft().build());
    long position = f.lastPosition();
    failuresLeft.set(2);
    transactions.set(0);

    Consultation open = f.consulta.consultations().transition(f.manager, PhaseTransition.to(draft.id(), Phase.OPEN));

    assertThat(transactions.get()).isEqualTo(3);
    assertThat(open.version()).isEqualTo(2);
    assertThat(f.lastPosition()).isEqualTo(position + 1);
    assertThat(f.heard).last().satisfies(e -> assertThat(e.position()).isEqualTo(position + 1));
  }

  @Test
  void retriesGiveUpAfterAFewAttempts() {
    Consultation draft = f.consulta.consultations().create(f.manager, f.consultationDraft().build());
    failuresLeft.set(100);
    transactions.set(0);

    assertThatThrownBy(() -> f.consulta.consultations().transition(f.manager, PhaseTransition.to(draft.id(), Phase.OPEN)))
        .isInstanceOf(ConcurrentChangeException.class);
    assertThat(transactions.get()).isEqualTo(5);
    failuresLeft.set(0);
    assertThat(f.consulta.consultations().get(f.manager, draft.id()).phase()).isEqualTo(Phase.DRAFT);
  }

  @Test
  void aStaleExpectedVersionOfTheCallerIsNeverRetried() {
    Consultation draft = f.consulta.consultations().create(f.manager, f.consultationDraft().build());
    transactions.set(0);

    assertThatThrownBy(() -> f.consulta.consultations().transition(f.manager,
        new PhaseTransition(draft.id(), Phase.OPEN, OptionalLong.of(7), Optional.empty()))).isInstanceOf(VersionConflictException.class);
    assertThat(transactions.get()).isEqualTo(1);
  }
}
