package org.consulta.core.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.consulta.core.Consulta;
import org.consulta.core.Fixtures;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ModerationMode;
import org.consulta.core.consultation.ModerationPolicy;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionEdit;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.contribution.Redaction;
import org.consulta.core.contribution.TextSpan;
import org.consulta.core.error.AccessDeniedException;
import org.consulta.core.error.ConflictException;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.VersionConflictException;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.notification.ModerationNotice;
import org.consulta.core.notification.NotificationKind;
import org.consulta.core.participant.Participant;
import org.consulta.core.value.PageRequest;
import org.junit.jupiter.api.Test;

class ModerationServiceTest {
  /** Holds texts containing HOLD-ME, rejects REJECT-ME (as spam), masks the word SECRET. */
  static final Screener WORDS = new Screener() {
    @Override
    public String name() {
      return "words";
    }

    @Override
    public Verdict screen(ScreeningInput input, ScreeningContext context) {
      String body = input.body();
      if (body.contains("REJECT-ME")) {
        return Verdict.reject(name(), "spam", 0.9, "marker at body[" + body.indexOf("REJECT-ME") + ", ...)");
      }
      if (body.contains("HOLD-ME")) {
        return Verdict.hold(name(), "offensive", 0.5, "marker");
      }
      int at = body.indexOf("SECRET");
      if (at >= 0) {
        return Verdict.redact(name(), "personal-data", 0.7, "secret at body[" + at + ", " + (at + 6) + ")", List.of(TextSpan.body(at, at + 6)));
      }
      return Verdict.pass(name());
    }
  };

  private final List<ModerationNotice> notified = new CopyOnWriteArrayList<>();
  private final Fixtures f = new Fixtures(Consulta.builder().screeners(List.of(WORDS)).notifier(n -> notified.add((ModerationNotice) n)));
  private final ModerationService moderation = f.consulta.moderation();
  private final Actor moderator2 = Actor.of(f.tenant, "staff-moderator-2", Role.MODERATOR);

  private Consultation open(ModerationPolicy policy) {
    return f.open(f.consulta.consultations().create(f.manager, f.consultationDraft().moderation(policy).build()));
  }

  private Consultation open(ModerationMode mode) {
    return open(ModerationPolicy.standard().withMode(mode));
  }

  private List<ConsultaEvent> eventsSince(long position) {
    return f.heard.stream().filter(e -> e.position() > position).map(RecordedEvent::event).toList();
  }

  @Test
  void preModerationHoldsEveryContributionUntilAModeratorApprovesIt() {
    Consultation c = open(ModerationMode.PRE);
    Participant author = f.register();

    Contribution idea = f.submitIdea(c, author, "A playground near the river");

    assertThat(idea.state()).isEqualTo(ContributionState.PENDING_MODERATION);
    assertThatThrownBy(() -> f.consulta.contributions().get(f.visitor, idea.id())).isInstanceOf(NotFoundException.class);
    assertThat(f.consulta.contributions().get(f.actor(author), idea.id()).state()).isEqualTo(ContributionState.PENDING_MODERATION);
    ModerationCase queued = moderation.queue(f.moderator, QueueFilter.all(), PageRequest.first()).items().get(0);
    assertThat(queued.contribution()).isEqualTo(idea.id());
    assertThat(queued.triggers()).containsExactly(CaseTrigger.PRE_MODERATION);
    assertThat(queued.deadline()).isEqualTo(queued.openedAt().plus(Duration.ofHours(72)));

    ModerationCase claimed = moderation.claimNext(f.moderator, ClaimRequest.of(QueueFilter.all())).orElseThrow();
    long before = f.lastPosition();
    ModerationCase decided = moderation.decide(f.moderator, CaseDecision.approve(claimed.id()));

    assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
    assertThat(decided.decidedAt()).isPresent();
    assertThat(f.consulta.contributions().get(f.visitor, idea.id()).state()).isEqualTo(ContributionState.PUBLISHED);
    assertThat(moderation.queue(f.moderator, QueueFilter.all(), PageRequest.first()).items()).isEmpty();
    assertThat(eventsSince(before)).containsExactly(new ConsultaEvent.ModerationDecided(decided.id(), idea.id(), c.id(), DecisionAction.APPROVE,
        Optional.empty(), ContributionState.PUBLISHED, false, Optional.empty()));
    assertThat(notified).singleElement().satisfies(n -> {
      assertThat(n.recipient()).isEqualTo(author.id());
      assertThat(n.kind()).isEqualTo(NotificationKind.MODERATION_DECISION);
      assertThat(n.state()).isEqualTo(ContributionState.PUBLISHED);
    });
  }

