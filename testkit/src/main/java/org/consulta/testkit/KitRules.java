package org.consulta.testkit;

import java.util.function.Consumer;
import java.util.function.Function;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.participant.Participant;
import org.consulta.core.store.Store;
import org.consulta.core.store.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every group of rules shares: a fresh store and samples per test, the two tenants, and
 * short ways to run a transaction. Expected exceptions always leave the transaction (see {@link
 * StoreCompatibilityKit}), so no rule catches inside a unit of work.
 */
abstract class KitRules {
  final StoreCompatibilityKit kit;
  final StoreSamples samples = new StoreSamples();
  TenantId a;
  TenantId b;
  Store store;

  KitRules(StoreCompatibilityKit kit) {
    this.kit = kit;
  }

  @BeforeEach
  final void createStore() {
    a = kit.tenantA();
    b = kit.tenantB();
    store = kit.store();
  }

  @AfterEach
  final void releaseStore() {
    kit.release(store);
  }

  /** Runs {@code work} in a transaction of tenant A and returns its result. */
  <T> T inA(Function<UnitOfWork, T> work) {
    return store.inTransaction(a, work);
  }

  /** Runs {@code work} in a transaction of tenant B and returns its result. */
  <T> T inB(Function<UnitOfWork, T> work) {
    return store.inTransaction(b, work);
  }

  /** Runs {@code work} in a transaction of tenant A. */
  void useA(Consumer<UnitOfWork> work) {
    use(a, work);
  }

  /** Runs {@code work} in a transaction of tenant B. */
  void useB(Consumer<UnitOfWork> work) {
    use(b, work);
  }

  /** Runs {@code work} in a transaction of {@code tenant}. */
  void use(TenantId tenant, Consumer<UnitOfWork> work) {
    store.inTransaction(tenant, uow -> {
      work.accept(uow);
      return null;
    });
  }

  /** Inserts a new draft consultation of {@code tenant} in its own transaction. */
  Consultation insertedConsultation(TenantId tenant) {
    Consultation c = samples.consultation(tenant).build();
    use(tenant, uow -> uow.consultations().insert(c));
    return c;
  }

  /** Inserts a new participant of {@code tenant} in its own transaction. */
  Participant insertedParticipant(TenantId tenant) {
    Participant p = samples.participant(tenant).build();
    use(tenant, uow -> uow.participants().insert(p));
    return p;
  }

  /** Inserts {@code c} in its own transaction of its tenant. */
  Contribution inserted(Contribution c) {
    use(c.tenant(), uow -> uow.contributions().insert(c));
    return c;
  }

  /** A failure the tests throw on purpose, to be told apart from any the store throws. */
  static final class Boom extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Boom() {
      super("thrown on purpose by the store compatibility kit");
    }
  }
}
