package org.consulta.core.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consulta.core.access.AccessTarget;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Operation;
import org.consulta.core.error.ConflictException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.Violations;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.participant.Consent;
import org.consulta.core.participant.ConsentKind;
import org.consulta.core.participant.ContactChange;
import org.consulta.core.participant.ContactDetails;
import org.consulta.core.participant.DemographicDimension;
import org.consulta.core.participant.DemographicSchema;
import org.consulta.core.participant.Demographics;
import org.consulta.core.participant.NewParticipant;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.participant.ParticipantService;
import org.consulta.core.participant.ParticipantUpdate;
import org.consulta.core.participant.SchemaDefinition;
import org.consulta.core.store.UnitOfWork;

/** {@link ParticipantService} on the engine. */
final class Participants implements ParticipantService {
  private final Engine engine;

  Participants(Engine engine) {
    this.engine = engine;
  }

  static AccessTarget target(ParticipantId id) {
    return AccessTarget.ownedBy(id.toString());
  }

  static Participant find(UnitOfWork uow, ParticipantId id) {
    return uow.participants().find(id).orElseThrow(() -> new NotFoundException("participant", id));
  }

  @Override
  public void defineDemographicSchema(Actor actor, SchemaDefinition cmd) {
    DemographicSchema schema = cmd.schema();
    engine.command(actor, cmd, tx -> {
      tx.require(Operation.DEFINE_DEMOGRAPHIC_SCHEMA, AccessTarget.tenantWide());
      tx.uow.participants().saveDemographicSchema(schema);
      tx.record(new ConsultaEvent.DemographicSchemaDefined(schema.dimensions().stream().map(DemographicDimension::key).toList()));
      return schema;
    });
  }

  @Override
  public DemographicSchema demographicSchema(Actor actor) {
    return engine.query(actor, tx -> tx.uow.participants().demographicSchema().orElse(DemographicSchema.empty()));
  }

  @Override
  public Participant register(Actor actor, NewParticipant cmd) {
    return engine.command(actor, cmd, tx -> {
      tx.require(Operation.REGISTER_PARTICIPANT, AccessTarget.tenantWide());
      Violations v = new Violations();
      cmd.displayName().ifPresent(name -> displayName(v, name));
      cmd.externalRef().ifPresent(ref -> v.check(!ref.isBlank() && ref.length() <= 128, "externalRef", "must be 1..128 characters"));
      schema(tx.uow).validate(cmd.demographics(), "demographics", v);
      cmd.contact().ifPresent(c -> c.validate("contact", v));
      v.throwIfAny();
      if (cmd.externalRef().isPresent() && tx.uow.participants().findByExternalRef(cmd.externalRef().get()).isPresent()) {
        throw new ConflictException("a participant with this external ref is already registered");
      }
      Map<ConsentKind, Consent> consents = new EnumMap<>(ConsentKind.class);
      cmd.consents().forEach(kind -> consents.put(kind, new Consent(kind, true, tx.now)));
      Participant p = new Participant(new ParticipantId(engine.ids.next()), actor.tenant(), 1, cmd.displayName(), cmd.externalRef(),
          new Demographics(cmd.demographics()), consents, tx.now, tx.now);
      tx.uow.participants().insert(p);
      tx.record(new ConsultaEvent.ParticipantRegistered(p.id()));
      for (ConsentKind kind : consents.keySet()) {
        tx.record(new ConsultaEvent.ConsentChanged(p.id(), kind, true));
      }
      if (cmd.contact().isPresent()) {
        tx.uow.participants().saveContact(p.id(), cmd.contact().get());
        tx.record(new ConsultaEvent.ContactDetailsUpdated(p.id()));
      }
      return p;
    });
  }

  @Override
  public Participant get(Actor actor, ParticipantId id) {
    return engine.query(actor, tx -> {
      Participant p = find(tx.uow, id);
      if (!tx.permits(Operation.READ_PARTICIPANT, target(id))) {
        throw new NotFoundException("participant", id);
      }
      return p;
    });
  }

