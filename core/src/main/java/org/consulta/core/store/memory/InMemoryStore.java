package org.consulta.core.store.memory;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.consulta.core.access.TenantId;
import org.consulta.core.store.Store;

/**
 * The embedded store: everything in the heap, nothing on disk. For tests, examples, simulations
 * and small deployments that can afford to lose their data on restart.
 *
 * <p>Thread-safe. Transactions on one tenant run one at a time (a lock per tenant, held for the
 * whole unit of work), so they are serializable; tenants do not block each other. A unit of work
 * writes in place and keeps an undo log, which it replays backwards if the work throws, so a
 * failed command leaves nothing behind. Nested transactions on the same tenant are refused.
 *
 * <pre>{@code
 * Consulta consulta = Consulta.builder().store(new InMemoryStore()).build();
 * }</pre>
 */
public final class InMemoryStore implements Store {
  private final ConcurrentHashMap<TenantId, TenantData> tenants = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryStore() {}

  @Override
  public <T> T inTransaction(TenantId tenant, Function<org.consulta.core.store.UnitOfWork, T> work) {
    requireNonNull(tenant, "tenant");
    requireNonNull(work, "work");
    TenantData data = tenants.computeIfAbsent(tenant, TenantData::new);
    if (data.lock.isHeldByCurrentThread()) {
      throw new IllegalStateException("nested transaction on tenant " + tenant);
    }
    data.lock.lock();
    MemoryUnitOfWork uow = new MemoryUnitOfWork(data);
    try {
      T result = work.apply(uow);
      uow.close();
      return result;
    } catch (RuntimeException | Error e) {
      uow.rollback();
      throw e;
    } finally {
      data.lock.unlock();
    }
  }

  /** @return the tenants that have data, for diagnostics */
  public List<TenantId> tenants() {
    return new ArrayList<>(tenants.keySet());
  }

  @Override
  public String describe() {
    return "in-memory";
  }
}
