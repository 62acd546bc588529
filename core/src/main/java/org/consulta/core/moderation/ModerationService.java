package org.consulta.core.moderation;

import java.time.LocalDate;
import java.util.Optional;
import org.consulta.core.access.Actor;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.value.Page;
import org.consulta.core.value.PageRequest;

/**
 * Flags, the review queue, decisions, appeals, campaigns and the transparency report. Obtain from
 * {@code Consulta#moderation()}. Screening runs inside {@code ContributionService#submit} and
 * {@code #edit}; this service handles what comes after.
 *
 * <p>Thread-safe. Every method runs as one transaction in the actor's tenant; ids of another
 * tenant are "not found". Moderators never decide the same case at once: deciding needs the
 * case's lease (claimed with {@link #claimNext} or {@link #claim}, or taken by the decision itself
 * when nobody holds it), and the store locks the case while a decision is written.
 */
public interface ModerationService {
  /**
   * A participant flags a published contribution, citing a house rule: one flag per participant
   * per contribution. The flag puts the contribution in the queue (or raises its priority there);
   * the consultation's threshold of flags hides it pending review.
   *
   * @param actor a participant
   * @param command the flag
   * @return the flag
   * @throws org.consulta.core.error.InvalidInputException if the reason is not a house rule code
   * @throws org.consulta.core.error.ConflictException if the participant flagged it already, it is
   *     their own, or it is not published
   */
  Flag flag(Actor actor, NewFlag command);

  /**
   * @param actor a moderator, auditor, admin or the system
   * @param filter which queued cases
   * @param page keyset page
   * @return queued cases, most urgent first
   */
  Page<ModerationCase> queue(Actor actor, QueueFilter filter, PageRequest page);

  /**
   * Leases the most urgent unclaimed case the filter matches to the actor. Concurrent callers get
   * different cases. Escalated cases go only to admins and the system; an appeal never goes to the
   * moderator whose decision is appealed.
   *
   * @param actor a moderator, admin or the system
   * @param request the filter and lease
   * @return the claimed case, or empty when none is waiting
   */
  Optional<ModerationCase> claimNext(Actor actor, ClaimRequest request);

  /**
   * Leases one case to the actor (or renews the actor's lease).
   *
   * @param actor a moderator, admin or the system
   * @param id the case
   * @return the claimed case
   * @throws org.consulta.core.error.ConflictException if another moderator holds a live lease or
   *     the case is not in the queue
   */
  ModerationCase claim(Actor actor, ModerationCaseId id);

  /**
   * Gives a claimed case back to the queue.
   *
   * @param actor the moderator holding the lease, an admin or the system
   * @param id the case
   * @return the released case
   */
  ModerationCase release(Actor actor, ModerationCaseId id);

  /**
   * Decides a queued case: approve, reject, hide, redact or escalate, citing a house rule. The
   * contribution's state changes in the same transaction; its author is notified with the rule's
   * text and whether and until when they can appeal.
   *
   * @param actor a moderator (escalated cases: an admin or the system)
   * @param decision the decision
   * @return the decided case
   * @throws org.consulta.core.error.InvalidInputException naming every bad field (reason, spans,
   *     note)
   * @throws org.consulta.core.error.ConflictException if another moderator holds the lease or the
   *     case is not open
   */
  ModerationCase decide(Actor actor, CaseDecision decision);

  /**
   * The author appeals the latest decision on their contribution, within the appeal window.
   *
   * @param actor the contribution's author
   * @param appeal the appeal
   * @return a receipt: the case is back in the queue, a decision due by the policy's deadline
   *     (the case itself is for staff)
   * @throws org.consulta.core.error.ConflictException if there is no appealable decision or the
   *     window has closed
   */
  AppealReceipt appeal(Actor actor, NewAppeal appeal);

  /**
   * A second moderator decides an appeal: upheld, or overturned (the contribution is published
   * again without the appealed decision's masks).
   *
   * @param actor a moderator other than the one whose decision is appealed
   * @param decision the appeal decision
   * @return the closed case
   * @throws org.consulta.core.error.AccessDeniedException if the actor made the appealed decision
   */
  ModerationCase decideAppeal(Actor actor, AppealDecision decision);

  /**
   * @param actor a moderator, auditor, admin or the system
   * @param id a case
   * @return the case
   */
  ModerationCase get(Actor actor, ModerationCaseId id);

  /**
   * @param actor a moderator, auditor, admin or the system
   * @param contribution a contribution
   * @return its newest case
   * @throws org.consulta.core.error.NotFoundException for anyone else (as for {@link #get}, so
   *     the existence of cases does not leak)
   */
  Optional<ModerationCase> caseOf(Actor actor, ContributionId contribution);

  /**
   * @param actor anyone who may read the consultation
   * @param consultation the consultation
   * @param page keyset page
   * @return its campaigns (clusters of two or more near-identical texts), in order of first arrival
   */
  Page<Campaign> campaigns(Actor actor, ConsultationId consultation, PageRequest page);

  /**
   * @param actor anyone who may read the consultation
   * @param consultation the consultation
   * @param from first UTC day, inclusive
   * @param to last UTC day, exclusive; at most 366 days after {@code from}
   * @return what moderation did in the period
   */
  TransparencyReport transparencyReport(Actor actor, ConsultationId consultation, LocalDate from, LocalDate to);
}
