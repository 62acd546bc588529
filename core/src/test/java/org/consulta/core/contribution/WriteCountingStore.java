package org.consulta.core.contribution;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.consulta.core.access.TenantId;
import org.consulta.core.error.StoreException;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.store.EventLog;
import org.consulta.core.store.Store;
import org.consulta.core.store.ForwardingUnitOfWork;
import org.consulta.core.store.UnitOfWork;

/**
 * Delegates to another store, counting the contribution and event-log writes and failing one kind
 * of write on demand, after doing part of it, so the tests see a failure in the middle of a batch.
 */
final class WriteCountingStore implements Store {
  /** The writes counted. */
  enum Write { INSERT, INSERT_ALL, UPDATE, APPEND, APPEND_ALL }

  private final Store delegate;
  private final Map<Write, Integer> counts = new EnumMap<>(Write.class);
  private Optional<Write> failing = Optional.empty();

  WriteCountingStore(Store delegate) {
    this.delegate = delegate;
  }

  /** Forgets the counts so far. */
  synchronized void reset() {
    counts.clear();
  }

  synchronized int count(Write write) {
    return counts.getOrDefault(write, 0);
  }

  /** From now on, the given write fails midway (after doing part of its work); empty to stop failing. */
  synchronized void failOn(Optional<Write> write) {
    failing = write;
  }

  private synchronized boolean counted(Write write) {
    counts.merge(write, 1, Integer::sum);
    return failing.filter(write::equals).isPresent();
  }

  @Override
  public <T> T inTransaction(TenantId tenant, Function<UnitOfWork, T> work) {
    return delegate.inTransaction(tenant, uow -> work.apply(new CountingUnitOfWork(uow)));
  }

  private final class CountingUnitOfWork extends ForwardingUnitOfWork {
    private final UnitOfWork uow;

    CountingUnitOfWork(UnitOfWork uow) {
      this.uow = uow;
    }

    @Override
    protected UnitOfWork delegate() {
      return uow;
    }

    @Override
    public ContributionRepository contributions() {
      ContributionRepository real = uow.contributions();
      return new ForwardingContributionRepository() {
        @Override
        protected ContributionRepository delegate() {
          return real;
        }

        @Override
        public void insert(Contribution contribution) {
          boolean fail = counted(Write.INSERT);
          real.insert(contribution);
          if (fail) {
            throw new StoreException("connection lost");
          }
        }

        @Override
        public void insertAll(List<Contribution> contributions) {
          if (counted(Write.INSERT_ALL)) {
            real.insertAll(contributions.subList(0, contributions.size() / 2 + 1));
            throw new StoreException("connection lost");
          }
          real.insertAll(contributions);
        }

        @Override
        public void update(Contribution contribution) {
          boolean fail = counted(Write.UPDATE);
          real.update(contribution);
          if (fail) {
            throw new StoreException("connection lost");
          }
        }
      };
    }

    @Override
    public EventLog events() {
      EventLog real = uow.events();
      return new EventLog() {
        @Override
        public RecordedEvent append(UUID id, Instant at, String actor, ConsultaEvent event) {
          boolean fail = counted(Write.APPEND);
          RecordedEvent recorded = real.append(id, at, actor, event);
          if (fail) {
            throw new StoreException("connection lost");
          }
          return recorded;
        }

        @Override
        public List<RecordedEvent> appendAll(List<PendingEvent> events) {
          boolean fail = counted(Write.APPEND_ALL);
          List<RecordedEvent> recorded = real.appendAll(events);
          if (fail) {
            throw new StoreException("connection lost");
          }
          return recorded;
        }

        @Override
        public List<RecordedEvent> read(long afterPosition, int limit) {
          return real.read(afterPosition, limit);
        }

        @Override
        public long lastPosition() {
          return real.lastPosition();
        }
      };
    }
  }
}
