package org.consulta.core.store.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ConsultationRepository;
import org.consulta.core.consultation.Phase;
import org.consulta.core.error.ConflictException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.value.Page;
import org.consulta.core.value.PageRequest;
import org.consulta.core.value.SortKey;

/** Consultations of one tenant, inside a {@link MemoryUnitOfWork}. */
final class MemoryConsultations implements ConsultationRepository {
  private final MemoryUnitOfWork uow;
  private final TenantData data;

  MemoryConsultations(MemoryUnitOfWork uow, TenantData data) {
    this.uow = uow;
    this.data = data;
  }

  @Override
  public void insert(Consultation c) {
    uow.checkOpen();
    uow.checkTenant(c.tenant(), "consultation", c.id());
    if (c.version() != 1) {
      throw new IllegalArgumentException("a new consultation is at version 1");
    }
    if (data.consultations.containsKey(c.id())) {
      throw new ConflictException("consultation " + c.id() + " exists");
    }
    uow.put(data.consultations, c.id(), c);
    uow.put(data.consultationOrder, new SortKey(c.createdAt(), c.id().value()), c.id());
  }

  @Override
  public void update(Consultation c) {
    uow.checkOpen();
    uow.checkTenant(c.tenant(), "consultation", c.id());
    Consultation stored = data.consultations.get(c.id());
    if (stored == null) {
      throw new NotFoundException("consultation", c.id());
    }
    MemoryUnitOfWork.checkNextVersion("consultation", c.id(), stored.version(), c.version());
    uow.put(data.consultations, c.id(), c);
  }

  @Override
  public Optional<Consultation> find(ConsultationId id) {
    uow.checkOpen();
    return Optional.ofNullable(data.consultations.get(id));
  }

  @Override
  public Page<Consultation> list(Optional<Phase> phase, PageRequest page) {
    uow.checkOpen();
    NavigableMap<SortKey, ConsultationId> tail = page.after().isPresent()
        ? data.consultationOrder.tailMap(SortKey.fromCursor(page.after().get()), false)
        : data.consultationOrder;
    List<Consultation> items = new ArrayList<>();
    SortKey last = null;
    boolean more = false;
    for (Map.Entry<SortKey, ConsultationId> e : tail.entrySet()) {
      Consultation c = data.consultations.get(e.getValue());
      if (phase.isPresent() && c.phase() != phase.get()) {
        continue;
      }
      if (items.size() == page.limit()) {
        more = true;
        break;
      }
      items.add(c);
      last = e.getKey();
    }
    return new Page<>(items, more ? Optional.of(last.toCursor()) : Optional.empty());
  }

  @Override
  public List<Consultation> dueForScheduledMove(Instant now) {
    uow.checkOpen();
    List<Consultation> due = new ArrayList<>();
    for (Consultation c : data.consultations.values()) {
      if (c.nextScheduledMove().filter(at -> !at.isAfter(now)).isPresent()) {
        due.add(c);
      }
    }
    return due;
  }
}
