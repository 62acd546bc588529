package org.consulta.core.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.consulta.core.access.TenantId;

/**
 * An event as stored in a tenant's log.
 *
 * @param tenant the tenant whose log holds it
 * @param position its number in that log: 1, 2, 3, ... without gaps
 * @param id a globally unique id (for de-duplication by consumers)
 * @param recordedAt when it was recorded, by the engine's clock
 * @param actor the subject who caused it
 * @param event what happened
 */
public record RecordedEvent(TenantId tenant, long position, UUID id, Instant recordedAt, String actor, ConsultaEvent event) {
  public RecordedEvent {
    requireNonNull(tenant, "tenant");
    requireNonNull(id, "id");
    requireNonNull(recordedAt, "recordedAt");
    requireNonNull(actor, "actor");
    requireNonNull(event, "event");
    if (position < 1) {
      throw new IllegalArgumentException("positions start at 1");
    }
  }
}
