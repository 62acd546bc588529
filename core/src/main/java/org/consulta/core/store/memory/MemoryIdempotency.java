package org.consulta.core.store.memory;

import java.util.Optional;
import org.consulta.core.store.IdempotencyRepository;
import org.consulta.core.value.IdempotencyKey;

/** Idempotency outcomes of one tenant, inside a {@link MemoryUnitOfWork}. */
final class MemoryIdempotency implements IdempotencyRepository {
  private final MemoryUnitOfWork uow;
  private final TenantData data;

  MemoryIdempotency(MemoryUnitOfWork uow, TenantData data) {
    this.uow = uow;
    this.data = data;
  }

  @Override
  public Optional<Outcome> find(String subject, IdempotencyKey key) {
    uow.checkOpen();
    return Optional.ofNullable(data.idempotency.get(new TenantData.IdempotencyKeyOfSubject(subject, key.value())));
  }

  @Override
  public void save(String subject, IdempotencyKey key, Outcome outcome) {
    uow.checkOpen();
    uow.put(data.idempotency, new TenantData.IdempotencyKeyOfSubject(subject, key.value()), outcome);
  }
}
