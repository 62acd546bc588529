package org.consulta.core.expectation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.participant.ParticipantId;

/**
 * Storage port for expectations, bound to one tenant by its unit of work: commitments, the ledger
 * their monitoring keeps (tracked items, participation), offline sessions and the tenant's working
 * calendar. The engine keeps the ledger in step with every command, in the same transaction, so
 * evaluation reads counts instead of scanning contributions.
 *
 * <p>Stores without expectation support return {@link #none()}: it holds no commitments, so the
 * engine's monitoring does nothing, and every write throws {@link UnsupportedOperationException}.
 */
public interface ExpectationRepository {
  /** @param commitment a new commitment (version 1) */
  void insert(Commitment commitment);

  /**
   * @param commitment the next version of a stored commitment
   * @throws org.consulta.core.error.VersionConflictException if the stored version is not {@code
   *     version - 1}
   */
  void update(Commitment commitment);

  /**
   * @param id a commitment id
   * @return the commitment, if it is this tenant's
   */
  Optional<Commitment> find(CommitmentId id);

  /**
   * @param consultation a consultation
   * @return its commitments, withdrawn ones included, in the order declared
   */
  List<Commitment> commitments(ConsultationId consultation);

  /**
   * The consultations a scheduler's {@code monitor} evaluates, a page at a time.
   *
   * @param after the last consultation of the previous page
   * @param limit at most this many
   * @return consultations with a live commitment whose status is not final, by id as an unsigned number
   */
  List<ConsultationId> monitored(Optional<ConsultationId> after, int limit);

  /**
   * Starts tracking items. An item already tracked for its commitment is left as it is.
   *
   * @param items the items
   */
  void track(List<TrackedItem> items);

  /**
   * Settles open items of the commitments at {@code at} (on time when {@code at} is not after the
   * item's due instant). Items that are unknown or already settled or excused are left as they are.
   *
   * @param commitments the commitments
   * @param items the item ids
   * @param at when they were answered or ruled on
   */
  void settle(List<CommitmentId> commitments, List<UUID> items, Instant at);

  /**
   * Settles, as {@link #settle}, the open items of the commitments whose ids are the contributions
   * that are members of an outcome theme now (the store expands the theme; it may have a million
   * members). The theme is given by its id's value because expectations sit below outcomes, whose
   * report shows them.
   *
   * @param commitments the commitments
   * @param theme the value of the theme's {@code ThemeId}
   * @param at when the theme was answered
   */
  void settleMembers(List<CommitmentId> commitments, UUID theme, Instant at);

  /**
   * Takes open items out of the measure altogether (removed by moderation, withdrawn by the
   * author). Settled items stay settled.
   *
   * @param commitments the commitments
   * @param items the item ids
   */
  void excuse(List<CommitmentId> commitments, List<UUID> items);

  /**
   * @param commitment a deadline commitment
   * @param at the instant
   * @param examples how many overdue items to list at most
   * @return its items at that instant
   */
  DeadlineTally tally(CommitmentId commitment, Instant at, int examples);

  /**
   * Counts a participant in a consultation's participation, once: the first call for a
   * participant adds them with the demographic values they have declared at that moment (the
   * store reads them); later calls change nothing.
   *
   * @param consultation the consultation
   * @param participant the participant
   * @return whether they were added now
   */
  boolean addParticipant(ConsultationId consultation, ParticipantId participant);

  /**
   * @param consultation a consultation
   * @return its participation so far
   */
  Participation participation(ConsultationId consultation);

  /** @param session a new session */
  void insert(OfflineSession session);

  /**
   * @param session the next version of a stored session
   * @throws org.consulta.core.error.VersionConflictException if the stored version is not {@code
   *     version - 1}
   */
  void update(OfflineSession session);

  /**
   * @param id a session id
   * @return the session, if it is this tenant's
   */
  Optional<OfflineSession> find(OfflineSessionId id);

  /**
   * @param consultation a consultation
   * @return its sessions by start
   */
  List<OfflineSession> sessions(ConsultationId consultation);

  /** @return the tenant's working calendar, if defined */
  Optional<WorkingCalendar> calendar();

  /** @param calendar the tenant's working calendar, replacing any earlier one */
  void saveCalendar(WorkingCalendar calendar);

  /**
   * Stores a participant's statement of one expectation, replacing the stored one of the same
   * participant, consultation and kind (a rating is stored this way too).
   *
   * @param expectation the statement
   */
  void saveStated(StatedExpectation expectation);

  /**
   * @param consultation a consultation
   * @param participant a participant
   * @return what they stated of it, in {@link ExpectationKind} order
   */
  List<StatedExpectation> stated(ConsultationId consultation, ParticipantId participant);

  /**
   * What was delivered to the participants who stated expectations of a consultation, a page at a
   * time, by participant id (unsigned UUID order).
   *
   * @param consultation the consultation
   * @param after the last participant of the previous page
   * @param limit the page size
   * @return the facts, one per participant
   */
  List<DeliveryFacts> deliveryFacts(ConsultationId consultation, Optional<ParticipantId> after, int limit);

  /**
   * Records that an outcome digest about a consultation was sent to a participant (the first time
   * counts).
   *
   * @param consultation the consultation
   * @param participant the recipient
   * @param at when
   */
  void markHeard(ConsultationId consultation, ParticipantId participant, Instant at);

  /** @return the tenant's reference population (e.g. census shares), if defined */
  Optional<ReferencePopulation> reference();

  /** @param reference the tenant's reference population, replacing any earlier one */
  void saveReference(ReferencePopulation reference);

  /** @return who may read the tenant's track record ({@link TrackRecordVisibility#PUBLIC} unless set) */
  TrackRecordVisibility trackRecordVisibility();

  /** @param visibility who may read the tenant's track record from now on */
  void saveTrackRecordVisibility(TrackRecordVisibility visibility);

  /** @return a repository with no commitments that refuses every write */
  static ExpectationRepository none() {
    return NoExpectations.INSTANCE;
  }
}
