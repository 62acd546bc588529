package org.consulta.core.store.memory;

import java.util.Optional;
import org.consulta.core.error.ConflictException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.participant.ContactDetails;
import org.consulta.core.participant.DemographicSchema;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.participant.ParticipantRepository;

/** Participants, contacts and the demographic schema of one tenant, inside a {@link MemoryUnitOfWork}. */
final class MemoryParticipants implements ParticipantRepository {
  private final MemoryUnitOfWork uow;
  private final TenantData data;

  MemoryParticipants(MemoryUnitOfWork uow, TenantData data) {
    this.uow = uow;
    this.data = data;
  }

  @Override
  public void insert(Participant p) {
    uow.checkOpen();
    uow.checkTenant(p.tenant(), "participant", p.id());
    if (p.version() != 1) {
      throw new IllegalArgumentException("a new participant is at version 1");
    }
    if (data.participants.containsKey(p.id())) {
      throw new ConflictException("participant " + p.id() + " exists");
    }
    if (p.externalRef().isPresent() && data.externalRefs.containsKey(p.externalRef().get())) {
      throw new ConflictException("external ref is already registered");
    }
    uow.put(data.participants, p.id(), p);
    p.externalRef().ifPresent(ref -> uow.put(data.externalRefs, ref, p.id()));
  }

  @Override
  public void update(Participant p) {
    uow.checkOpen();
    uow.checkTenant(p.tenant(), "participant", p.id());
    Participant stored = data.participants.get(p.id());
    if (stored == null) {
      throw new NotFoundException("participant", p.id());
    }
    MemoryUnitOfWork.checkNextVersion("participant", p.id(), stored.version(), p.version());
    if (!stored.externalRef().equals(p.externalRef())) {
      if (p.externalRef().isPresent() && data.externalRefs.containsKey(p.externalRef().get())) {
        throw new ConflictException("external ref is already registered");
      }
      stored.externalRef().ifPresent(ref -> uow.remove(data.externalRefs, ref));
      p.externalRef().ifPresent(ref -> uow.put(data.externalRefs, ref, p.id()));
    }
    uow.put(data.participants, p.id(), p);
  }

  @Override
  public Optional<Participant> find(ParticipantId id) {
    uow.checkOpen();
    return Optional.ofNullable(data.participants.get(id));
  }

  @Override
  public Optional<Participant> findByExternalRef(String externalRef) {
    uow.checkOpen();
    return Optional.ofNullable(data.externalRefs.get(externalRef)).map(data.participants::get);
  }

  @Override
  public long count() {
    uow.checkOpen();
    return data.participants.size();
  }

  @Override
  public Optional<ContactDetails> contact(ParticipantId id) {
    uow.checkOpen();
    return Optional.ofNullable(data.contacts.get(id));
  }

  @Override
  public void saveContact(ParticipantId id, ContactDetails contact) {
    uow.checkOpen();
    if (!data.participants.containsKey(id)) {
      throw new NotFoundException("participant", id);
    }
    uow.put(data.contacts, id, contact);
  }

  @Override
  public boolean eraseContact(ParticipantId id) {
    uow.checkOpen();
    return uow.remove(data.contacts, id) != null;
  }

  @Override
  public Optional<DemographicSchema> demographicSchema() {
    uow.checkOpen();
    return Optional.ofNullable(data.schema);
  }

  @Override
  public void saveDemographicSchema(DemographicSchema schema) {
    uow.checkOpen();
    DemographicSchema old = data.schema;
    data.schema = schema;
    uow.onRollback(() -> data.schema = old);
  }
}
