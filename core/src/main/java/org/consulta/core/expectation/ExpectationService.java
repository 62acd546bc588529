package org.consulta.core.expectation;

import java.util.List;
import org.consulta.core.access.Actor;
import org.consulta.core.consultation.ConsultationId;

/**
 * Expectations: declare what participants can expect of a consultation, and see at any instant
 * whether it is being kept. Obtain it from {@code Consulta#expectations()}; thread-safe.
 *
 * <pre>{@code
 * ExpectationService expectations = consulta.expectations();
 * expectations.declare(manager, NewCommitment.of(draft.id(),
 *     CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.workingDays(10))));
 * // ... the consultation opens, people contribute, staff answer ...
 * List<Evaluation> atRisk = expectations.evaluate(anyone, draft.id()).stream()
 *     .filter(e -> e.status() == CommitmentStatus.AT_RISK).toList();
 * }</pre>
 *
 * <p>Evaluating is also what records status changes: when a commitment's status differs from the
 * one stored, the new status is stored and a {@code commitment.status_changed} event recorded (by
 * subject {@code clock}). Call {@link #monitor} from a scheduler so that warnings go out on time
 * even when nobody looks.
 */
public interface ExpectationService {
  /**
   * Declares a commitment on a consultation that has not opened yet.
   *
   * @param actor a manager, admin or the system
   * @param command the consultation and terms
   * @return the commitment, pending
   * @throws org.consulta.core.error.InvalidInputException naming every bad field (terms that do not
   *     fit the consultation or tenant, an unknown custom evaluator, a risk share outside (0, 1))
   * @throws org.consulta.core.error.IllegalTransitionException if the consultation has opened
   * @throws org.consulta.core.error.NotFoundException if the consultation is not visible to the actor
   * @throws org.consulta.core.error.AccessDeniedException if the actor may not manage commitments
   */
  Commitment declare(Actor actor, NewCommitment command);

  /**
   * Withdraws a commitment while its consultation has not opened.
   *
   * @param actor a manager, admin or the system
   * @param command the commitment
   * @return the withdrawn commitment
   * @throws org.consulta.core.error.IllegalTransitionException if the consultation has opened, or it
   *     is withdrawn already
   */
  Commitment withdraw(Actor actor, CommitmentWithdrawal command);

  /**
   * @param actor anyone who may read the consultation
   * @param consultation the consultation
   * @return its live commitments in the order declared, with their stored status
   */
  List<Commitment> commitments(Actor actor, ConsultationId consultation);

  /**
   * Evaluates every live commitment of a consultation at the engine's clock, storing (and
   * recording as events) the statuses that changed.
   *
   * @param actor anyone who may read the consultation
   * @param consultation the consultation
   * @return one evaluation per live commitment, in the order declared
   */
  List<Evaluation> evaluate(Actor actor, ConsultationId consultation);

  /**
   * Evaluates every consultation of the tenant that has a live commitment not yet met or breached,
   * recording the changes, for a scheduler (core starts no thread). Consultations are evaluated a
   * thousand per transaction, so the call may commit some pages' changes before a later one fails.
   *
   * @param actor a manager, admin or the system
   * @return the evaluations whose status changed
   */
  List<Evaluation> monitor(Actor actor);

  /**
   * Schedules an offline session.
   *
   * @param actor a manager, admin or the system
   * @param command the session
   * @return the session
   */
  OfflineSession scheduleSession(Actor actor, NewOfflineSession command);

  /**
   * Cancels an offline session that has not started.
   *
   * @param actor a manager, admin or the system
   * @param session the session
   * @return the cancelled session
   */
  OfflineSession cancelSession(Actor actor, OfflineSessionId session);

  /**
   * @param actor anyone who may read the consultation
   * @param consultation the consultation
   * @return its sessions by start, cancelled ones included
   */
  List<OfflineSession> sessions(Actor actor, ConsultationId consultation);

  /**
   * Defines the tenant's working calendar, which deadlines in working days and every date count in
   * from then on (items already tracked keep the due instants they got).
   *
   * @param actor an admin or the system
   * @param calendar the calendar
   * @return the calendar
   */
  WorkingCalendar defineCalendar(Actor actor, WorkingCalendar calendar);

  /**
   * @param actor anyone of the tenant
   * @return the tenant's calendar, or {@link WorkingCalendar#standard()}
   */
  WorkingCalendar calendar(Actor actor);

