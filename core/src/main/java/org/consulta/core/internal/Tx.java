package org.consulta.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.consulta.core.access.AccessTarget;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Operation;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.PhaseChange;
import org.consulta.core.error.AccessDeniedException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.VersionConflictException;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.store.EventLog;
import org.consulta.core.store.UnitOfWork;

/** One command's context: its unit of work, actor, instant and the events it recorded. */
final class Tx {
  /** The subject recorded for phase moves made by the clock. */
  static final String CLOCK = "clock";

  final Engine engine;
  final UnitOfWork uow;
  final Actor actor;
  final Instant now;
  final List<EventLog.PendingEvent> pending = new ArrayList<>();
  List<RecordedEvent> recorded = List.of();
  /** Messages for participants, handed to the notifier after commit. */
  final List<org.consulta.core.notification.Notification> notifications = new ArrayList<>();
  /** Set when the caller's expectedVersion was stale: such a conflict is the caller's to resolve, never retried. */
  boolean callerConflict;

  Tx(Engine engine, UnitOfWork uow, Actor actor, Instant now) {
    this.engine = engine;
    this.uow = uow;
    this.actor = actor;
    this.now = now;
  }

  void record(ConsultaEvent event) {
    record(actor.subject(), event);
  }

  void record(String subject, ConsultaEvent event) {
    pending.add(new EventLog.PendingEvent(engine.ids.next(), now, subject, event));
  }

  /** Appends the command's events in one write, after all its other writes. */
  void appendEvents() {
    if (!pending.isEmpty()) {
      Monitoring.observe(this, pending);
      recorded = uow.events().appendAll(pending);
      pending.clear();
      Webhooks.enqueue(this, recorded);
    }
  }

  boolean permits(Operation operation, AccessTarget target) {
    return engine.policy.permits(actor, operation, target);
  }

  void require(Operation operation, AccessTarget target) {
    if (!permits(operation, target)) {
      throw new AccessDeniedException(actor.subject() + " with roles " + actor.roles() + " may not " + operation);
    }
  }

  void checkVersion(String what, Object id, OptionalLong expected, long actual) {
    if (expected.isPresent() && expected.getAsLong() != actual) {
      callerConflict = true;
      throw new VersionConflictException(what, id, expected.getAsLong(), actual);
    }
  }

  /** Loads a consultation of this tenant, applying (and storing) the phase moves the clock made due. */
  Consultation consultation(ConsultationId id) {
    Consultation stored = uow.consultations().find(id).orElseThrow(() -> new NotFoundException("consultation", id));
    return advance(stored);
  }

  Consultation advance(Consultation c) {
    List<PhaseChange> moves = c.dueMoves(now);
    if (moves.isEmpty()) {
      return c;
    }
    Consultation moved = Consultations.withMoves(c, moves, c.version() + 1, now);
    uow.consultations().update(moved);
    for (PhaseChange move : moves) {
      record(CLOCK, new ConsultaEvent.PhaseChanged(c.id(), move.from(), move.to(), move.at(), true));
    }
    return moved;
  }
}
