package org.consulta.core.json;

import static org.consulta.core.json.Samples.CONSULTATION;
import static org.consulta.core.json.Samples.CONTRIBUTION;
import static org.consulta.core.json.Samples.KEY;
import static org.consulta.core.json.Samples.PARTICIPANT;
import static org.consulta.core.json.Samples.T0;
import static org.consulta.core.json.Samples.T1;
import static org.consulta.core.json.Samples.T2;
import static org.consulta.core.json.Samples.TENANT;
import static org.consulta.core.json.Samples.TEXT;
import static org.consulta.core.json.Samples.TITLE;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.event.ExpectationEvent;
import org.consulta.core.expectation.Commitment;
import org.consulta.core.expectation.CommitmentId;
import org.consulta.core.expectation.CommitmentKind;
import org.consulta.core.expectation.CommitmentStatus;
import org.consulta.core.expectation.CommitmentTerms;
import org.consulta.core.expectation.CommitmentWithdrawal;
import org.consulta.core.expectation.DeadlineTally;
import org.consulta.core.expectation.DeliveryFacts;
import org.consulta.core.expectation.ExpectationDashboard;
import org.consulta.core.expectation.ExpectationKind;
import org.consulta.core.expectation.ExpectationRating;
import org.consulta.core.expectation.Fulfilment;
import org.consulta.core.expectation.GapCounts;
import org.consulta.core.expectation.GapLine;
import org.consulta.core.expectation.GapReport;
import org.consulta.core.expectation.NewExpectations;
import org.consulta.core.expectation.StatedExpectation;
import org.consulta.core.expectation.Evaluation;
import org.consulta.core.expectation.Evidence;
import org.consulta.core.expectation.GroupShare;
import org.consulta.core.expectation.NewCommitment;
import org.consulta.core.expectation.NewOfflineSession;
import org.consulta.core.expectation.OfflineSession;
import org.consulta.core.expectation.OfflineSessionId;
import org.consulta.core.expectation.Participation;
import org.consulta.core.expectation.ReachMetric;
import org.consulta.core.expectation.ResponseScope;
import org.consulta.core.expectation.TimeAllowance;
import org.consulta.core.expectation.TrackedItem;
import org.consulta.core.expectation.TrackedItemKind;
import org.consulta.core.expectation.WorkingCalendar;

/** Samples of the expectation values, commands and events, added to {@link Samples}. */
final class ExpectationSamples {
  static final CommitmentId COMMITMENT = CommitmentId.parse("01890a5d-ac96-774b-bcce-b302099a8080");
  static final OfflineSessionId SESSION = OfflineSessionId.parse("01890a5d-ac96-774b-bcce-b302099a8081");
  static final LocalDate DAY = LocalDate.of(2027, 3, 12);

  private ExpectationSamples() {}

