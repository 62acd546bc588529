package org.consulta.core.participant;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.consulta.core.value.Command;
import org.consulta.core.value.ConsultaStyle;
import org.consulta.core.value.IdempotencyKey;
import org.immutables.value.Value;

/**
 * Command: change a participant's display name, demographics or consents. Absent fields are left
 * as they are; given demographics replace the old ones entirely. Build with {@code new
 * ParticipantUpdateBuilder()}.
 *
 * @param participant whose record
 * @param expectedVersion if present, the version the caller read (optimistic concurrency)
 * @param displayName a new display name
 * @param demographics new demographics, replacing the old ones
 * @param consents consent kinds to grant (true) or withdraw (false)
 * @param idempotencyKey optional key for safe repetition
 */
@ConsultaStyle
@Value.Builder
public record ParticipantUpdate(
    ParticipantId participant,
    OptionalLong expectedVersion,
    Optional<String> displayName,
    Optional<Map<String, String>> demographics,
    Map<ConsentKind, Boolean> consents,
    Optional<IdempotencyKey> idempotencyKey)
    implements Command {
  public ParticipantUpdate {
    requireNonNull(participant, "participant");
    requireNonNull(expectedVersion, "expectedVersion");
    requireNonNull(displayName, "displayName");
    demographics = requireNonNull(demographics, "demographics").map(Map::copyOf);
    consents = Map.copyOf(requireNonNull(consents, "consents"));
    requireNonNull(idempotencyKey, "idempotencyKey");
  }
}
