package org.consulta.core.contribution;

import java.util.List;
import java.util.Optional;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.SortKey;

/**
 * Storage port for contributions, as seen inside one unit of work bound to one tenant.
 * Implementations never return another tenant's data. Not thread-safe.
 */
public interface ContributionRepository {
  /**
   * @param contribution a new contribution at version 1
   * @throws org.consulta.core.error.ConflictException if the id exists
   */
  void insert(Contribution contribution);

  /**
   * Inserts many new contributions at once (bulk ingest); same rules as {@link #insert}.
   *
   * @param contributions new contributions at version 1
   */
  default void insertAll(List<Contribution> contributions) {
    contributions.forEach(this::insert);
  }

  /**
   * Stores a new version; a change of state moves its count in {@link #counts}.
   *
   * @param contribution the new state at stored version + 1; its consultation, author, kind,
   *     channel and submission time never change (a store may reject such an update with an
   *     {@link IllegalArgumentException})
   * @throws org.consulta.core.error.VersionConflictException if the stored version differs
   * @throws org.consulta.core.error.NotFoundException if it does not exist
   */
  void update(Contribution contribution);

  /**
   * @param id an id
   * @return the contribution, if it exists in this tenant
   */
  Optional<Contribution> find(ContributionId id);

  /**
   * Like {@link #find}, but the contribution stays locked against concurrent writers until the unit
   * of work ends, so a read-modify-write of a popular contribution (its tally, its reply count)
   * queues behind other writers instead of failing their version check. Stores that run a
   * tenant's transactions one at a time need not do anything more than {@link #find}.
   *
   * @param id an id
   * @return the contribution, if it exists in this tenant
   */
  default Optional<Contribution> findForUpdate(ContributionId id) {
    return find(id);
  }

  /**
   * The matching contributions after a position, ascending by {@link Contribution#sortKey()}.
   *
   * @param query the filters
   * @param after only those strictly after this key, if given
   * @param limit how many at most
   * @return up to {@code limit} contributions in order
   */
  List<Contribution> list(ContributionQuery query, Optional<SortKey> after, int limit);

  /**
   * A participant's contributions across consultations, ascending by sort key.
   *
   * @param author the participant
   * @param after only those strictly after this key, if given
   * @param limit how many at most
   * @return up to {@code limit} contributions in order
   */
  List<Contribution> listByAuthor(ParticipantId author, Optional<SortKey> after, int limit);

  /**
   * @param consultation a consultation
   * @return its counts by kind, channel and state
   */
  ContributionCounts counts(ConsultationId consultation);
}