  /** @return one sample of every commitment terms and response scope */
  static List<CommitmentTerms> terms() {
    return List.of(
        CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.workingDays(10)),
        CommitmentTerms.respondWithin(ResponseScope.ofKinds(ContributionKind.REQUEST, ContributionKind.REPORT), TimeAllowance.calendarDays(20)),
        CommitmentTerms.respondWithin(ResponseScope.supportedProposals(100), TimeAllowance.hours(72)),
        CommitmentTerms.moderateWithin(TimeAllowance.hours(24)),
        CommitmentTerms.decideBy(DAY),
        CommitmentTerms.publishReportBy(DAY.plusMonths(1)),
        CommitmentTerms.reach(ReachMetric.PARTICIPANTS, 5_000, DAY),
        new CommitmentTerms.Represent("district", 0.05, 200),
        new CommitmentTerms.HoldOfflineSessions(3, Set.of(Channel.IN_PERSON, Channel.PHONE), Optional.of(DAY)),
        new CommitmentTerms.InfluenceStatement(TITLE, Optional.of(TEXT), TEXT),
        new CommitmentTerms.Custom("survey_quota", Map.of("quota", "300"), TEXT));
  }

  static void values(BiConsumer<String, Object> add) {
    add.accept("full", COMMITMENT);
    add.accept("full", SESSION);
    terms().forEach(t -> add.accept("full", t));
    add.accept("minimal", new CommitmentTerms.HoldOfflineSessions(1, Set.of(Channel.PAPER), Optional.empty()));
    add.accept("minimal", new CommitmentTerms.InfluenceStatement(TEXT, Optional.empty(), TEXT));
    add.accept("minimal", new CommitmentTerms.Custom("x", Map.of(), TEXT));
    add.accept("full", ResponseScope.ofKinds(ContributionKind.IDEA));
    add.accept("full", ResponseScope.all());
    add.accept("full", ResponseScope.supportedProposals(5));
    add.accept("full", TimeAllowance.workingDays(20));
    add.accept("full", commitment());
    add.accept("minimal", new Commitment(COMMITMENT, TENANT, CONSULTATION, 1, CommitmentTerms.decideBy(DAY), 0.75, CommitmentStatus.PENDING, T0,
        Optional.empty(), Optional.empty(), "staff-1", T0, T0));
    add.accept("full", new NewCommitment(CONSULTATION, CommitmentTerms.moderateWithin(TimeAllowance.hours(8)), OptionalDouble.of(0.5), Optional.of(KEY)));
    add.accept("minimal", NewCommitment.of(CONSULTATION, CommitmentTerms.decideBy(DAY)));
    add.accept("full", new CommitmentWithdrawal(COMMITMENT, OptionalLong.of(2), Optional.of(KEY)));
    add.accept("minimal", CommitmentWithdrawal.of(COMMITMENT));
    add.accept("full", new WorkingCalendar(ZoneId.of("Europe/Lisbon"), EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
        new TreeSet<>(Set.of(LocalDate.of(2027, 4, 25), LocalDate.of(2026, 12, 25)))));
    add.accept("minimal", new WorkingCalendar(ZoneId.of("UTC"), Set.of(), new TreeSet<>()));
    add.accept("full", trackedItem());
    evidence().forEach(e -> add.accept("full", e));
    add.accept("minimal", new DeadlineTally(T1, 0, 0, 0, 0, 0, 0, List.of(), Optional.empty()));
    add.accept("minimal", new Evidence.Date(Optional.empty(), T2, Optional.empty()));
    add.accept("minimal", new Evidence.Facts(Map.of()));
    add.accept("full", new GroupShare("north", 120, 0.4, 0.3, GroupShare.Balance.OVER));
    add.accept("full", new Evaluation(COMMITMENT, CONSULTATION, terms().get(0), CommitmentStatus.AT_RISK, T1, 0.97, 1, evidence().get(0)));
    add.accept("full", new Participation(1200, Map.of("district", Map.of("north", 700L, "south", 400L, "prefer_not_to_say", 20L))));
    add.accept("minimal", Participation.none());
    add.accept("full", session());
    add.accept("full", new org.consulta.core.expectation.CommitmentEvaluator.Context(commitment(), Samples.consultation(), T1,
        WorkingCalendar.standard(), new Participation(3, Map.of()), 12));
    add.accept("full", new NewOfflineSession(CONSULTATION, Channel.IN_PERSON, T2, TITLE, Optional.of(KEY)));
    add.accept("minimal", NewOfflineSession.of(CONSULTATION, Channel.PHONE, T2, TEXT));
    participantSamples(add);
    org.consulta.core.expectation.WeightedShare share = new org.consulta.core.expectation.WeightedShare("support", 40, 0.8, OptionalDouble.of(0.55),
        OptionalDouble.of(0.07));
    org.consulta.core.expectation.WeightedQuestion question = new org.consulta.core.expectation.WeightedQuestion(Optional.of(CONTRIBUTION),
        Optional.empty(), 50, List.of(share));
    add.accept("full", question);
    add.accept("minimal", new org.consulta.core.expectation.WeightedQuestion(Optional.empty(), Optional.of("mode"), 0, List.of()));
    add.accept("full", new org.consulta.core.expectation.WeightedResults(CONSULTATION, T2, List.of("district", "age_band"), Optional.of("Census"), 60, 10,
        38.5, 1.3, true, List.of("district=east"), List.of(question)));
    add.accept("minimal", new org.consulta.core.expectation.WeightedResults(CONSULTATION, T2, List.of("district"), Optional.empty(), 0, 0, 0, 1, true,
        List.of(), List.of()));
    org.consulta.core.expectation.AnswerTimes times = new org.consulta.core.expectation.AnswerTimes(40, 30, Optional.of(java.time.Duration.ofHours(30)),
        Optional.of(java.time.Duration.ofDays(9)));
    add.accept("full", times);
    org.consulta.core.expectation.TrackRecordEntry entry = new org.consulta.core.expectation.TrackRecordEntry(CONSULTATION, TITLE,
        org.consulta.core.consultation.Phase.OUTCOME_PUBLISHED, times, OptionalDouble.of(0.9), 4, 3, 5, 1);
    add.accept("full", entry);
    add.accept("minimal", new org.consulta.core.expectation.TrackRecordEntry(CONSULTATION, TEXT, org.consulta.core.consultation.Phase.CLOSED,
        new org.consulta.core.expectation.AnswerTimes(0, 0, Optional.empty(), Optional.empty()), OptionalDouble.empty(), 0, 0, 0, 0));
    add.accept("full", new org.consulta.core.expectation.TrackRecord(T2, List.of(entry), times, OptionalDouble.of(0.9), 4, 3, 5, 1));
  }

  static void participantSamples(BiConsumer<String, Object> add) {
    StatedExpectation stated = new StatedExpectation(PARTICIPANT, CONSULTATION, ExpectationKind.ANSWER, Channel.PAPER, T0, Optional.of(Fulfilment.PARTLY),
        OptionalInt.of(3), Optional.of(T2));
    add.accept("full", stated);
    add.accept("minimal", new StatedExpectation(PARTICIPANT, CONSULTATION, ExpectationKind.READ, Channel.ONLINE, T0, Optional.empty(),
        OptionalInt.empty(), Optional.empty()));
    add.accept("full", new NewExpectations(CONSULTATION, Set.of(ExpectationKind.READ, ExpectationKind.OUTCOME), Optional.of(PARTICIPANT),
        Optional.of(Channel.PHONE), Optional.of(KEY)));
    add.accept("minimal", NewExpectations.of(CONSULTATION, ExpectationKind.ANSWER));
    add.accept("full", new ExpectationRating(CONSULTATION, ExpectationKind.INFLUENCE, Fulfilment.NO, 1, Optional.of(PARTICIPANT), Optional.of(KEY)));
    add.accept("minimal", ExpectationRating.of(CONSULTATION, ExpectationKind.ANSWER, Fulfilment.YES, 5));
    add.accept("full", new DeliveryFacts(PARTICIPANT, List.of(stated), Map.of("district", "north"), true, true, false, true));
    GapCounts counts = new GapCounts(40, 30, 12, 6, 4, 2, OptionalDouble.of(3.5));
    add.accept("full", counts);
    add.accept("minimal", GapCounts.none());
    GapLine line = new GapLine(ExpectationKind.ANSWER, counts, Map.of(Channel.ONLINE, counts), Map.of("district", Map.of("north", counts)));
    add.accept("full", line);
    add.accept("minimal", new GapLine(ExpectationKind.READ, GapCounts.none(), Map.of(), Map.of()));
    add.accept("full", dashboard().gap());
    add.accept("full", dashboard());
  }

  static ExpectationDashboard dashboard() {
    GapCounts counts = new GapCounts(40, 30, 12, 6, 4, 2, OptionalDouble.of(3.5));
    GapLine line = new GapLine(ExpectationKind.ANSWER, counts, Map.of(Channel.ONLINE, counts), Map.of("district", Map.of("north", counts)));
    GapReport gap = new GapReport(CONSULTATION, T2, 40, List.of(line));
    return new ExpectationDashboard(CONSULTATION, T2, List.of(new Evaluation(COMMITMENT, CONSULTATION, terms().get(4), CommitmentStatus.MET, T1, 1, 1,
        evidence().get(1))), new Participation(40, Map.of()), gap);
  }

  private static Commitment commitment() {
    return new Commitment(COMMITMENT, TENANT, CONSULTATION, 4, terms().get(0), 0.8, CommitmentStatus.ON_TRACK, T1, Optional.of(T1),
        Optional.of(T2), "staff-1", T0, T2);
  }

  private static TrackedItem trackedItem() {
    return new TrackedItem(COMMITMENT, TrackedItemKind.CONTRIBUTION, CONTRIBUTION.value(), T0, T1, T2);
  }

  private static OfflineSession session() {
    return new OfflineSession(SESSION, TENANT, CONSULTATION, 2, Channel.IN_PERSON, T2, TITLE, Optional.of(T1), T0);
  }

  static List<Evidence> evidence() {
    return List.of(
        new DeadlineTally(T2, 40, 30, 2, 8, 3, 1, List.of(trackedItem()), Optional.of(T2)),
        new Evidence.Date(Optional.of(T0), T2, Optional.of(T1)),
        new Evidence.Target(800, 1000, T2, Optional.of(T1), OptionalLong.of(950)),
        new Evidence.Representation("district", 1200, 1100, 20, List.of(new GroupShare("north", 700, 0.636, 0.5, GroupShare.Balance.OVER),
            new GroupShare("south", 400, 0.364, 0.5, GroupShare.Balance.UNDER))),
        new Evidence.Sessions(1, 2, 3, Optional.of(T2)),
        new Evidence.Declared(),
        new Evidence.Facts(Map.of("quota", "300", "answered", "120")));
  }

  static List<ExpectationEvent> events() {
    return List.of(
        new ExpectationEvent.CommitmentDeclared(COMMITMENT, CONSULTATION, CommitmentKind.RESPOND_WITHIN),
        new ExpectationEvent.CommitmentWithdrawn(COMMITMENT, CONSULTATION, CommitmentKind.REACH),
        new ExpectationEvent.CommitmentStatusChanged(COMMITMENT, CONSULTATION, CommitmentKind.RESPOND_WITHIN, CommitmentStatus.ON_TRACK,
            CommitmentStatus.AT_RISK, 0.9, 1),
        new ExpectationEvent.SessionScheduled(SESSION, CONSULTATION, Channel.IN_PERSON, T2),
        new ExpectationEvent.SessionCancelled(SESSION, CONSULTATION),
        new ExpectationEvent.ExpectationsStated(PARTICIPANT, CONSULTATION, Set.of(ExpectationKind.ANSWER, ExpectationKind.READ), Channel.ONLINE),
        new ExpectationEvent.ExpectationRated(PARTICIPANT, CONSULTATION, ExpectationKind.ANSWER, Fulfilment.PARTLY, 3));
  }
}
