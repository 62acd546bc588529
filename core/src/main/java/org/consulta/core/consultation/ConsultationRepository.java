package org.consulta.core.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.consulta.core.value.Page;
import org.consulta.core.value.PageRequest;

/**
 * Storage port for consultations, as seen inside one unit of work bound to one tenant.
 * Implementations never return another tenant's data. Not thread-safe.
 */
public interface ConsultationRepository {
  /**
   * @param consultation a new consultation at version 1
   * @throws org.consulta.core.error.ConflictException if the id exists
   */
  void insert(Consultation consultation);

  /**
   * @param consultation the new state at stored version + 1; its {@code createdAt} never changes
   * @throws org.consulta.core.error.VersionConflictException if the stored version differs
   * @throws org.consulta.core.error.NotFoundException if it does not exist
   */
  void update(Consultation consultation);

  /**
   * @param id an id
   * @return the consultation as stored, if it exists in this tenant
   */
  Optional<Consultation> find(ConsultationId id);

  /**
   * Lists by {@code (createdAt, id)} ascending with keyset pagination (ids compare as in {@link
   * org.consulta.core.value.SortKey}). The page's next cursor is present exactly when more matching
   * consultations follow, and is {@code new SortKey(last.createdAt(), last.id().value()).toCursor()}
   * of its last item.
   *
   * @param phase only this stored phase, if given
   * @param page where to start and how many
   * @return one page
   */
  Page<Consultation> list(Optional<Phase> phase, PageRequest page);

  /**
   * @param now an instant
   * @return consultations whose {@link Consultation#nextScheduledMove()} is at or before {@code now},
   *     in no particular order
   */
  List<Consultation> dueForScheduledMove(Instant now);
}
