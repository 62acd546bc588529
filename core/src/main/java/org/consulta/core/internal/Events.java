package org.consulta.core.internal;

import java.util.List;
import org.consulta.core.access.AccessTarget;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Operation;
import org.consulta.core.error.Violations;
import org.consulta.core.event.EventService;
import org.consulta.core.event.RecordedEvent;

/** {@link EventService} on the engine. */
final class Events implements EventService {
  private final Engine engine;

  Events(Engine engine) {
    this.engine = engine;
  }

  @Override
  public List<RecordedEvent> read(Actor actor, long afterPosition, int limit) {
    Violations v = new Violations();
    v.check(afterPosition >= 0, "afterPosition", "must not be negative");
    v.check(limit >= 1 && limit <= 1000, "limit", "must be 1..1000");
    v.throwIfAny();
    return engine.query(actor, tx -> {
      tx.require(Operation.READ_EVENTS, AccessTarget.tenantWide());
      return tx.uow.events().read(afterPosition, limit);
    });
  }

  @Override
  public long lastPosition(Actor actor) {
    return engine.query(actor, tx -> {
      tx.require(Operation.READ_EVENTS, AccessTarget.tenantWide());
      return tx.uow.events().lastPosition();
    });
  }
}
