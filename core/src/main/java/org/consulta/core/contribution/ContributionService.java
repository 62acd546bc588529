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
   * Submits many contributions in one transaction (bulk ingest). Each item is judged by the rules
   * of {@link #submit}; the accepted ones are stored with one batched insert, each parent's reply
   * count moves once by the sum of its new replies, and one {@code ContributionSubmitted} event per
   * stored item goes to the log in one append, in item order with consecutive positions. A failure
   * of the store at any point leaves nothing of the batch behind.
   *
   * <p>Problems of the whole batch fail it in either mode, before any item is judged: an unknown
   * consultation, a consultation that is not open, an actor the policy does not let record offline
   * input (offline items) or who is not a registered participant acting for themselves (online
   * items). Problems of one item (invalid input, a participant who is not eligible or not found)
   * are handled by {@link ContributionBatch#mode()}: {@link BatchMode#SKIP_INVALID} reports them in
   * the result; {@link BatchMode#ALL_OR_NOTHING} throws one {@code InvalidInputException} naming
   * them all: an item's invalid fields as {@code items[i].<field>}, any other error of an item as a
   * violation on {@code items[i]} whose reason is the error's kind and message, e.g.
   * {@code "not-eligible: ..."}.
   *
   * @param actor staff or the system recording offline input ({@code onBehalfOf} a participant), or
   *     a participant submitting their own online input
   * @param batch the items and the mode
   * @return what became of each item; after {@link BatchMode#ALL_OR_NOTHING} every item is stored
   * @throws org.consulta.core.error.InvalidInputException in {@link BatchMode#ALL_OR_NOTHING} if any
   *     item is rejected, listing every problem of every item
   * @throws org.consulta.core.error.NotFoundException if an item names a consultation unknown in
   *     the actor's tenant or hidden from the actor
   * @throws ConsultationNotOpenException if an item's consultation is not open
   * @throws org.consulta.core.error.AccessDeniedException if the actor may not submit or record the
   *     items' channels
   * @throws org.consulta.core.error.ConflictException if the batch's idempotency key was used for a
   *     different command
   */
  BatchResult submitAll(Actor actor, ContributionBatch batch);

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

  /**
   * Its author changes a contribution's texts while the consultation is open. The edit goes
   * through the screening pipeline again; masks of the old text are dropped (their offsets no
   * longer apply) and an edit of a contribution a moderator redacted goes back to the queue.
   *
   * @param actor the author
   * @param command the edit
   * @return the edited contribution
   * @throws org.consulta.core.error.InvalidInputException naming every bad field
   * @throws org.consulta.core.error.ConflictException if it is rejected or withdrawn
   * @throws ConsultationNotOpenException if the consultation is not open
   */
  Contribution edit(Actor actor, ContributionEdit command);
}