  /**
   * Records what a participant expects of a consultation that has not closed yet: their own
   * statement, or one staff record from paper, in person or by phone.
   *
   * @param actor the participant, or staff who record offline input
   * @param command the consultation and kinds
   * @return everything the participant has stated of the consultation
   * @throws org.consulta.core.error.InvalidInputException naming every bad field
   */
  List<StatedExpectation> expect(Actor actor, NewExpectations command);

  /**
   * Records a participant's rating of an expectation they stated.
   *
   * @param actor the participant, or staff who record an offline rating
   * @param command the rating
   * @return the rated statement
   * @throws org.consulta.core.error.InvalidInputException naming every bad field (a kind they did
   *     not state, a score outside 1..5)
   */
  StatedExpectation rate(Actor actor, ExpectationRating command);

  /**
   * @param actor a participant
   * @param consultation the consultation
   * @return what the participant stated of it, with their ratings
   */
  List<StatedExpectation> stated(Actor actor, ConsultationId consultation);

  /**
   * The gap report: per kind of expectation, how many expected it, how many had it delivered and
   * how they rated it, overall, per channel and per demographic group.
   *
   * @param actor anyone who may read the consultation
   * @param consultation the consultation
   * @return the report
   */
  GapReport gapReport(Actor actor, ConsultationId consultation);

  /**
   * Every live commitment evaluated (recording status changes, as {@link #evaluate}), the
   * participation so far and the gap report, in one call.
   *
   * @param actor anyone who may read the consultation
   * @param consultation the consultation
   * @return the dashboard
   */
  ExpectationDashboard dashboard(Actor actor, ConsultationId consultation);

  /**
   * The promise statement of a consultation: one plain-language sentence (or a few) per live
   * commitment, for participants, in the language asked for (see {@link PromiseStatement#of}).
   *
   * @param actor anyone who may read the consultation
   * @param consultation the consultation
   * @param language a BCP 47 tag, e.g. {@code "fr"}
   * @return the statement
   */
  PromiseStatement promise(Actor actor, ConsultationId consultation, String language);

  /**
   * The tenant's track record over its past consultations (closed or later), evaluating their
   * commitments on the way.
   *
   * @param actor anyone of the tenant when the record is public, staff when it is internal
   * @return the record
   * @throws org.consulta.core.error.AccessDeniedException if it is internal and the actor is not staff
   */
  TrackRecord trackRecord(Actor actor);

  /**
   * Chooses who may read the tenant's track record.
   *
   * @param actor an admin or the system
   * @param visibility public (the default) or internal
   * @return the visibility
   */
  TrackRecordVisibility setTrackRecordVisibility(Actor actor, TrackRecordVisibility visibility);

  /**
   * Defines the tenant's reference population (e.g. census shares per district and age band), which
   * {@link CommitmentTerms.Represent} commitments and weighted results measure against.
   *
   * @param actor an admin or the system
   * @param reference the shares; every dimension and value must be in the tenant's demographic schema
   * @return the reference population
   * @throws org.consulta.core.error.InvalidInputException naming every bad share, dimension or value
   */
  ReferencePopulation defineReference(Actor actor, ReferencePopulation reference);

  /**
   * @param actor anyone of the tenant
   * @return the tenant's reference population, if defined
   */
  java.util.Optional<ReferencePopulation> reference(Actor actor);

  /**
   * The consultation's reactions and single-choice survey answers, raw and weighted to the tenant's
   * reference population on some dimensions (see {@link WeightedResults}).
   *
   * @param actor anyone who may read the consultation
   * @param consultation the consultation
   * @param dimensions the dimensions to weight on, each in the reference population (at least one)
   * @param options trimming bounds and raking limits ({@link WeightingOptions#defaults()} is a sensible start)
   * @return the results
   * @throws org.consulta.core.error.InvalidInputException if no reference population is defined or
   *     a dimension is not in it (field {@code dimensions})
   */
  WeightedResults weightedResults(Actor actor, ConsultationId consultation, List<String> dimensions, WeightingOptions options);

  /**
   * @param actor anyone who may read the commitment's consultation
   * @param commitment a commitment id
   * @return the commitment, withdrawn or not, with its stored status
   * @throws org.consulta.core.error.NotFoundException if it is not the actor's tenant's or its consultation is hidden from them
   */
  Commitment commitment(Actor actor, CommitmentId commitment);

  /**
   * @param actor anyone who may read the session's consultation
   * @param session an offline session id
   * @return the session
   * @throws org.consulta.core.error.NotFoundException if it is not the actor's tenant's or its consultation is hidden from them
   */
  OfflineSession session(Actor actor, OfflineSessionId session);
}
