package org.consulta.core.expectation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consulta.core.Consulta;
import org.consulta.core.Fixtures;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseTransition;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ReactionChange;
import org.consulta.core.contribution.Support;
import org.consulta.core.error.AccessDeniedException;
import org.consulta.core.error.IllegalTransitionException;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.event.ExpectationEvent;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.moderation.CaseDecision;
import org.consulta.core.moderation.DecisionAction;
import org.consulta.core.moderation.NewFlag;
import org.consulta.core.outcome.InfluenceEffect;
import org.consulta.core.outcome.NewDecisionBuilder;
import org.consulta.core.outcome.NewResponse;
import org.consulta.core.outcome.NewTheme;
import org.consulta.core.outcome.ResponseStatus;
import org.consulta.core.outcome.Theme;
import org.consulta.core.outcome.ThemeMembers;
import org.consulta.core.participant.Participant;
import org.consulta.core.value.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * Every kind of commitment through its life in virtual time. The fixture's clock starts on Sunday
 * 2026-03-01 at 09:00 UTC; the tenant counts in UTC with Saturday and Sunday off.
 */
class CommitmentLifecycleTest {
  private final Fixtures f = new Fixtures(Consulta.builder().commitmentEvaluator("quota", (terms, ctx) -> new Evaluation(ctx.commitment().id(), ctx.commitment().consultation(),
      terms, ctx.contributions() >= Long.parseLong(terms.parameters().get("quota")) ? CommitmentStatus.MET : CommitmentStatus.ON_TRACK, ctx.now(),
      ctx.contributions(), Long.parseLong(terms.parameters().get("quota")), new Evidence.Facts(Map.of("contributions", "" + ctx.contributions())))));
  private final ExpectationService expectations = f.consulta.expectations();
  private final Actor responder = Actor.of(f.tenant, "staff-responder", Role.RESPONDER);
  private final Consultation draft = f.consulta.consultations().create(f.manager, f.consultationDraft().build());

  private static LocalizedText en(String text) {
    return LocalizedText.of("en", text);
  }

  private Commitment declare(CommitmentTerms terms) {
    return expectations.declare(f.manager, NewCommitment.of(draft.id(), terms));
  }

  private Evaluation only() {
    // staff: a draft is not public; tests below read as the public once it is open
    return expectations.evaluate(f.manager, draft.id()).get(0);
  }

  private CommitmentStatus status() {
    return only().status();
  }

  private void open() {
    f.open(draft);
  }

  private void move(Phase to) {
    f.consulta.consultations().transition(f.manager, PhaseTransition.to(draft.id(), to));
  }

  private void at(String instant) {
    f.clock.set(Instant.parse(instant));
  }

  private List<ExpectationEvent.CommitmentStatusChanged> changes() {
    return f.heard.stream().map(RecordedEvent::event).filter(e -> e instanceof ExpectationEvent.CommitmentStatusChanged)
        .map(e -> (ExpectationEvent.CommitmentStatusChanged) e).toList();
  }