  @Test
  void postModerationPublishesAtOnceAndQueuesEveryItemForReview() {
    Consultation c = open(ModerationMode.POST);
    Contribution idea = f.submitIdea(c, f.register(), "More benches");

    assertThat(idea.state()).isEqualTo(ContributionState.PUBLISHED);
    assertThat(moderation.caseOf(f.moderator, idea.id())).get().extracting(ModerationCase::triggers).isEqualTo(java.util.Set.of(CaseTrigger.POST_MODERATION));
  }

  @Test
  void reactiveModerationQueuesOnlyWhatScreenersHoldOrParticipantsFlag() {
    Consultation c = open(ModerationMode.REACTIVE);
    Contribution fine = f.submitIdea(c, f.register(), "More benches");
    Contribution held = f.submitIdea(c, f.register(), "HOLD-ME please");

    assertThat(held.state()).isEqualTo(ContributionState.PENDING_MODERATION);
    assertThat(moderation.caseOf(f.moderator, fine.id())).isEmpty();
    ModerationCase k = moderation.caseOf(f.moderator, held.id()).orElseThrow();
    assertThat(k.triggers()).containsExactly(CaseTrigger.SCREENING);
    assertThat(k.reasons()).containsExactly("offensive");
    assertThat(k.verdicts()).extracting(Verdict::outcome).containsExactly(Verdict.Outcome.HOLD);
  }

  @Test
  void flagsReachingTheThresholdHideTheContributionPendingReview() {
    Consultation c = open(ModerationPolicy.standard().withFlagThreshold(2));
    Participant author = f.register();
    Contribution idea = f.submitIdea(c, author, "Tear down the old bridge");
    Participant p1 = f.register();
    Participant p2 = f.register();

    moderation.flag(f.actor(p1), NewFlag.of(idea.id(), "off-topic"));
    assertThat(f.consulta.contributions().get(f.visitor, idea.id()).flags()).isEqualTo(1);
    long before = f.lastPosition();
    moderation.flag(f.actor(p2), NewFlag.of(idea.id(), "offensive"));

    assertThatThrownBy(() -> f.consulta.contributions().get(f.visitor, idea.id())).isInstanceOf(NotFoundException.class);
    Contribution stored = f.consulta.contributions().get(f.moderator, idea.id());
    assertThat(stored.state()).isEqualTo(ContributionState.HIDDEN);
    assertThat(stored.flags()).isEqualTo(2);
    ModerationCase k = moderation.caseOf(f.moderator, idea.id()).orElseThrow();
    assertThat(k.flags()).isEqualTo(2);
    assertThat(k.reasons()).containsExactlyInAnyOrder("off-topic", "offensive");
    assertThat(eventsSince(before)).first().isEqualTo(new ConsultaEvent.ContributionFlagged(idea.id(), c.id(), "offensive", 2, true));
  }

