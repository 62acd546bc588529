package org.consulta.core.expectation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.participant.ParticipantId;

/** {@link ExpectationRepository#none()}: reads find nothing, writes are refused. */
enum NoExpectations implements ExpectationRepository {
  INSTANCE;

  private static UnsupportedOperationException unsupported() {
    return new UnsupportedOperationException("this store does not implement expectation storage");
  }

  @Override
  public void insert(Commitment commitment) {
    throw unsupported();
  }

  @Override
  public void update(Commitment commitment) {
    throw unsupported();
  }

  @Override
  public Optional<Commitment> find(CommitmentId id) {
    return Optional.empty();
  }

  @Override
  public List<Commitment> commitments(ConsultationId consultation) {
    return List.of();
  }

  @Override
  public List<ConsultationId> monitored(Optional<ConsultationId> after, int limit) {
    return List.of();
  }

  @Override
  public void track(List<TrackedItem> items) {
    throw unsupported();
  }

  @Override
  public void settle(List<CommitmentId> commitments, List<UUID> items, Instant at) {
    throw unsupported();
  }

  @Override
  public void settleMembers(List<CommitmentId> commitments, UUID theme, Instant at) {
    throw unsupported();
  }

  @Override
  public void excuse(List<CommitmentId> commitments, List<UUID> items) {
    throw unsupported();
  }

  @Override
  public DeadlineTally tally(CommitmentId commitment, Instant at, int examples) {
    throw unsupported();
  }

  @Override
  public boolean addParticipant(ConsultationId consultation, ParticipantId participant) {
    throw unsupported();
  }

  @Override
  public Participation participation(ConsultationId consultation) {
    return Participation.none();
  }

  @Override
  public void insert(OfflineSession session) {
    throw unsupported();
  }

  @Override
  public void update(OfflineSession session) {
    throw unsupported();
  }

  @Override
  public Optional<OfflineSession> find(OfflineSessionId id) {
    return Optional.empty();
  }

  @Override
  public List<OfflineSession> sessions(ConsultationId consultation) {
    return List.of();
  }

  @Override
  public Optional<WorkingCalendar> calendar() {
    return Optional.empty();
  }

  @Override
  public void saveCalendar(WorkingCalendar calendar) {
    throw unsupported();
  }

  @Override
  public void saveStated(StatedExpectation expectation) {
    throw unsupported();
  }

  @Override
  public List<StatedExpectation> stated(ConsultationId consultation, ParticipantId participant) {
    return List.of();
  }

  @Override
  public List<DeliveryFacts> deliveryFacts(ConsultationId consultation, Optional<ParticipantId> after, int limit) {
    return List.of();
  }

  @Override
  public void markHeard(ConsultationId consultation, ParticipantId participant, Instant at) {
    // nothing is stored, so nobody stated an expectation to measure
  }

  @Override
  public TrackRecordVisibility trackRecordVisibility() {
    return TrackRecordVisibility.PUBLIC;
  }

  @Override
  public void saveTrackRecordVisibility(TrackRecordVisibility visibility) {
    throw unsupported();
  }

  @Override
  public Optional<ReferencePopulation> reference() {
    return Optional.empty();
  }

  @Override
  public void saveReference(ReferencePopulation reference) {
    throw unsupported();
  }
}
