package org.consulta.core.participant;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;

/**
 * Command: define (or replace) the tenant's demographic schema.
 *
 * @param schema the schema
 * @param idempotencyKey optional key for safe repetition
 */
public record SchemaDefinition(DemographicSchema schema, Optional<IdempotencyKey> idempotencyKey) implements Command {
  public SchemaDefinition {
    requireNonNull(schema, "schema");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }
}
