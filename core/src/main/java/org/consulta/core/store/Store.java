package org.consulta.core.store;

import java.util.function.Function;
import org.consulta.core.access.TenantId;

/**
 * Storage SPI: runs work in one transaction over one tenant's data. Every command of the engine
 * is one call; its state changes and its events commit together or not at all.
 *
 * <p>Implementations must be thread-safe and must pass {@code consulta-testkit}'s {@code
 * StoreCompatibilityKit}. Built-in: {@link org.consulta.core.store.memory.InMemoryStore}; the
 * JDBC store lives in {@code consulta-jdbc}.
 */
public interface Store {
  /**
   * Runs {@code work} in a transaction bound to {@code tenant}. If {@code work} throws, nothing it
   * did is kept and the exception propagates unchanged.
   *
   * @param tenant the tenant whose data the work sees; no other tenant's data is reachable
   * @param work the work; must not keep the unit of work beyond the call
   * @param <T> the result type
   * @return what {@code work} returned
   * @throws org.consulta.core.error.ConcurrentChangeException if a concurrent transaction changed
   *     the same data first ({@link org.consulta.core.error.VersionConflictException} for a failed
   *     version check); nothing was kept and the caller may retry
   * @throws org.consulta.core.error.StoreException if the store itself fails
   */
  <T> T inTransaction(TenantId tenant, Function<UnitOfWork, T> work);

  /** @return a short description for logs, e.g. {@code "in-memory"} or {@code "postgresql"} */
  default String describe() {
    return getClass().getSimpleName();
  }
}
