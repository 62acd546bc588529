package org.consulta.core.participant;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;

/**
 * Command: store a participant's contact details, or erase them for good when {@code contact} is
 * empty (right to erasure).
 *
 * @param participant whose details
 * @param contact the new details; empty to erase
 * @param idempotencyKey optional key for safe repetition
 */
public record ContactChange(ParticipantId participant, Optional<ContactDetails> contact, Optional<IdempotencyKey> idempotencyKey)
    implements Command {
  public ContactChange {
    requireNonNull(participant, "participant");
    requireNonNull(contact, "contact");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }
}
