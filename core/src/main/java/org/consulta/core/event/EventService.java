package org.consulta.core.event;

import java.util.List;
import org.consulta.core.access.Actor;

/**
 * Reads a tenant's event log: the audit trail, and the feed adapters publish. Obtain from {@code
 * Consulta#events()}. Thread-safe.
 */
public interface EventService {
  /**
   * @param actor an auditor, admin or the system
   * @param afterPosition read events after this position (0 for the start)
   * @param limit how many at most, 1..1000
   * @return the events, in position order
   * @throws org.consulta.core.error.AccessDeniedException if the actor may not read the log
   */
  List<RecordedEvent> read(Actor actor, long afterPosition, int limit);

  /**
   * @param actor an auditor, admin or the system
   * @return the position of the newest event, 0 if the log is empty
   */
  long lastPosition(Actor actor);
}
