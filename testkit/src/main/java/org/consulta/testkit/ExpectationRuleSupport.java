package org.consulta.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.expectation.Commitment;
import org.consulta.core.expectation.CommitmentId;
import org.consulta.core.expectation.CommitmentStatus;
import org.consulta.core.expectation.CommitmentTerms;
import org.consulta.core.expectation.DeadlineTally;
import org.consulta.core.expectation.ExpectationRepository;
import org.consulta.core.expectation.OfflineSession;
import org.consulta.core.expectation.OfflineSessionId;
import org.consulta.core.expectation.Participation;
import org.consulta.core.expectation.ReachMetric;
import org.consulta.core.expectation.ResponseScope;
import org.consulta.core.expectation.TimeAllowance;
import org.consulta.core.expectation.TrackedItem;
import org.consulta.core.expectation.TrackedItemKind;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.LocalizedText;

/**
 * What the expectation rules share: commitments, tracked items and sessions built from the
 * samples' ids and instants, and short ways to use tenant A's expectation repository. Consultations
 * are referred to by id only, so they are built without storing them (as in the outcome rules).
 */
abstract class ExpectationRuleSupport extends OutcomeRuleSupport {
  static final LocalDate DAY = LocalDate.of(2030, 6, 30);

  ExpectationRuleSupport(StoreCompatibilityKit kit) {
    super(kit);
  }

  /** Runs {@code read} on tenant A's expectation repository. */
  <T> T expA(Function<ExpectationRepository, T> read) {
    return inA(uow -> read.apply(uow.expectations()));
  }

  /** Runs {@code work} on tenant A's expectation repository in a transaction. */
  void withA(Consumer<ExpectationRepository> work) {
    useA(uow -> work.accept(uow.expectations()));
  }

  /** @return a respond-within commitment of {@code c}, not stored, declared at {@code at} */
  Commitment commitment(ConsultationId c, Instant at) {
    return commitment(c, CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.workingDays(20)), at);
  }

  /** @return a commitment of {@code c} with those terms, not stored, PENDING since {@code at} */
  Commitment commitment(ConsultationId c, CommitmentTerms terms, Instant at) {
    return new Commitment(new CommitmentId(samples.nextUuid()), a, c, 1, terms, 0.8, CommitmentStatus.PENDING, at, Optional.empty(),
        Optional.empty(), "staff-1", at, at);
  }

  /** Stores a respond-within commitment of {@code c}, declared at {@code at}. */
  Commitment declared(ConsultationId c, Instant at) {
    return declared(commitment(c, at));
  }

  /** Stores {@code k}. */
  Commitment declared(Commitment k) {
    withA(x -> x.insert(k));
    return k;
  }

  /** Stores the next version of {@code k} with that status, an hour after its last change, and returns it. */
  Commitment updated(Commitment k, CommitmentStatus status) {
    Commitment next = k.withStatus(status, k.updatedAt().plusSeconds(3600));
    withA(x -> x.update(next));
    return next;
  }

  /** Stores the next version of {@code k}, withdrawn an hour after its last change, and returns it. */
  Commitment withdrawn(Commitment k) {
    Commitment next = k.withdrawn(k.updatedAt().plusSeconds(3600));
    withA(x -> x.update(next));
    return next;
  }

  /** Stores {@code p} in its own transaction of tenant A. */
  Participant registered(Participant p) {
    useA(uow -> uow.participants().insert(p));
    return p;
  }

  /** @return whether tenant A's {@code addParticipant} added the participant */
  boolean added(ConsultationId c, ParticipantId p) {
    return inA(uow -> uow.expectations().addParticipant(c, p));
  }

  /** @return tenant A's participation in {@code c} */
  Participation participation(ConsultationId c) {
    return inA(uow -> uow.expectations().participation(c));
  }

  /** @return one sample of terms of every kind, to round-trip */
  static List<CommitmentTerms> allTerms() {
    return List.of(
        CommitmentTerms.respondWithin(ResponseScope.ofKinds(ContributionKind.REQUEST), TimeAllowance.calendarDays(5)),
        CommitmentTerms.moderateWithin(TimeAllowance.hours(24)),
        CommitmentTerms.decideBy(DAY),
        CommitmentTerms.publishReportBy(DAY.plusMonths(1)),
        CommitmentTerms.reach(ReachMetric.PARTICIPANTS, 500, DAY),
        new CommitmentTerms.Represent("district", 0.05, 100),
        new CommitmentTerms.HoldOfflineSessions(2, Set.of(Channel.IN_PERSON, Channel.PHONE), Optional.of(DAY)),
        new CommitmentTerms.InfluenceStatement(LocalizedText.of("en", "Where the benches go").with("fr", "Où vont les bancs"), Optional.empty(),
            LocalizedText.of("en", "The council")),
        new CommitmentTerms.Custom("survey_quota", Map.of("quota", "300"), LocalizedText.of("en", "300 answers")));
  }

  /** @return an item of {@code k} with a new id, started at hour 0, at risk and due at those hours */
  TrackedItem item(Commitment k, long riskHour, long dueHour) {
    return item(k, samples.nextUuid(), riskHour, dueHour);
  }

  /** @return the item {@code id} of {@code k}, started at hour 0, at risk and due at those hours */
  static TrackedItem item(Commitment k, UUID id, long riskHour, long dueHour) {
    return new TrackedItem(k.id(), TrackedItemKind.CONTRIBUTION, id, hours(0), hours(riskHour), hours(dueHour));
  }

  /** Tracks {@code items} in one transaction of tenant A. */
  void track(TrackedItem... items) {
    withA(x -> x.track(List.of(items)));
  }

  /** Settles {@code items} of {@code k} at {@code at} in one transaction of tenant A. */
  void settle(Commitment k, Instant at, TrackedItem... items) {
    withA(x -> x.settle(List.of(k.id()), ids(items), at));
  }

  static List<UUID> ids(TrackedItem... items) {
    return Arrays.stream(items).map(TrackedItem::id).toList();
  }

  /** @return tenant A's tally of {@code k} at {@code at}, with up to 10 overdue items */
  DeadlineTally tally(Commitment k, Instant at) {
    return expA(x -> x.tally(k.id(), at, 10));
  }

  /** @return a new in-person session of {@code c} at version 1, starting at {@code starts}, scheduled at the next instant */
  OfflineSession session(Consultation c, Instant starts) {
    return new OfflineSession(new OfflineSessionId(samples.nextUuid()), a, c.id(), 1, Channel.IN_PERSON, starts,
        LocalizedText.of("en", "Town hall").with("pt", "Câmara"), Optional.empty(), samples.nextInstant());
  }

  /** @return the next version of {@code s}, cancelled and moved to {@code starts} */
  static OfflineSession cancelled(OfflineSession s, Instant starts) {
    return new OfflineSession(s.id(), s.tenant(), s.consultation(), s.version() + 1, s.channel(), starts, s.place(),
        Optional.of(s.createdAt().plusSeconds(60)), s.createdAt());
  }
}
