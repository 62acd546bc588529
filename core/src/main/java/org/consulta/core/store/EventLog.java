package org.consulta.core.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.RecordedEvent;

/**
 * Storage port for one tenant's append-only event log, inside a unit of work. Positions are
 * assigned at append, 1, 2, 3, ... without gaps: a rolled-back transaction gives its positions
 * back, and two concurrent transactions never get the same one. Not thread-safe.
 */
public interface EventLog {
  /**
   * @param id a globally unique id for the event
   * @param at when it happened
   * @param actor the subject who caused it
   * @param event what happened
   * @return the event with its position
   */
  RecordedEvent append(UUID id, Instant at, String actor, ConsultaEvent event);

  /**
   * Appends several events at once, in order, with consecutive positions. Stores should make this
   * one write (one batched insert, one position update); the engine appends each command's events
   * with one call, at the end of the command, so the log's position counter is held for as short
   * a time as possible and always after the command's other writes.
   *
   * @param events the events to append, in order
   * @return the events with their positions, in order
   */
  default List<RecordedEvent> appendAll(List<PendingEvent> events) {
    List<RecordedEvent> recorded = new java.util.ArrayList<>(events.size());
    for (PendingEvent e : events) {
      recorded.add(append(e.id(), e.at(), e.actor(), e.event()));
    }
    return recorded;
  }

  /**
   * An event not yet in the log.
   *
   * @param id its globally unique id
   * @param at when it happened
   * @param actor the subject who caused it
   * @param event what happened
   */
  record PendingEvent(UUID id, Instant at, String actor, ConsultaEvent event) {
    public PendingEvent {
      java.util.Objects.requireNonNull(id, "id");
      java.util.Objects.requireNonNull(at, "at");
      java.util.Objects.requireNonNull(actor, "actor");
      java.util.Objects.requireNonNull(event, "event");
    }
  }

  /**
   * @param afterPosition read events after this position, 0 for the start
   * @param limit how many at most
   * @return events in position order
   */
  List<RecordedEvent> read(long afterPosition, int limit);

  /** @return the newest position, 0 if the log is empty */
  long lastPosition();
}