  @Test
  void aParticipantFlagsOnceAndNeverTheirOwnAndOnlyForAHouseRule() {
    Consultation c = open(ModerationMode.REACTIVE);
    Participant author = f.register();
    Contribution idea = f.submitIdea(c, author, "Tear down the old bridge");
    Participant p = f.register();
    moderation.flag(f.actor(p), NewFlag.of(idea.id(), "spam"));
    long before = f.lastPosition();

    assertThatThrownBy(() -> moderation.flag(f.actor(p), NewFlag.of(idea.id(), "offensive"))).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> moderation.flag(f.actor(author), NewFlag.of(idea.id(), "spam"))).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> moderation.flag(f.actor(f.register()), NewFlag.of(idea.id(), "ugly")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("reason"));
    assertThatThrownBy(() -> moderation.flag(f.moderator, NewFlag.of(idea.id(), "spam"))).isInstanceOf(AccessDeniedException.class);
    assertThat(f.lastPosition()).isEqualTo(before + 1); // only the registration of the third participant
    assertThat(f.consulta.contributions().get(f.visitor, idea.id()).flags()).isEqualTo(1);
  }

  @Test
  void aScreenerRejectionIsRecordedAsAnAutomatedDecisionTheAuthorCanAppeal() {
    Consultation c = open(ModerationMode.REACTIVE);
    Participant author = f.register();
    Contribution spam = f.submitIdea(c, author, "Buy now REJECT-ME");

    assertThat(spam.state()).isEqualTo(ContributionState.REJECTED);
    ModerationCase k = moderation.caseOf(f.moderator, spam.id()).orElseThrow();
    assertThat(k.status()).isEqualTo(CaseStatus.DECIDED);
    Ruling d = k.lastDecision().orElseThrow();
    assertThat(d.automated()).isTrue();
    assertThat(d.decidedBy()).isEqualTo("screener:words");
    assertThat(d.appealableUntil()).contains(f.clock.instant().plus(Duration.ofDays(14)));
    assertThat(notified).singleElement().satisfies(n -> {
      assertThat(n.reason()).contains("spam");
      assertThat(n.rule()).isPresent();
      assertThat(n.appealableUntil()).isPresent();
    });

    AppealReceipt receipt = moderation.appeal(f.actor(author), NewAppeal.of(spam.id(), "It is a real idea"));
    assertThat(receipt.status()).isEqualTo(CaseStatus.APPEALED);
    assertThat(receipt.decisionDueBy()).isEqualTo(f.clock.instant().plus(Duration.ofHours(72)));
    assertThat(moderation.caseOf(f.moderator, spam.id()).orElseThrow().status()).isEqualTo(CaseStatus.APPEALED);
    assertThatThrownBy(() -> moderation.caseOf(f.actor(author), spam.id())).isInstanceOf(NotFoundException.class);
    assertThat(moderation.queue(f.moderator, QueueFilter.all(), PageRequest.first()).items()).extracting(ModerationCase::id).containsExactly(k.id());
    ModerationCase closed = moderation.decideAppeal(f.moderator, AppealDecision.of(k.id(), AppealOutcome.OVERTURNED));

    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.appeal().orElseThrow().outcome()).contains(AppealOutcome.OVERTURNED);
    assertThat(f.consulta.contributions().get(f.visitor, spam.id()).state()).isEqualTo(ContributionState.PUBLISHED);
    assertThatThrownBy(() -> moderation.appeal(f.actor(author), NewAppeal.of(spam.id(), "again"))).isInstanceOf(ConflictException.class);
  }

  @Test
  void anAppealIsDecidedByAnotherModeratorThanTheOneAppealedAgainst() {
    Consultation c = open(ModerationMode.PRE);
    Participant author = f.register();
    Contribution idea = f.submitIdea(c, author, "Close the road");
    ModerationCase k = moderation.claimNext(f.moderator, ClaimRequest.of(QueueFilter.all())).orElseThrow();
    moderation.decide(f.moderator, CaseDecision.of(k.id(), DecisionAction.HIDE, "off-topic"));
    moderation.appeal(f.actor(author), NewAppeal.of(idea.id(), "It is on topic"));

    assertThat(moderation.claimNext(f.moderator, ClaimRequest.of(QueueFilter.all()))).isEmpty();
    assertThatThrownBy(() -> moderation.decideAppeal(f.moderator, AppealDecision.of(k.id(), AppealOutcome.OVERTURNED)))
        .isInstanceOf(AccessDeniedException.class);
    ModerationCase closed = moderation.decideAppeal(moderator2, AppealDecision.of(k.id(), AppealOutcome.UPHELD));

    assertThat(closed.appeal().orElseThrow().decidedBy()).contains("staff-moderator-2");
    assertThat(f.consulta.contributions().get(f.moderator, idea.id()).state()).isEqualTo(ContributionState.HIDDEN);
  }

  @Test
  void theAppealWindowCloses() {
    Consultation c = open(ModerationMode.PRE);
    Participant author = f.register();
    Contribution idea = f.submitIdea(c, author, "Close the road");
    ModerationCase k = moderation.queue(f.moderator, QueueFilter.all(), PageRequest.first()).items().get(0);
    moderation.decide(f.moderator, CaseDecision.of(k.id(), DecisionAction.REJECT, "off-topic"));
    f.advance(Duration.ofDays(15));

    assertThatThrownBy(() -> moderation.appeal(f.actor(author), NewAppeal.of(idea.id(), "late"))).isInstanceOf(ConflictException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> moderation.appeal(f.actor(f.register()), NewAppeal.of(idea.id(), "not mine"))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void redactedSpansAreMaskedForEveryoneButStaff() {
    Consultation c = open(ModerationMode.REACTIVE);
    Participant author = f.register();
    Contribution idea = f.submitIdea(c, author, "Call SECRET now");

    String masked = "Call " + String.valueOf(Redaction.MASK).repeat(6) + " now";
    assertThat(idea.body()).contains(masked);
    assertThat(f.consulta.contributions().get(f.visitor, idea.id()).body()).contains(masked);
    assertThat(f.consulta.contributions().get(f.moderator, idea.id()).body()).contains("Call SECRET now");
    assertThat(f.consulta.contributions().get(f.moderator, idea.id()).redactions()).containsExactly(TextSpan.body(5, 11));
  }

  @Test
  void aModeratorsRedactionIsUndoneWhenItsAppealIsOverturned() {
    Consultation c = open(ModerationMode.POST);
    Participant author = f.register();
    Contribution idea = f.submitIdea(c, author, "Ask Maria at the library");
    ModerationCase k = moderation.caseOf(f.moderator, idea.id()).orElseThrow();
    moderation.decide(f.moderator, new CaseDecision(k.id(), DecisionAction.REDACT, Optional.of("personal-data"), Optional.of("a name"),
        List.of(TextSpan.body(4, 9)), OptionalLong.empty(), Optional.empty()));
    assertThat(f.consulta.contributions().get(f.visitor, idea.id()).body()).contains("Ask █████ at the library");

    moderation.appeal(f.actor(author), NewAppeal.of(idea.id(), "Maria is the library's public name"));
    moderation.decideAppeal(moderator2, AppealDecision.of(k.id(), AppealOutcome.OVERTURNED));

    assertThat(f.consulta.contributions().get(f.visitor, idea.id()).body()).contains("Ask Maria at the library");
  }

  @Test
  void aDecisionNamesEveryBadFieldAndChangesNothing() {
    Consultation c = open(ModerationMode.PRE);
    Contribution idea = f.submitIdea(c, f.register(), "short");
    ModerationCase k = moderation.caseOf(f.moderator, idea.id()).orElseThrow();
    long before = f.lastPosition();

    assertThatThrownBy(() -> moderation.decide(f.moderator, new CaseDecision(k.id(), DecisionAction.REDACT, Optional.of("nope"),
        Optional.of("x".repeat(3000)), List.of(TextSpan.body(2, 99), new TextSpan("answers.none", 0, 1)), OptionalLong.empty(), Optional.empty())))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.field())
            .containsExactlyInAnyOrder("reason", "note", "spans[0].end", "spans[1].field"));
    assertThatThrownBy(() -> moderation.decide(f.moderator, new CaseDecision(k.id(), DecisionAction.HIDE, Optional.empty(), Optional.empty(),
        List.of(), OptionalLong.empty(), Optional.empty())))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("reason"));
    assertThatThrownBy(() -> moderation.decide(f.moderator, new CaseDecision(k.id(), DecisionAction.APPROVE, Optional.empty(), Optional.empty(),
        List.of(), OptionalLong.of(k.version() + 5), Optional.empty()))).isInstanceOf(VersionConflictException.class);
    assertThat(f.lastPosition()).isEqualTo(before);
    assertThat(moderation.caseOf(f.moderator, idea.id()).orElseThrow()).isEqualTo(k);
  }

  @Test
  void aLeaseKeepsOtherModeratorsOffACaseUntilItLapses() {
    Consultation c = open(ModerationMode.PRE);
    f.submitIdea(c, f.register(), "one");
    ModerationCase k = moderation.claimNext(f.moderator, ClaimRequest.of(QueueFilter.all())).orElseThrow();

    assertThat(k.claimedBy(f.clock.instant())).contains("staff-moderator");
    assertThat(moderation.claimNext(moderator2, ClaimRequest.of(QueueFilter.all()))).isEmpty();
    assertThatThrownBy(() -> moderation.claim(moderator2, k.id())).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> moderation.decide(moderator2, CaseDecision.approve(k.id()))).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> moderation.release(moderator2, k.id())).isInstanceOf(ConflictException.class);

    f.advance(ClaimRequest.DEFAULT_LEASE.plusSeconds(1));
    assertThat(moderation.claimNext(moderator2, ClaimRequest.of(QueueFilter.all()))).get().extracting(ModerationCase::id).isEqualTo(k.id());
    moderation.release(moderator2, k.id());
    assertThat(moderation.decide(f.moderator, CaseDecision.approve(k.id())).status()).isEqualTo(CaseStatus.DECIDED);
  }

  @Test
  void escalatedCasesGoToAdminsOnly() {
    Consultation c = open(ModerationMode.PRE);
    f.submitIdea(c, f.register(), "hmm");
    ModerationCase k = moderation.claimNext(f.moderator, ClaimRequest.of(QueueFilter.all())).orElseThrow();
    ModerationCase escalated = moderation.decide(f.moderator, CaseDecision.of(k.id(), DecisionAction.ESCALATE, "illegal"));

    assertThat(escalated.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(escalated.escalated()).isTrue();
    assertThat(escalated.priority()).isBefore(k.priority());
    assertThat(moderation.claimNext(moderator2, ClaimRequest.of(QueueFilter.all()))).isEmpty();
    assertThatThrownBy(() -> moderation.decide(moderator2, CaseDecision.approve(k.id()))).isInstanceOf(AccessDeniedException.class);
    assertThat(moderation.decide(f.admin, CaseDecision.of(k.id(), DecisionAction.REJECT, "illegal")).status()).isEqualTo(CaseStatus.DECIDED);
  }

  @Test
  void theQueueOrdersByUrgencyAndFilters() {
    Consultation c = open(ModerationMode.POST);
    Contribution first = f.submitIdea(c, f.register(), "first");
    f.advance(Duration.ofMinutes(10));
    Contribution flagged = f.submitIdea(c, f.register(), "second");
    f.advance(Duration.ofMinutes(10));
    Contribution held = f.submitIdea(c, f.register(), "third HOLD-ME");
    Contribution french = f.consulta.contributions().submit(f.actor(f.register()), f.idea(c, "Plus d'arbres").language("fr-CH").build());
    moderation.flag(f.actor(f.register()), NewFlag.of(flagged.id(), "spam"));

    assertThat(moderation.queue(f.moderator, QueueFilter.all(), PageRequest.first()).items()).extracting(ModerationCase::contribution)
        .containsExactly(held.id(), flagged.id(), first.id(), french.id());
    assertThat(moderation.queue(f.moderator, new QueueFilter(Optional.empty(), Optional.of("spam"), Optional.empty(), false), PageRequest.first())
        .items()).extracting(ModerationCase::contribution).containsExactly(flagged.id());
    assertThat(moderation.queue(f.moderator, new QueueFilter(Optional.empty(), Optional.empty(), Optional.of("fr"), false), PageRequest.first())
        .items()).extracting(ModerationCase::contribution).containsExactly(french.id());
    var page1 = moderation.queue(f.moderator, QueueFilter.all(), PageRequest.first(2));
    var page2 = moderation.queue(f.moderator, QueueFilter.all(), PageRequest.after(page1.next().orElseThrow(), 2));
    assertThat(page2.items()).extracting(ModerationCase::contribution).containsExactly(first.id(), french.id());
    assertThatThrownBy(() -> moderation.queue(f.actor(f.register()), QueueFilter.all(), PageRequest.first()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void editsAreScreenedAgain() {
    Consultation c = open(ModerationMode.REACTIVE);
    Participant author = f.register();
    Contribution idea = f.submitIdea(c, author, "Call SECRET now");

    Contribution edited = f.consulta.contributions().edit(f.actor(author), ContributionEdit.body(idea.id(), "Now it says HOLD-ME"));

    assertThat(edited.state()).isEqualTo(ContributionState.PENDING_MODERATION);
    assertThat(edited.redactions()).isEmpty();
    assertThat(moderation.caseOf(f.moderator, idea.id()).orElseThrow().triggers()).containsExactly(CaseTrigger.SCREENING);
    assertThat(f.heard).map(RecordedEvent::event).filteredOn(ConsultaEvent.ContributionEdited.class::isInstance).singleElement()
        .isEqualTo(new ConsultaEvent.ContributionEdited(idea.id(), c.id(), edited.version(), List.of("body"), ContributionState.PENDING_MODERATION));
    assertThatThrownBy(() -> f.consulta.contributions().edit(f.actor(f.register()), ContributionEdit.body(idea.id(), "mine now")))
        .isInstanceOf(NotFoundException.class);

    Contribution rejected = f.submitIdea(c, author, "REJECT-ME");
    assertThatThrownBy(() -> f.consulta.contributions().edit(f.actor(author), ContributionEdit.body(rejected.id(), "better")))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> f.consulta.contributions().edit(f.actor(author), ContributionEdit.body(idea.id(), " ")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("body"));
  }

  @Test
  void campaignResponsesAreKeptCountedAndMarked() {
    Map<String, ContributionId> seeds = new ConcurrentHashMap<>();
    Screener campaign = (input, context) -> {
      if (!input.body().startsWith("Template:")) {
        return Verdict.pass("campaign");
      }
      ContributionId seed = seeds.putIfAbsent(input.consultation().toString(), input.contribution());
      return seed == null ? Verdict.pass("campaign") : Verdict.campaign("campaign", CampaignId.seededBy(seed), 0.9, "near the seed");
    };
    Fixtures g = new Fixtures(Consulta.builder().screeners(List.of(campaign)));
    Consultation c = g.openConsultation();
    Contribution a = g.submitIdea(c, g.register(), "Template: save the park");
    Contribution b = g.submitIdea(c, g.register(), "Template: save the park!");
    Contribution d = g.submitIdea(c, g.register(), "Template: save our park");
    g.submitIdea(c, g.register(), "Something else");

    CampaignId id = CampaignId.seededBy(a.id());
    assertThat(List.of(a, b, d)).allSatisfy(x -> assertThat(g.consulta.contributions().get(g.visitor, x.id()).campaign()).contains(id));
    assertThat(List.of(a, b, d)).allSatisfy(x -> assertThat(g.consulta.contributions().get(g.visitor, x.id()).state())
        .isEqualTo(ContributionState.PUBLISHED));
    assertThat(g.consulta.moderation().campaigns(g.visitor, c.id(), PageRequest.first()).items()).singleElement()
        .satisfies(x -> assertThat(x.size()).isEqualTo(3));
    LocalDate today = LocalDate.ofInstant(g.clock.instant(), ZoneOffset.UTC);
    assertThat(g.consulta.moderation().transparencyReport(g.visitor, c.id(), today, today.plusDays(1)).total(ModerationMetric.CAMPAIGN)).isEqualTo(3);
  }

  @Test
  void theTransparencyReportCountsScreeningFlagsDecisionsAndAppeals() {
    Consultation c = open(ModerationMode.PRE);
    LocalDate today = LocalDate.ofInstant(f.clock.instant(), ZoneOffset.UTC);
    Participant author = f.register();
    f.submitIdea(c, author, "one");
    f.submitIdea(c, author, "two HOLD-ME");
    Contribution rejected = f.submitIdea(c, author, "three REJECT-ME");
    f.submitIdea(c, author, "four SECRET");
    List<Duration> waits = List.of(Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5));
    for (Duration wait : waits) {
      f.advance(wait);
      ModerationCase k = moderation.claimNext(f.moderator, ClaimRequest.of(QueueFilter.all())).orElseThrow();
      moderation.decide(f.moderator, CaseDecision.approve(k.id()));
    }
    moderation.appeal(f.actor(author), NewAppeal.of(rejected.id(), "please"));
    ModerationCase appealed = moderation.caseOf(f.moderator, rejected.id()).orElseThrow();
    moderation.decideAppeal(f.moderator, AppealDecision.of(appealed.id(), AppealOutcome.OVERTURNED));

    TransparencyReport report = moderation.transparencyReport(f.visitor, c.id(), today, today.plusDays(1));

    assertThat(report.total(ModerationMetric.SCREENED)).isEqualTo(4);
    assertThat(report.total(ModerationMetric.HELD)).isEqualTo(1);
    assertThat(report.total(ModerationMetric.REJECTED)).isEqualTo(1);
    assertThat(report.total(ModerationMetric.REDACTED)).isEqualTo(1);
    assertThat(report.total(ModerationMetric.APPROVED)).isEqualTo(3);
    assertThat(report.total(ModerationMetric.DECIDED)).isEqualTo(4);
    assertThat(report.total(ModerationMetric.APPEALED)).isEqualTo(1);
    assertThat(report.byReason().get("spam")).containsEntry(ModerationMetric.REJECTED, 1L).containsEntry(ModerationMetric.OVERTURNED, 1L);
    assertThat(report.decisions()).isEqualTo(4);
    // the screener decided one at once; the queue drained the others after 30 min, 2.5 h and 7.5 h
    assertThat(report.medianTimeToDecision()).contains(Duration.ofMinutes(30));
    assertThat(report.p90TimeToDecision()).contains(Duration.ofMinutes(450));
    assertThat(report.overturnRate()).isEqualTo(1.0);
    assertThat(moderation.transparencyReport(f.visitor, c.id(), today.plusDays(1), today.plusDays(2)).totals()).isEmpty();
    assertThatThrownBy(() -> moderation.transparencyReport(f.visitor, c.id(), today, today))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("to"));
  }

  @Test
  void anotherTenantsCasesAndQueueAreInvisible() {
    Consultation c = open(ModerationMode.PRE);
    Contribution idea = f.submitIdea(c, f.register(), "one");
    ModerationCase k = moderation.caseOf(f.moderator, idea.id()).orElseThrow();
    Actor foreign = Actor.of(TenantId.of("porto"), "mod-porto", Role.MODERATOR, Role.ADMIN);

    assertThatThrownBy(() -> moderation.get(foreign, k.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> moderation.claim(foreign, k.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> moderation.decide(foreign, CaseDecision.approve(k.id()))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> moderation.caseOf(foreign, idea.id())).isInstanceOf(NotFoundException.class);
    assertThat(moderation.queue(foreign, QueueFilter.all(), PageRequest.first()).items()).isEmpty();
    assertThat(moderation.claimNext(foreign, ClaimRequest.of(QueueFilter.all()))).isEmpty();
    assertThatThrownBy(() -> moderation.transparencyReport(foreign, c.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void manyModeratorsClaimingFromOneQueueNeverDecideAnItemTwice() throws Exception {
    Consultation c = open(ModerationMode.PRE);
    Participant author = f.register();
    int items = 120;
    for (int i = 0; i < items; i++) {
      f.submitIdea(c, author, "idea " + i);
    }
    int moderators = 8;
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    for (int m = 0; m < moderators; m++) {
      Actor actor = Actor.of(f.tenant, "mod-" + m, Role.MODERATOR);
      threads.add(new Thread(() -> {
        try {
          while (true) {
            Optional<ModerationCase> k = moderation.claimNext(actor, ClaimRequest.of(QueueFilter.all()));
            if (k.isEmpty()) {
              return;
            }
            moderation.decide(actor, CaseDecision.approve(k.get().id()));
          }
        } catch (Throwable t) {
          failures.add(t);
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }

    assertThat(failures).isEmpty();
    List<ConsultaEvent.ModerationDecided> decided = f.heard.stream().map(RecordedEvent::event)
        .filter(ConsultaEvent.ModerationDecided.class::isInstance).map(ConsultaEvent.ModerationDecided.class::cast).toList();
    assertThat(decided).hasSize(items);
    assertThat(decided.stream().map(ConsultaEvent.ModerationDecided::moderationCase).distinct()).hasSize(items);
    assertThat(moderation.queue(f.moderator, QueueFilter.all(), PageRequest.first()).items()).isEmpty();
  }
}
