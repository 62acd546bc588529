package org.consulta.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.consulta.core.Consulta;
import org.consulta.core.Fixtures;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.contribution.Visibility;
import org.consulta.core.error.AccessDeniedException;
import org.consulta.core.event.OutcomeEvent;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.moderation.CaseDecision;
import org.consulta.core.moderation.DecisionAction;
import org.consulta.core.moderation.ModerationCase;
import org.consulta.core.moderation.NewFlag;
import org.consulta.core.notification.Notification;
import org.consulta.core.notification.OutcomeDigest;
import org.consulta.core.participant.ConsentKind;
import org.consulta.core.participant.NewParticipantBuilder;
import org.consulta.core.participant.Participant;
import org.consulta.core.value.LocalizedText;
import org.consulta.core.value.PageRequest;
import org.junit.jupiter.api.Test;

class ClosingTheLoopTest {
  private final List<Notification> sent = new CopyOnWriteArrayList<>();
  private final Fixtures f = new Fixtures(Consulta.builder().notifier(sent::add));
  private final OutcomeService outcomes = f.consulta.outcomes();
  private final Actor responder = Actor.of(f.tenant, "staff-responder", Role.RESPONDER);
  private final Consultation c = f.openConsultation();

  private static LocalizedText en(String text) {
    return LocalizedText.of("en", text);
  }

  private Participant consenting(String district) {
    return f.consulta.participants().register(f.visitor, new NewParticipantBuilder().putDemographics("district", district)
        .putDemographics("age_band", "30_64").addConsents(ConsentKind.PROCESSING, ConsentKind.OUTCOME_CONTACT).build());
  }

  private Theme theme(String title, Contribution... members) {
    Theme t = outcomes.createTheme(responder, NewTheme.of(c.id(), en(title)));
    if (members.length > 0) {
      outcomes.addToTheme(responder, new ThemeMembers(t.id(), List.of(members).stream().map(Contribution::id).toList(), java.util.Optional.empty()));
    }
    return t;
  }

  private NewDecisionBuilder decision(String title) {
    return new NewDecisionBuilder().consultation(c.id()).title(en(title)).text(en("Adopted")).body("City council")
        .decidedOn(LocalDate.of(2026, 6, 1)).influence(en("Shaped by the input")).effect(InfluenceEffect.CHANGED);
  }

  private List<OutcomeDigest> digests() {
    return sent.stream().filter(n -> n instanceof OutcomeDigest).map(n -> (OutcomeDigest) n).toList();
  }

  @Test
  void everyChangeReachingAnAuthorIsGatheredIntoOneDigest() {
    Participant author = consenting("north");
    Contribution a = f.submitIdea(c, author, "Trees");
    Contribution b = f.submitIdea(c, author, "Shade");
    Contribution own = f.submitIdea(c, author, "Benches");
    Theme trees = theme("Trees", a, b);
    outcomes.respond(responder, NewResponse.toTheme(trees.id(), ResponseStatus.ACCEPTED, null));
    f.advance(Duration.ofMinutes(1));
    outcomes.respond(responder, NewResponse.toContribution(own.id(), ResponseStatus.ALREADY_PLANNED, en("In the plan")));
    f.advance(Duration.ofMinutes(1));
    Decision d = outcomes.recordDecision(f.manager, decision("Park plan").addThemes(trees.id()).build());
    f.advance(Duration.ofMinutes(1));
    outcomes.createResult(f.manager, new NewResultBuilder().consultation(c.id()).title(en("Planting")).addDecisions(d.id()).build());

    NoticeRun run = outcomes.sendNotices(f.system, 100);

    assertThat(run).isEqualTo(new NoticeRun(1, 7, 0, false));
    assertThat(digests()).singleElement().satisfies(digest -> {
      assertThat(digest.recipient()).isEqualTo(author.id());
      assertThat(digest.items()).extracting(OutcomeDigest.Item::kind).containsExactly(NoticeKind.RESPONDED, NoticeKind.RESPONDED,
          NoticeKind.RESPONDED, NoticeKind.DECISION_RECORDED, NoticeKind.DECISION_RECORDED, NoticeKind.RESULT_CHANGED, NoticeKind.RESULT_CHANGED);
      assertThat(digest.items().get(3).title()).contains(en("Park plan"));
      assertThat(digest.items().get(2).status()).contains("ALREADY_PLANNED");
    });
    assertThat(f.heard).extracting(RecordedEvent::event).filteredOn(e -> e instanceof OutcomeEvent.OutcomeDigestSent).hasSize(1);
    assertThat(outcomes.sendNotices(f.system, 100)).isEqualTo(new NoticeRun(0, 0, 0, false));
  }