  @Test
  void aResponseDeadlineGoesFromPendingThroughAtRiskToMet() {
    declare(CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.workingDays(2)));
    assertThat(status()).isEqualTo(CommitmentStatus.PENDING);
    open();
    assertThat(status()).isEqualTo(CommitmentStatus.PENDING);
    Contribution idea = f.submitIdea(draft, f.register(), "More benches");
    // Sunday: counting starts Monday; 2 working days end Wednesday 00:00; 75 % of 63 h is Tuesday 08:15
    Evaluation e = only();
    assertThat(e.status()).isEqualTo(CommitmentStatus.ON_TRACK);
    DeadlineTally tally = (DeadlineTally) e.evidence();
    assertThat(tally.total()).isEqualTo(1);
    assertThat(tally.nextDue()).contains(Instant.parse("2026-03-04T00:00:00Z"));
    at("2026-03-03T08:14:00Z");
    assertThat(status()).isEqualTo(CommitmentStatus.ON_TRACK);
    at("2026-03-03T08:15:00Z");
    assertThat(only().status()).isEqualTo(CommitmentStatus.AT_RISK);
    assertThat(((DeadlineTally) only().evidence()).atRisk()).isEqualTo(1);
    f.consulta.outcomes().respond(responder, NewResponse.toContribution(idea.id(), ResponseStatus.UNDER_CONSIDERATION, en("Looking at it")));
    assertThat(status()).isEqualTo(CommitmentStatus.ON_TRACK);
    move(Phase.CLOSED);
    e = only();
    assertThat(e.status()).isEqualTo(CommitmentStatus.MET);
    assertThat(e.value()).isEqualTo(1.0);
    assertThat(changes()).extracting(ExpectationEvent.CommitmentStatusChanged::to)
        .containsExactly(CommitmentStatus.ON_TRACK, CommitmentStatus.AT_RISK, CommitmentStatus.ON_TRACK, CommitmentStatus.MET);
    assertThat(f.heard).filteredOn(r -> r.event() instanceof ExpectationEvent.CommitmentStatusChanged).extracting(RecordedEvent::actor)
        .containsOnly("clock");
  }

  @Test
  void anOverdueItemBreachesTheCommitmentAndALateAnswerDoesNotUndoIt() {
    declare(CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.hours(24)));
    open();
    Contribution idea = f.submitIdea(draft, f.register(), "Fix the fountain");
    f.advance(Duration.ofHours(24).plusSeconds(1));
    Evaluation e = only();
    assertThat(e.status()).isEqualTo(CommitmentStatus.BREACHED);
    DeadlineTally tally = (DeadlineTally) e.evidence();
    assertThat(tally.overdue()).isEqualTo(1);
    assertThat(tally.overdueItems()).extracting(TrackedItem::id).containsExactly(idea.id().value());
    assertThat(e.value()).isEqualTo(0.0);
    f.consulta.outcomes().respond(responder, NewResponse.toContribution(idea.id(), ResponseStatus.ACCEPTED, null));
    e = only();
    assertThat(e.status()).isEqualTo(CommitmentStatus.BREACHED);
    assertThat(((DeadlineTally) e.evidence()).late()).isEqualTo(1);
    assertThat(((DeadlineTally) e.evidence()).overdue()).isZero();
  }

  @Test
  void aThemeResponseAnswersEveryMemberIncludingThoseAddedLater() {
    declare(CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.calendarDays(3)));
    open();
    Participant p = f.register();
    Contribution a = f.submitIdea(draft, p, "Trees");
    Contribution b = f.submitIdea(draft, p, "Shade");
    Theme trees = f.consulta.outcomes().createTheme(responder, NewTheme.of(draft.id(), en("Trees")));
    f.consulta.outcomes().addToTheme(responder, new ThemeMembers(trees.id(), List.of(a.id()), Optional.empty()));
    f.consulta.outcomes().respond(responder, NewResponse.toTheme(trees.id(), ResponseStatus.ACCEPTED, null));
    DeadlineTally tally = (DeadlineTally) only().evidence();
    assertThat(tally.onTime()).isEqualTo(1);
    assertThat(tally.open()).isEqualTo(1);
    f.advance(Duration.ofDays(1));
    f.consulta.outcomes().addToTheme(responder, new ThemeMembers(trees.id(), List.of(b.id()), Optional.empty()));
    tally = (DeadlineTally) only().evidence();
    assertThat(tally.onTime()).isEqualTo(2);
    assertThat(tally.open()).isZero();
  }

  @Test
  void commentsAreNotAwaitingAnAnswerAndRejectedInputIsExcused() {
    declare(CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.hours(48)));
    declare(CommitmentTerms.moderateWithin(TimeAllowance.hours(4)));
    open();
    Contribution rant = f.submitIdea(draft, f.register(), "Rant");
    f.consulta.contributions().submit(f.actor(f.register()), f.idea(draft, "I agree").kind(ContributionKind.COMMENT).parent(rant.id()).build());
    for (int i = 0; i < 3; i++) {
      f.consulta.moderation().flag(f.actor(f.register()), NewFlag.of(rant.id(), "off-topic"));
    }
    List<Evaluation> all = expectations.evaluate(f.visitor, draft.id());
    assertThat(((DeadlineTally) all.get(0).evidence()).total()).isEqualTo(1);
    assertThat(((DeadlineTally) all.get(1).evidence()).open()).isEqualTo(1);
    f.advance(Duration.ofHours(3).plusMinutes(1));
    assertThat(expectations.evaluate(f.visitor, draft.id()).get(1).status()).isEqualTo(CommitmentStatus.AT_RISK);
    var k = f.consulta.moderation().caseOf(f.moderator, rant.id()).orElseThrow();
    f.consulta.moderation().claim(f.moderator, k.id());
    f.consulta.moderation().decide(f.moderator, CaseDecision.of(k.id(), DecisionAction.REJECT, "off-topic"));
    all = expectations.evaluate(f.visitor, draft.id());
    assertThat(((DeadlineTally) all.get(0).evidence()).total()).isZero();
    assertThat(all.get(0).status()).isEqualTo(CommitmentStatus.PENDING);
    assertThat(((DeadlineTally) all.get(1).evidence()).onTime()).isEqualTo(1);
    assertThat(all.get(1).status()).isEqualTo(CommitmentStatus.ON_TRACK);
  }

  @Test
  void aModerationCaseLeftOpenPastItsTimeBreachesTheModerationCommitment() {
    declare(CommitmentTerms.moderateWithin(TimeAllowance.hours(4)));
    open();
    assertThat(status()).isEqualTo(CommitmentStatus.PENDING);
    Contribution rant = f.submitIdea(draft, f.register(), "Rant");
    for (int i = 0; i < 3; i++) {
      f.consulta.moderation().flag(f.actor(f.register()), NewFlag.of(rant.id(), "off-topic"));
    }
    assertThat(status()).isEqualTo(CommitmentStatus.ON_TRACK);
    f.advance(Duration.ofHours(3));
    assertThat(status()).isEqualTo(CommitmentStatus.AT_RISK);
    f.advance(Duration.ofHours(1).plusSeconds(1));
    Evaluation e = only();
    assertThat(e.status()).isEqualTo(CommitmentStatus.BREACHED);
    assertThat(((DeadlineTally) e.evidence()).overdueItems()).singleElement()
        .satisfies(item -> assertThat(item.kind()).isEqualTo(TrackedItemKind.MODERATION_CASE));
  }

  @Test
  void aProposalIsTrackedFromTheMomentItReachesTheSupportsPromised() {
    declare(CommitmentTerms.respondWithin(ResponseScope.supportedProposals(2), TimeAllowance.hours(10)));
    open();
    Contribution proposal = f.consulta.contributions().submit(f.actor(f.register()), f.idea(draft, "Car-free Sundays")
        .kind(ContributionKind.PROPOSAL).build());
    f.consulta.contributions().react(f.actor(f.register()), ReactionChange.of(proposal.id(), Support.SUPPORT));
    assertThat(((DeadlineTally) only().evidence()).total()).isZero();
    f.advance(Duration.ofHours(5));
    f.consulta.contributions().react(f.actor(f.register()), ReactionChange.of(proposal.id(), Support.SUPPORT));
    DeadlineTally tally = (DeadlineTally) only().evidence();
    assertThat(tally.total()).isEqualTo(1);
    assertThat(tally.nextDue()).contains(f.clock.instant().plus(Duration.ofHours(10)));
  }

  @Test
  void aDecisionDateIsAtRiskLateInItsTimeAndMetByADecisionOnOrBeforeIt() {
    declare(CommitmentTerms.decideBy(LocalDate.of(2026, 3, 20)));
    assertThat(status()).isEqualTo(CommitmentStatus.PENDING);
    open();
    assertThat(status()).isEqualTo(CommitmentStatus.ON_TRACK);
    at("2026-03-15T18:00:00Z"); // 345 of 471 hours from opening to the end of 20 March: 73 %
    assertThat(status()).isEqualTo(CommitmentStatus.ON_TRACK);
    at("2026-03-16T12:00:00Z"); // 363 of 471 hours: 77 %
    Evaluation e = only();
    assertThat(e.status()).isEqualTo(CommitmentStatus.AT_RISK);
    assertThat(e.value()).isGreaterThan(0.75).isLessThan(0.8);
    f.consulta.outcomes().recordDecision(f.manager, new NewDecisionBuilder().consultation(draft.id()).title(en("Plan")).text(en("Adopted"))
        .body("Council").decidedOn(LocalDate.of(2026, 3, 18)).influence(en("Shaped")).effect(InfluenceEffect.CHANGED).build());
    assertThat(status()).isEqualTo(CommitmentStatus.MET);
    at("2026-04-01T00:00:00Z");
    assertThat(status()).isEqualTo(CommitmentStatus.MET);
  }

  @Test
  void aDatePassingWithoutTheDecisionBreachesIt() {
    declare(CommitmentTerms.decideBy(LocalDate.of(2026, 3, 20)));
    open();
    at("2026-03-20T23:59:59Z");
    assertThat(status()).isEqualTo(CommitmentStatus.AT_RISK);
    at("2026-03-21T00:00:01Z");
    assertThat(status()).isEqualTo(CommitmentStatus.BREACHED);
  }

  @Test
  void theReportDateIsMetWhenTheOutcomeIsPublishedInTime() {
    declare(CommitmentTerms.publishReportBy(LocalDate.of(2026, 4, 30)));
    open();
    at("2026-04-10T00:00:00Z");
    move(Phase.CLOSED);
    move(Phase.ANALYSIS);
    assertThat(status()).isEqualTo(CommitmentStatus.ON_TRACK);
    move(Phase.OUTCOME_PUBLISHED);
    Evaluation e = only();
    assertThat(e.status()).isEqualTo(CommitmentStatus.MET);
    assertThat(((Evidence.Date) e.evidence()).achievedAt()).contains(Instant.parse("2026-04-10T00:00:00Z"));
  }

  @Test
  void aTargetIsAtRiskWhenTheTrendFallsShortAndMetWhenReached() {
    declare(CommitmentTerms.reach(ReachMetric.PARTICIPANTS, 10, LocalDate.of(2026, 3, 11)));
    open();
    Participant first = f.register();
    f.submitIdea(draft, first, "One");
    f.submitIdea(draft, first, "Two from the same person");
    Evaluation e = only();
    assertThat(e.status()).isEqualTo(CommitmentStatus.ON_TRACK);
    assertThat(((Evidence.Target) e.evidence()).forecast()).isEmpty();
    assertThat(e.value()).isEqualTo(1.0);
    f.advance(Duration.ofDays(5));
    e = only();
    assertThat(e.status()).isEqualTo(CommitmentStatus.AT_RISK);
    assertThat(((Evidence.Target) e.evidence()).forecast()).hasValue(2);
    for (int i = 0; i < 9; i++) {
      f.submitIdea(draft, f.register(), "Idea " + i);
    }
    e = only();
    assertThat(e.status()).isEqualTo(CommitmentStatus.MET);
    assertThat(((Evidence.Target) e.evidence()).achievedAt()).contains(f.clock.instant());
    f.advance(Duration.ofDays(30));
    assertThat(status()).isEqualTo(CommitmentStatus.MET);
  }

  @Test
  void aTargetMissedAtItsDateIsBreached() {
    declare(CommitmentTerms.reach(ReachMetric.CONTRIBUTIONS, 3, LocalDate.of(2026, 3, 2)));
    open();
    f.submitIdea(draft, f.register(), "Only one");
    at("2026-03-03T00:00:01Z");
    assertThat(status()).isEqualTo(CommitmentStatus.BREACHED);
    f.submitIdea(draft, f.register(), "Two");
    f.submitIdea(draft, f.register(), "Three, too late");
    assertThat(status()).isEqualTo(CommitmentStatus.BREACHED);
  }

  @Test
  void offlineSessionsAreAtRiskUntilEnoughArePlannedAndMetWhenHeld() {
    declare(new CommitmentTerms.HoldOfflineSessions(2, Set.of(Channel.IN_PERSON), Optional.of(LocalDate.of(2026, 3, 20))));
    open();
    assertThat(status()).isEqualTo(CommitmentStatus.AT_RISK);
    expectations.scheduleSession(f.manager, NewOfflineSession.of(draft.id(), Channel.IN_PERSON, Instant.parse("2026-03-05T18:00:00Z"), en("Library")));
    OfflineSession second = expectations.scheduleSession(f.manager,
        NewOfflineSession.of(draft.id(), Channel.IN_PERSON, Instant.parse("2026-03-10T18:00:00Z"), en("Town hall")));
    assertThat(status()).isEqualTo(CommitmentStatus.ON_TRACK);
    at("2026-03-06T00:00:00Z");
    Evaluation e = only();
    assertThat(e.status()).isEqualTo(CommitmentStatus.ON_TRACK);
    assertThat(e.evidence()).isEqualTo(new Evidence.Sessions(1, 1, 2, Optional.of(Instant.parse("2026-03-21T00:00:00Z"))));
    expectations.cancelSession(f.manager, second.id());
    assertThat(expectations.session(f.visitor, second.id()).cancelledAt()).isPresent();
    assertThatThrownBy(() -> expectations.session(Actor.anonymous(TenantId.of("porto")), second.id())).isInstanceOf(NotFoundException.class);
    assertThat(status()).isEqualTo(CommitmentStatus.AT_RISK);
    expectations.scheduleSession(f.manager, NewOfflineSession.of(draft.id(), Channel.IN_PERSON, Instant.parse("2026-03-12T18:00:00Z"), en("School")));
    at("2026-03-12T18:00:00Z");
    assertThat(status()).isEqualTo(CommitmentStatus.MET);
  }

  @Test
  void tooFewSessionsByTheDateBreachTheCommitment() {
    declare(new CommitmentTerms.HoldOfflineSessions(1, Set.of(Channel.IN_PERSON), Optional.of(LocalDate.of(2026, 3, 4))));
    open();
    at("2026-03-05T00:00:01Z");
    assertThat(status()).isEqualTo(CommitmentStatus.BREACHED);
  }

  @Test
  void anInfluenceStatementIsMetByBeingDeclared() {
    declare(new CommitmentTerms.InfluenceStatement(en("The layout of the park"), Optional.of(en("Its budget")), en("The city council")));
    open();
    Evaluation e = only();
    assertThat(e.status()).isEqualTo(CommitmentStatus.MET);
    assertThat(e.evidence()).isEqualTo(new Evidence.Declared());
  }

  @Test
  void customTermsAreEvaluatedByTheRegisteredEvaluator() {
    declare(new CommitmentTerms.Custom("quota", Map.of("quota", "2"), en("We read at least two contributions")));
    open();
    f.submitIdea(draft, f.register(), "One");
    assertThat(status()).isEqualTo(CommitmentStatus.ON_TRACK);
    f.submitIdea(draft, f.register(), "Two");
    Evaluation e = only();
    assertThat(e.status()).isEqualTo(CommitmentStatus.MET);
    assertThat(e.evidence()).isEqualTo(new Evidence.Facts(Map.of("contributions", "2")));
  }

  @Test
  void monitorEvaluatesEveryConsultationAndReturnsOnlyTheChanges() {
    declare(CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.hours(10)));
    open();
    f.submitIdea(draft, f.register(), "Idea");
    assertThat(expectations.monitor(f.system)).extracting(Evaluation::status).containsExactly(CommitmentStatus.ON_TRACK);
    assertThat(expectations.monitor(f.system)).isEmpty();
    f.advance(Duration.ofHours(8));
    assertThat(expectations.monitor(f.system)).extracting(Evaluation::status).containsExactly(CommitmentStatus.AT_RISK);
    assertThat(expectations.commitments(f.visitor, draft.id())).singleElement().satisfies(k -> {
      assertThat(k.status()).isEqualTo(CommitmentStatus.AT_RISK);
      assertThat(k.version()).isEqualTo(3);
    });
    f.advance(Duration.ofHours(3));
    assertThat(expectations.monitor(f.system)).extracting(Evaluation::status).containsExactly(CommitmentStatus.BREACHED);
    assertThat(expectations.monitor(f.system)).isEmpty();
  }

  @Test
  void monitorReachesEveryConsultationWhenThereAreMoreThanOnePageOfThem() {
    int n = 1_005;
    for (int i = 0; i < n; i++) {
      Consultation c = f.consulta.consultations().create(f.manager, f.consultationDraft().build());
      expectations.declare(f.manager, NewCommitment.of(c.id(), CommitmentTerms.decideBy(LocalDate.of(2026, 12, 31))));
      f.open(c);
    }
    assertThat(expectations.monitor(f.system)).hasSize(n).allSatisfy(e -> assertThat(e.status()).isEqualTo(CommitmentStatus.ON_TRACK));
    assertThat(expectations.monitor(f.system)).isEmpty();
  }

  @Test
  void promisesCanOnlyBeMadeOrWithdrawnBeforeTheConsultationOpens() {
    Commitment k = declare(CommitmentTerms.decideBy(LocalDate.of(2026, 6, 1)));
    Commitment kept = declare(CommitmentTerms.decideBy(LocalDate.of(2026, 6, 2)));
    Commitment withdrawn = expectations.withdraw(f.manager, CommitmentWithdrawal.of(k.id()));
    assertThat(withdrawn.withdrawnAt()).contains(f.clock.instant());
    assertThat(expectations.commitments(f.manager, draft.id())).extracting(Commitment::id).containsExactly(kept.id());
    open();
    assertThatThrownBy(() -> declare(CommitmentTerms.decideBy(LocalDate.of(2026, 6, 3)))).isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("once it has opened");
    assertThatThrownBy(() -> expectations.withdraw(f.manager, CommitmentWithdrawal.of(kept.id()))).isInstanceOf(IllegalTransitionException.class);
    assertThat(expectations.evaluate(f.visitor, draft.id())).hasSize(1);
  }

  @Test
  void invalidTermsNameEveryBadFieldAndChangeNothing() {
    long before = f.lastPosition();
    assertThatThrownBy(() -> expectations.declare(f.manager, NewCommitment.of(draft.id(),
        CommitmentTerms.respondWithin(ResponseScope.ofKinds(ContributionKind.REQUEST), TimeAllowance.hours(4))).withRiskShare(1.5)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.field())
            .containsExactlyInAnyOrder("riskShare", "terms.scope.kinds"));
    assertThatThrownBy(() -> declare(new CommitmentTerms.Represent("income", 0.05, 10)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("terms.dimension"));
    assertThatThrownBy(() -> declare(new CommitmentTerms.Custom("unknown", Map.of(), en("?"))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("terms.name"));
    assertThatThrownBy(() -> declare(new CommitmentTerms.HoldOfflineSessions(1, Set.of(Channel.PHONE), Optional.of(LocalDate.of(2020, 1, 1)))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.field())
            .containsExactlyInAnyOrder("terms.channels", "terms.by"));
    assertThat(f.lastPosition()).isEqualTo(before);
    assertThat(expectations.commitments(f.manager, draft.id())).isEmpty();
  }

  @Test
  void participantsMayNotDeclareAndOtherTenantsSeeNothing() {
    Commitment k = declare(CommitmentTerms.decideBy(LocalDate.of(2026, 6, 1)));
    assertThatThrownBy(() -> expectations.declare(f.actor(f.register()), NewCommitment.of(draft.id(), CommitmentTerms.decideBy(LocalDate.of(2026, 6, 1)))))
        .isInstanceOf(AccessDeniedException.class);
    Actor stranger = Actor.of(TenantId.of("porto"), "staff-admin", Role.ADMIN);
    assertThatThrownBy(() -> expectations.evaluate(stranger, draft.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> expectations.commitments(stranger, draft.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> expectations.withdraw(stranger, CommitmentWithdrawal.of(k.id()))).isInstanceOf(NotFoundException.class);
    assertThat(expectations.commitment(f.manager, k.id())).isEqualTo(k);
    assertThatThrownBy(() -> expectations.commitment(stranger, k.id())).isInstanceOf(NotFoundException.class);
    assertThat(expectations.monitor(Actor.system(TenantId.of("porto")))).isEmpty();
    assertThatThrownBy(() -> expectations.evaluate(f.visitor, draft.id())).as("a draft is staff only").isInstanceOf(NotFoundException.class);
  }

  @Test
  void theCalendarIsTheTenantsOwn() {
    WorkingCalendar lisbon = WorkingCalendar.of(java.time.ZoneId.of("Europe/Lisbon")).withHolidays(LocalDate.of(2026, 3, 2));
    expectations.defineCalendar(f.admin, lisbon);
    assertThat(expectations.calendar(f.visitor)).isEqualTo(lisbon);
    assertThat(expectations.calendar(Actor.anonymous(TenantId.of("porto")))).isEqualTo(WorkingCalendar.standard());
    assertThatThrownBy(() -> expectations.defineCalendar(f.manager, lisbon)).isInstanceOf(AccessDeniedException.class);
    declare(CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.workingDays(1)));
    open();
    f.submitIdea(draft, f.register(), "Idea");
    // Monday 2 March is a holiday in this calendar: the first working day is Tuesday
    assertThat(((DeadlineTally) only().evidence()).nextDue()).contains(Instant.parse("2026-03-04T00:00:00Z"));
  }
}
