package org.consulta.core.participant;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Storage port for participants, their contact details and the tenant's demographic schema, as
 * seen inside one unit of work bound to one tenant. Implementations never return another
 * tenant's data.
 *
 * <p>Not thread-safe: used by one unit of work on one thread.
 */
public interface ParticipantRepository {
  /**
   * @param participant a new participant at version 1
   * @throws org.consulta.core.error.ConflictException if the id or external ref is taken
   */
  void insert(Participant participant);

  /**
   * Stores a new version.
   *
   * @param participant the new state, at stored version + 1
   * @throws org.consulta.core.error.VersionConflictException if the stored version is not
   *     {@code participant.version() - 1}
   * @throws org.consulta.core.error.ConflictException if the new external ref is another
   *     participant's
   * @throws org.consulta.core.error.NotFoundException if it does not exist
   */
  void update(Participant participant);

  /**
   * @param id an id
   * @return the participant, if it exists in this tenant
   */
  Optional<Participant> find(ParticipantId id);

  /**
   * Finds many participants at once, for bulk commands (a batch of offline input names up to
   * thousands of authors). The default calls {@link #find} for each; stores that pay a round trip
   * per call should answer with one query, or a few.
   *
   * @param ids ids, each at most once
   * @return the participants of this tenant among them, by id; ids not found are absent
   */
  default Map<ParticipantId, Participant> findAll(Collection<ParticipantId> ids) {
    Map<ParticipantId, Participant> found = new HashMap<>();
    for (ParticipantId id : ids) {
      find(id).ifPresent(p -> found.put(id, p));
    }
    return found;
  }

  /**
   * @param externalRef the embedder's key
   * @return the participant with that key, if any
   */
  Optional<Participant> findByExternalRef(String externalRef);

  /** @return how many participants this tenant has */
  long count();

  /**
   * @param id a participant
   * @return their contact details, if stored and not erased
   */
  Optional<ContactDetails> contact(ParticipantId id);

  /**
   * @param id an existing participant
   * @param contact their contact details, replacing any stored
   */
  void saveContact(ParticipantId id, ContactDetails contact);

  /**
   * Deletes the contact details for good.
   *
   * @param id a participant
   * @return whether there was anything to erase
   */
  boolean eraseContact(ParticipantId id);

  /** @return the tenant's demographic schema, empty if none was defined */
  Optional<DemographicSchema> demographicSchema();

  /** @param schema the tenant's demographic schema, replacing any earlier one */
  void saveDemographicSchema(DemographicSchema schema);
}
