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
   * @param afterPosition read events after this position, 0 for the start
   * @param limit how many at most
   * @return events in position order
   */
  List<RecordedEvent> read(long afterPosition, int limit);

  /** @return the newest position, 0 if the log is empty */
  long lastPosition();
}
