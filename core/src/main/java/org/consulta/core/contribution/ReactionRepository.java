package org.consulta.core.contribution;

import java.util.List;
import java.util.Optional;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.participant.ParticipantId;

/**
 * Storage port for reactions (one per participant per contribution), as seen inside one unit of
 * work bound to one tenant. Not thread-safe.
 */
public interface ReactionRepository {
  /**
   * @param contribution a contribution
   * @param participant a participant
   * @return their current reaction, if any
   */
  Optional<Reaction> find(ContributionId contribution, ParticipantId participant);

  /**
   * Stores a reaction, replacing the participant's earlier one on the same contribution.
   *
   * @param consultation the contribution's consultation (for per-consultation support counts)
   * @param reaction the reaction
   */
  void save(ConsultationId consultation, Reaction reaction);

  /**
   * @param consultation the contribution's consultation
   * @param contribution a contribution
   * @param participant a participant
   * @return whether a reaction was removed
   */
  boolean delete(ConsultationId consultation, ContributionId contribution, ParticipantId participant);

  /**
   * @param consultation a consultation
   * @param participant a participant
   * @return how many contributions of that consultation the participant currently supports
   */
  long supportsGiven(ConsultationId consultation, ParticipantId participant);

  /**
   * The reactions to a consultation's contributions, a page at a time, ordered by contribution id
   * then participant id (both as unsigned numbers, which is how UUIDs sort in the JDBC store too).
   *
   * @param consultation a consultation
   * @param after the last reaction of the previous page
   * @param limit the page size
   * @return the page
   */
  List<Reaction> reactions(ConsultationId consultation, Optional<Reaction> after, int limit);
}