  @Override
  public Optional<Participant> findByExternalRef(Actor actor, String externalRef) {
    return engine.query(actor, tx -> {
      tx.require(Operation.READ_PARTICIPANT, AccessTarget.tenantWide());
      return tx.uow.participants().findByExternalRef(externalRef);
    });
  }

  @Override
  public Participant update(Actor actor, ParticipantUpdate cmd) {
    return engine.command(actor, cmd, tx -> {
      Participant p = find(tx.uow, cmd.participant());
      tx.require(Operation.UPDATE_PARTICIPANT, target(p.id()));
      tx.checkVersion("participant", p.id(), cmd.expectedVersion(), p.version());
      Violations v = new Violations();
      cmd.displayName().ifPresent(name -> displayName(v, name));
      cmd.demographics().ifPresent(d -> schema(tx.uow).validate(d, "demographics", v));
      v.throwIfAny();
      List<String> fields = new ArrayList<>();
      if (cmd.displayName().isPresent() && !cmd.displayName().equals(p.displayName())) {
        fields.add("displayName");
      }
      Demographics demographics = cmd.demographics().map(Demographics::new).orElse(p.demographics());
      if (!demographics.equals(p.demographics())) {
        fields.add("demographics");
      }
      Map<ConsentKind, Consent> consents = new EnumMap<>(ConsentKind.class);
      consents.putAll(p.consents());
      List<ConsentKind> changedConsents = new ArrayList<>();
      cmd.consents().forEach((kind, granted) -> {
        if (p.hasConsented(kind) != granted || !p.consents().containsKey(kind)) {
          consents.put(kind, new Consent(kind, granted, tx.now));
          changedConsents.add(kind);
        }
      });
      if (!changedConsents.isEmpty()) {
        fields.add("consents");
      }
      if (fields.isEmpty()) {
        return p;
      }
      Participant next = new Participant(p.id(), p.tenant(), p.version() + 1, cmd.displayName().or(p::displayName), p.externalRef(),
          demographics, consents, p.registeredAt(), tx.now);
      tx.uow.participants().update(next);
      tx.record(new ConsultaEvent.ParticipantUpdated(p.id(), next.version(), fields));
      for (ConsentKind kind : changedConsents) {
        tx.record(new ConsultaEvent.ConsentChanged(p.id(), kind, consents.get(kind).granted()));
      }
      return next;
    });
  }

  @Override
  public Optional<ContactDetails> contact(Actor actor, ParticipantId id) {
    return engine.query(actor, tx -> {
      find(tx.uow, id);
      tx.require(Operation.READ_CONTACT, target(id));
      return tx.uow.participants().contact(id);
    });
  }

  @Override
  public boolean changeContact(Actor actor, ContactChange cmd) {
    return engine.command(actor, cmd, tx -> {
      ParticipantId id = cmd.participant();
      find(tx.uow, id);
      if (cmd.contact().isEmpty()) {
        tx.require(Operation.ERASE_CONTACT, target(id));
        boolean erased = tx.uow.participants().eraseContact(id);
        if (erased) {
          tx.record(new ConsultaEvent.ContactDetailsErased(id));
        }
        return erased;
      }
      tx.require(Operation.UPDATE_CONTACT, target(id));
      Violations v = new Violations();
      cmd.contact().get().validate("contact", v);
      v.throwIfAny();
      tx.uow.participants().saveContact(id, cmd.contact().get());
      tx.record(new ConsultaEvent.ContactDetailsUpdated(id));
      return true;
    });
  }

  private static DemographicSchema schema(UnitOfWork uow) {
    return uow.participants().demographicSchema().orElse(DemographicSchema.empty());
  }

  private static void displayName(Violations v, String name) {
    v.check(!name.isBlank() && name.length() <= 80, "displayName", "must be 1..80 characters");
  }
}
