package org.consulta.core.contribution;

import org.consulta.core.access.Actor;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.value.Page;
import org.consulta.core.value.PageRequest;

/**
 * Takes, reads, counts and reacts to contributions. Obtain from {@code Consulta#contributions()}.
 * Thread-safe.
 *
 * <p>Every method may throw {@link org.consulta.core.error.AccessDeniedException} when the access
 * policy refuses and {@link org.consulta.core.error.NotFoundException} for ids unknown in the
 * actor's tenant (or that the actor may not see).
 */
public interface ContributionService {
  /**
   * Submits a contribution. Accepted only while the consultation is open, on a channel it offers,
   * of a kind it accepts, from an eligible participant.
   *
   * @param actor a participant (online) or staff (offline channels)
   * @param command the contribution
   * @return the stored contribution
   * @throws org.consulta.core.error.InvalidInputException listing every bad field
   * @throws ConsultationNotOpenException if the consultation is not open
   * @throws NotEligibleException if the participant may not take part
   */
  Contribution submit(Actor actor, NewContribution command);

  /**
   * @param actor anyone allowed to see it
   * @param id a contribution
   * @return the contribution
   */
  Contribution get(Actor actor, ContributionId id);

  /**
   * Lists a consultation's contributions that the actor may see, with keyset pagination.
   *
   * @param actor anyone
   * @param query filters
   * @param page where to start and how many
   * @return one page, oldest first
   */
  Page<Contribution> list(Actor actor, ContributionQuery query, PageRequest page);

  /**
   * @param actor a participant
   * @param page where to start and how many
   * @return the actor's own contributions across consultations, oldest first
   */
  Page<Contribution> mine(Actor actor, PageRequest page);

  /**
   * @param actor anyone
   * @param consultation a consultation
   * @return its counts by kind, channel and state
   */
  ContributionCounts counts(Actor actor, ConsultationId consultation);

  /**
   * Sets the acting participant's reaction. Only while the consultation is open; supports count
   * against the consultation's per-participant limit.
   *
   * @param actor a participant
   * @param command the reaction
   * @return the contribution with its new tally
   * @throws org.consulta.core.error.InvalidInputException for a stance out of range or opposing where not allowed
   * @throws SupportLimitReachedException if the participant has used all their supports
   */
  Contribution react(Actor actor, ReactionChange command);

  /**
   * @param actor the author, an admin or the system
   * @param command the withdrawal
   * @return the withdrawn contribution
   */
  Contribution withdraw(Actor actor, Withdrawal command);
}