  @Test
  void authorsWithoutConsentGetNothingNowOrLater() {
    Participant silent = f.register();
    Participant willing = consenting("south");
    Contribution s = f.submitIdea(c, silent, "Trees");
    Contribution w = f.submitIdea(c, willing, "Trees too");
    Theme trees = theme("Trees", s, w);
    outcomes.respond(responder, NewResponse.toTheme(trees.id(), ResponseStatus.ACCEPTED, null));

    assertThat(outcomes.sendNotices(f.system, 100)).isEqualTo(new NoticeRun(1, 1, 1, false));
    assertThat(digests()).extracting(OutcomeDigest::recipient).containsExactly(willing.id());
    assertThat(outcomes.sendNotices(f.system, 100).digests()).isZero();
    assertThatThrownBy(() -> outcomes.sendNotices(responder, 10)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aBatchTakesAtMostTheGivenNumberOfRecipientsAndSaysMoreAreWaiting() {
    List<Contribution> ideas = List.of(f.submitIdea(c, consenting("north"), "One"), f.submitIdea(c, consenting("north"), "Two"),
        f.submitIdea(c, consenting("north"), "Three"));
    Theme t = theme("All", ideas.toArray(new Contribution[0]));
    outcomes.respond(responder, NewResponse.toTheme(t.id(), ResponseStatus.UNDER_CONSIDERATION, en("Looking at it")));

    assertThat(outcomes.sendNotices(f.system, 2)).isEqualTo(new NoticeRun(2, 2, 0, true));
    assertThat(outcomes.sendNotices(f.system, 2)).isEqualTo(new NoticeRun(1, 1, 0, false));
    assertThat(digests()).hasSize(3).extracting(OutcomeDigest::recipient).doesNotHaveDuplicates();
  }

  @Test
  void aLateThemeMemberIsToldTheThemeWasAnswered() {
    Participant author = consenting("north");
    Theme trees = theme("Trees");
    Response answer = outcomes.respond(responder, NewResponse.toTheme(trees.id(), ResponseStatus.ACCEPTED, null));
    Contribution late = f.submitIdea(c, author, "Trees please");
    outcomes.addToTheme(responder, ThemeMembers.of(trees.id(), late.id()));

    outcomes.sendNotices(f.system, 10);

    assertThat(digests()).singleElement().satisfies(d -> assertThat(d.items()).singleElement().satisfies(i -> {
      assertThat(i.subject()).isEqualTo(answer.id().toString());
      assertThat(i.contribution()).isEqualTo(late.id());
    }));
  }

  @Test
  void theTrailShowsEachOwnContributionFromModerationToResults() {
    Participant author = f.register();
    Participant other = f.register();
    Contribution answered = f.submitIdea(c, author, "Trees");
    Contribution hidden = f.submitIdea(c, author, "Off topic rant");
    f.submitIdea(c, other, "Someone else's");
    Theme trees = theme("Trees", answered);
    Response r = outcomes.respond(responder, NewResponse.toTheme(trees.id(), ResponseStatus.ACCEPTED, null));
    Decision d = outcomes.recordDecision(f.manager, decision("Park plan").addThemes(trees.id()).build());
    Result planting = outcomes.createResult(f.manager, new NewResultBuilder().consultation(c.id()).title(en("Planting")).progress(30)
        .addDecisions(d.id()).build());
    for (int i = 0; i < 3; i++) {
      f.consulta.moderation().flag(f.actor(f.register()), NewFlag.of(hidden.id(), "off-topic"));
    }

    List<TrailEntry> trail = outcomes.trail(f.actor(author), PageRequest.first()).items();

    assertThat(trail).extracting(e -> e.contribution().id()).containsExactly(answered.id(), hidden.id());
    assertThat(trail.get(0).responses()).containsExactly(r.publicView());
    assertThat(trail.get(0).themes()).extracting(Theme::id).containsExactly(trees.id());
    assertThat(trail.get(0).decisions()).extracting(Decision::id).containsExactly(d.id());
    assertThat(trail.get(0).results()).singleElement().satisfies(n -> {
      assertThat(n.result().id()).isEqualTo(planting.id());
      assertThat(n.progress()).isEqualTo(30.0);
    });
    assertThat(trail.get(1).state()).isEqualTo(ContributionState.HIDDEN);
    assertThat(trail.get(1).answered()).isFalse();
    assertThatThrownBy(() -> outcomes.trail(f.manager, PageRequest.first())).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theReportShowsOnlyPublicInputAndCountsByChannelAndGroup() {
    Participant north = f.register("north", "18_29");
    Participant south = f.register("south", "65_plus");
    Contribution open = f.submitIdea(c, north, "Plant oaks");
    Contribution secret = f.consulta.contributions().submit(f.actor(north), f.idea(c, "My private view").visibility(Visibility.PRIVATE).build());
    Contribution confidential = f.consulta.contributions().submit(f.actor(south), f.idea(c, "Confidential complaint")
        .visibility(Visibility.CONFIDENTIAL).addConfidentialTo(Role.RESPONDER).build());
    Contribution paper = f.consulta.contributions().submit(f.manager, f.idea(c, "Paper form: more shade").channel(Channel.PAPER)
        .onBehalfOf(south.id()).build());
    Contribution rant = f.submitIdea(c, south, "Rant");
    Theme trees = theme("Trees", open, secret, confidential, paper, rant);
    ModerationCase k = f.consulta.moderation().claim(f.moderator, flagged(rant));
    f.consulta.moderation().decide(f.moderator, CaseDecision.of(k.id(), DecisionAction.HIDE, "off-topic"));
    outcomes.respond(responder, NewResponse.toTheme(trees.id(), ResponseStatus.PARTLY_ACCEPTED, en("Oaks yes, elms no")));
    Decision d = outcomes.recordDecision(f.manager, decision("Park plan").addThemes(trees.id()).addContributions(open.id(), secret.id()).build());
    outcomes.recordDecision(f.manager, decision("Budget").build());
    outcomes.createResult(f.manager, new NewResultBuilder().consultation(c.id()).title(en("Planting")).progress(50).addDecisions(d.id()).build());

    OutcomeReport report = outcomes.report(f.visitor, c.id());

    ThemeSection section = report.themes().get(0);
    assertThat(section.stats().total()).isEqualTo(3);
    assertThat(section.stats().byChannel()).containsEntry(Channel.ONLINE, 2L).containsEntry(Channel.PAPER, 1L);
    assertThat(section.stats().byGroup().get("district")).containsEntry("north", 2L).containsEntry("south", 1L);
    assertThat(section.examples()).extracting(Contribution::id).containsExactly(open.id(), paper.id());
    assertThat(section.response()).isPresent();
    assertThat(section.decisions()).singleElement().satisfies(x -> assertThat(x.contributions()).containsExactly(open.id()));
    assertThat(section.results()).singleElement().satisfies(n -> assertThat(n.progress()).isEqualTo(50.0));
    assertThat(report.impact().contributions()).isEqualTo(4);
    assertThat(report.impact().answered()).isEqualTo(4);
    assertThat(report.impact().shareDecisionsWithInput()).isEqualTo(0.5);
    assertThat(report.impact().implementationProgress()).contains(50.0);
    assertThat(report.toString()).doesNotContain("My private view", "Confidential complaint", "Rant");
  }

  private org.consulta.core.moderation.ModerationCaseId flagged(Contribution c) {
    for (int i = 0; i < 3; i++) {
      f.consulta.moderation().flag(f.actor(f.register()), NewFlag.of(c.id(), "off-topic"));
    }
    return f.consulta.moderation().caseOf(f.moderator, c.id()).orElseThrow().id();
  }

  @Test
  void responseTimesUseNearestRankQuantiles() {
    Participant p = f.register();
    List<Contribution> ideas = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ideas.add(f.submitIdea(c, p, "Idea " + i));
    }
    for (int i = 0; i < 10; i++) {
      f.advance(Duration.ofHours(1));
      outcomes.respond(responder, NewResponse.toContribution(ideas.get(i).id(), ResponseStatus.ACCEPTED, null));
    }
    f.submitIdea(c, p, "Unanswered");

    ImpactFigures impact = outcomes.report(f.visitor, c.id()).impact();

    assertThat(impact.contributions()).isEqualTo(11);
    assertThat(impact.answered()).isEqualTo(10);
    assertThat(impact.medianTimeToResponse()).contains(Duration.ofHours(5));
    assertThat(impact.p90TimeToResponse()).contains(Duration.ofHours(9));
  }
}
