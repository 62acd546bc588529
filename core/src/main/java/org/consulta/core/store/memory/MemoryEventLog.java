package org.consulta.core.store.memory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.store.EventLog;

/** The event log of one tenant, inside a {@link MemoryUnitOfWork}. */
final class MemoryEventLog implements EventLog {
  private final MemoryUnitOfWork uow;
  private final TenantData data;

  MemoryEventLog(MemoryUnitOfWork uow, TenantData data) {
    this.uow = uow;
    this.data = data;
  }

  @Override
  public RecordedEvent append(UUID id, Instant at, String actor, ConsultaEvent event) {
    uow.checkOpen();
    RecordedEvent recorded = new RecordedEvent(data.tenant, data.events.size() + 1L, id, at, actor, event);
    data.events.add(recorded);
    uow.onRollback(() -> data.events.remove(data.events.size() - 1));
    return recorded;
  }

  @Override
  public List<RecordedEvent> read(long afterPosition, int limit) {
    uow.checkOpen();
    int from = (int) Math.min(Math.max(afterPosition, 0), data.events.size());
    int to = (int) Math.min((long) from + limit, data.events.size());
    return List.copyOf(data.events.subList(from, to));
  }

  @Override
  public long lastPosition() {
    uow.checkOpen();
    return data.events.size();
  }
}
