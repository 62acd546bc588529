package org.consulta.core.participant;

import java.util.Optional;
import org.consulta.core.access.Actor;

/**
 * Registers participants and keeps their records, contact details and consents. Obtain from
 * {@code Consulta#participants()}. Thread-safe.
 *
 * <p>Every method may also throw {@link org.consulta.core.error.AccessDeniedException} when the
 * access policy refuses, and {@link org.consulta.core.error.NotFoundException} for ids of another
 * tenant.
 */
public interface ParticipantService {
  /**
   * Defines (or replaces) the tenant's demographic schema. Existing answers are not rewritten.
   *
   * @param actor an admin or the system
   * @param schema the schema
   */
  default void defineDemographicSchema(Actor actor, DemographicSchema schema) {
    defineDemographicSchema(actor, new SchemaDefinition(schema, java.util.Optional.empty()));
  }

  /**
   * Defines (or replaces) the tenant's demographic schema, with an optional idempotency key.
   *
   * @param actor an admin or the system
   * @param command the definition
   */
  void defineDemographicSchema(Actor actor, SchemaDefinition command);

  /**
   * @param actor anyone
   * @return the tenant's schema, empty if none was defined
   */
  DemographicSchema demographicSchema(Actor actor);

  /**
   * @param actor anyone, typically an anonymous visitor or the embedder's system
   * @param command the registration
   * @return the new participant
   * @throws org.consulta.core.error.InvalidInputException listing every bad field
   * @throws org.consulta.core.error.ConflictException if the external ref is taken
   */
  Participant register(Actor actor, NewParticipant command);

  /**
   * @param actor the participant or staff
   * @param id a participant id
   * @return the participant
   * @throws org.consulta.core.error.NotFoundException if unknown in the actor's tenant
   */
  Participant get(Actor actor, ParticipantId id);

  /**
   * @param actor staff or the system
   * @param externalRef the embedder's key
   * @return the participant with that key
   */
  Optional<Participant> findByExternalRef(Actor actor, String externalRef);

  /**
   * @param actor the participant, an admin or the system
   * @param command the change
   * @return the new version
   * @throws org.consulta.core.error.VersionConflictException if {@code expectedVersion} is stale
   */
  Participant update(Actor actor, ParticipantUpdate command);

  /**
   * @param actor the participant, an admin or the system
   * @param id a participant
   * @return their contact details, if stored
   */
  Optional<ContactDetails> contact(Actor actor, ParticipantId id);

  /**
   * @param actor the participant, an admin or the system
   * @param id a participant
   * @param contact the new contact details
   */
  default void updateContact(Actor actor, ParticipantId id, ContactDetails contact) {
    changeContact(actor, new ContactChange(id, Optional.of(contact), Optional.empty()));
  }

  /**
   * Erases contact details for good (right to erasure). The participant and their contributions
   * stay, pseudonymous.
   *
   * @param actor the participant, an admin or the system
   * @param id a participant
   * @return whether anything was erased
   */
  default boolean eraseContact(Actor actor, ParticipantId id) {
    return changeContact(actor, new ContactChange(id, Optional.empty(), Optional.empty()));
  }

  /**
   * Stores or erases contact details, with an optional idempotency key.
   *
   * @param actor the participant, an admin or the system
   * @param command the change
   * @return whether anything changed (false when erasing details that were not there)
   * @throws org.consulta.core.error.InvalidInputException if the details are malformed
   */
  boolean changeContact(Actor actor, ContactChange command);
}
