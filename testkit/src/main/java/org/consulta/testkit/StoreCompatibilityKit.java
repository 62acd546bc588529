package org.consulta.testkit;

import java.time.Duration;
import org.consulta.core.access.TenantId;
import org.consulta.core.store.Store;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The contract every {@link Store} must keep, as JUnit 5 tests. A store implementation runs it by
 * extending this class in its own test sources and supplying a fresh, empty store per test; the
 * kit then runs every rule of the store ports ({@link org.consulta.core.store.UnitOfWork}, the
 * repositories it hands out, the event log and idempotency outcomes) against that store, grouped
 * by aggregate, one {@link DisplayName} per rule.
 *
 * <p>The kit talks to the store only through {@link Store#inTransaction}, and lets every expected
 * exception propagate out of it, so a store whose transaction is unusable after a failed statement
 * (PostgreSQL) is tested the same way as one that is not. Every rule it checks is written in the
 * Javadoc of a port; nothing depends on how the in-memory store happens to behave.
 *
 * <pre>{@code
 * class PostgresStoreCompatibilityTest extends StoreCompatibilityKit {
 *   static final DataSource DB = ...;
 *
 *   @Override
 *   protected Store store() {
 *     truncateAllTables(DB);              // each test starts from an empty store
 *     return new JdbcStore(DB, Dialect.POSTGRESQL);
 *   }
 *
 *   @Override
 *   protected int concurrentThreads() {
 *     return 4;                           // optional: fewer connections in the pool
 *   }
 * }
 * }</pre>
 *
 * <p>Put {@code consulta-testkit} on the test classpath only; it brings JUnit Jupiter and AssertJ.
 * Test data comes from {@link StoreSamples}, which store implementors may reuse in their own tests.
 *
 * <p>Instances are made by JUnit, one per test; not thread-safe.
 */
public abstract class StoreCompatibilityKit {
  /** For subclasses. */
  protected StoreCompatibilityKit() {}

  /**
   * Supplies the store under test. Called once before each test; it must return a store that holds
   * no data for {@link #tenantA()} and {@link #tenantB()} (a new instance, or a shared one whose
   * tables were emptied), since the tests count and list everything a tenant has.
   *
   * @return a fresh, empty store
   */
  protected abstract Store store();

  /**
   * Called after each test with the store {@link #store()} returned, to close or empty it. Does
   * nothing by default.
   *
   * @param store the store the test used
   */
  protected void release(Store store) {}

  /** @return the tenant most tests write to; {@code kit-a} by default */
  protected TenantId tenantA() {
    return TenantId.of("kit-a");
  }

  /** @return a second tenant, that must never see {@link #tenantA()}'s data; {@code kit-b} by default */
  protected TenantId tenantB() {
    return TenantId.of("kit-b");
  }

  /** @return how many threads the concurrency tests run at once; 8 by default */
  protected int concurrentThreads() {
    return 8;
  }

  /** @return how many transactions each thread of the concurrency tests commits; 200 by default */
  protected int transactionsPerThread() {
    return 200;
  }

  /** @return how many rounds of contended read-modify-write updates to run; 50 by default */
  protected int contendedRounds() {
    return 50;
  }

  /** @return how long a concurrency test may take before it fails; 2 minutes by default */
  protected Duration concurrencyTimeout() {
    return Duration.ofMinutes(2);
  }

  @Nested
  @DisplayName("transactions")
  class Transactions extends TransactionRules {
    Transactions() {
      super(StoreCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("consultations")
  class Consultations extends ConsultationRules {
    Consultations() {
      super(StoreCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("participants")
  class Participants extends ParticipantRules {
    Participants() {
      super(StoreCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("contributions")
  class Contributions extends ContributionRules {
    Contributions() {
      super(StoreCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("reactions")
  class Reactions extends ReactionRules {
    Reactions() {
      super(StoreCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("event log")
  class Events extends EventLogRules {
    Events() {
      super(StoreCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("idempotency outcomes")
  class Idempotency extends IdempotencyRules {
    Idempotency() {
      super(StoreCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("moderation")
  class Moderation extends ModerationRules {
    Moderation() {
      super(StoreCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("outcomes")
  class Outcomes extends OutcomeRules {
    Outcomes() {
      super(StoreCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("outcome aggregates and notices")
  class OutcomeAggregates extends OutcomeAggregateRules {
    OutcomeAggregates() {
      super(StoreCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("expectations")
  class Expectations extends ExpectationRules {
    Expectations() {
      super(StoreCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("participants' expectations")
  class StatedExpectations extends StatedExpectationRules {
    StatedExpectations() {
      super(StoreCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("tenant isolation")
  class TenantIsolation extends TenantIsolationRules {
    TenantIsolation() {
      super(StoreCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("concurrency")
  class Concurrency extends ConcurrencyRules {
    Concurrency() {
      super(StoreCompatibilityKit.this);
    }
  }
}
