package org.consulta.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.contribution.Visibility;
import org.consulta.core.error.ConflictException;
import org.consulta.core.error.VersionConflictException;
import org.consulta.core.outcome.Decision;
import org.consulta.core.outcome.Response;
import org.consulta.core.outcome.ResponseId;
import org.consulta.core.outcome.Result;
import org.consulta.core.outcome.Theme;
import org.consulta.core.outcome.ThemeId;
import org.consulta.core.outcome.ThemeMembership;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rules of {@link org.consulta.core.outcome.OutcomeRepository} for themes and their members,
 * responses, decisions and results. The aggregates and notices are in {@link OutcomeAggregateRules}.
 */
abstract class OutcomeRules extends OutcomeRuleSupport {
  OutcomeRules(StoreCompatibilityKit kit) {
    super(kit);
  }

  @Test
  @DisplayName("a theme is found as inserted and updated; an update from a stale version throws VersionConflictException and changes nothing")
  void themeRoundTripAndVersions() {
    Theme v1 = theme(consultation());
    checkA(o -> assertThat(o.theme(v1.id())).contains(v1));
    checkA(o -> assertThat(o.theme(new ThemeId(samples.nextUuid()))).isEmpty());
    Theme v2 = StoreSamples.revisionOf(v1);
    useA(uow -> uow.outcomes().updateTheme(v2));
    checkA(o -> assertThat(o.theme(v1.id())).contains(v2));
    assertThatThrownBy(() -> useA(uow -> uow.outcomes().updateTheme(StoreSamples.revisionOf(v1)))).isInstanceOf(VersionConflictException.class);
    checkA(o -> assertThat(o.theme(v1.id())).contains(v2));
  }

  @Test
  @DisplayName("themes lists a consultation's themes by (creation time, id) and pages with after and limit")
  void themesInCreationOrder() {
    Consultation c = consultation();
    Theme first = theme(c);
    Theme elsewhere = theme(consultation());
    Theme second = theme(c);
    Theme sameInstant = new Theme(new ThemeId(samples.nextUuid()), a, c.id(), 1, second.title(), Optional.empty(), second.origin(),
        Optional.empty(), "staff-2", second.createdAt(), second.createdAt());
    useA(uow -> uow.outcomes().insertTheme(sameInstant));
    Theme third = theme(c);
    List<Theme> expected = List.of(first, second, sameInstant, third);
    checkA(o -> assertThat(o.themes(c.id(), Optional.empty(), 100)).containsExactlyElementsOf(expected));
    assertThat(allPages(2, after -> outcomesA(o -> o.themes(c.id(), after, 2)), Theme::sortKey)).containsExactlyElementsOf(expected);
    checkA(o -> assertThat(o.themes(elsewhere.consultation(), Optional.empty(), 100)).containsExactly(elsewhere));
  }

  @Test
  @DisplayName("addMember adds once (false on repeat); removeMember removes once (false when not a member)")
  void addAndRemoveMembers() {
    Consultation c = consultation();
    Theme theme = theme(c);
    Theme other = theme(c);
    Contribution idea = idea(c);
    assertThat(add(theme, idea)).isTrue();
    assertThat(add(theme, idea)).isFalse();
    checkA(o -> assertThat(o.members(theme.id(), Optional.empty(), 10)).containsExactly(idea));
    checkA(o -> assertThat(o.removeMember(other.id(), idea.id())).isFalse());
    checkA(o -> assertThat(o.removeMember(theme.id(), idea.id())).isTrue());
    checkA(o -> assertThat(o.removeMember(theme.id(), idea.id())).isFalse());
    checkA(o -> assertThat(o.members(theme.id(), Optional.empty(), 10)).isEmpty());
    checkA(o -> assertThat(o.membershipsOf(idea.id())).isEmpty());
    assertThat(add(theme, idea)).isTrue();
  }

  @Test
  @DisplayName("members lists a theme's contributions in any state by (submission time, id), not by when they were added, and pages")
  void membersInContributionOrder() {
    Consultation c = consultation();
    Theme theme = theme(c);
    Contribution late = inserted(samples.contribution(c).submittedAt(hours(50)).build());
    Contribution early = inserted(samples.contribution(c).submittedAt(hours(10)).state(ContributionState.REJECTED).build());
    Contribution tie = inserted(samples.contribution(c).submittedAt(hours(10)).confidential().build());
    Contribution middle = inserted(samples.contribution(c).submittedAt(hours(20)).state(ContributionState.HIDDEN).build());
    Contribution outsider = idea(c);
    for (Contribution m : List.of(late, tie, middle, early)) {
      add(theme, m);
    }
    List<Contribution> expected = List.of(early, tie, middle, late);
    checkA(o -> assertThat(o.members(theme.id(), Optional.empty(), 10)).containsExactlyElementsOf(expected).doesNotContain(outsider));
    assertThat(allPages(3, after -> outcomesA(o -> o.members(theme.id(), after, 3)), Contribution::sortKey)).containsExactlyElementsOf(expected);
  }

  @Test
  @DisplayName("membershipsOf lists a contribution's themes, oldest membership first, with who added it and when")
  void membershipsOldestFirst() {
    Consultation c = consultation();
    Theme first = theme(c);
    Theme second = theme(c);
    Contribution idea = idea(c);
    ThemeMembership older = new ThemeMembership(second.id(), idea.id(), c.id(), "staff-7", hours(5));
    ThemeMembership newer = new ThemeMembership(first.id(), idea.id(), c.id(), "staff-8", hours(6));
    useA(uow -> uow.outcomes().addMember(newer));
    useA(uow -> uow.outcomes().addMember(older));
    checkA(o -> assertThat(o.membershipsOf(idea.id())).containsExactly(older, newer));
    Contribution outside = idea(c);
    checkA(o -> assertThat(o.membershipsOf(outside.id())).isEmpty());
  }

  @Test
  @DisplayName("addCampaignMembers adds the campaign's contributions of that consultation only, counts only new members, and is idempotent")
  void campaignMembersJoinATheme() {
    Consultation c = consultation();
    Consultation other = consultation();
    CampaignId campaign = new CampaignId(samples.nextUuid());
    Contribution seed = inserted(samples.contribution(c).campaign(campaign).build());
    Contribution follower = inserted(samples.contribution(c).campaign(campaign).state(ContributionState.PENDING_MODERATION).build());
    Contribution already = inserted(samples.contribution(c).campaign(campaign).build());
    Contribution otherCampaign = inserted(samples.contribution(c).campaign(new CampaignId(samples.nextUuid())).build());
    Contribution otherConsultation = inserted(samples.contribution(other).campaign(campaign).build());
    idea(c);
    Theme theme = theme(c);
    add(theme, already);
    checkA(o -> assertThat(o.addCampaignMembers(theme.id(), c.id(), campaign, "staff-3", hours(100))).isEqualTo(2));
    checkA(o -> assertThat(o.addCampaignMembers(theme.id(), c.id(), campaign, "staff-3", hours(101))).isZero());
    checkA(o -> assertThat(o.members(theme.id(), Optional.empty(), 10)).containsExactly(seed, follower, already)
        .doesNotContain(otherCampaign, otherConsultation));
    checkA(o -> assertThat(o.membershipsOf(follower.id()))
        .containsExactly(new ThemeMembership(theme.id(), follower.id(), c.id(), "staff-3", hours(100))));
  }

  @Test
  @DisplayName("campaignMembers lists a campaign's contributions in any state, oldest first, up to the limit")
  void campaignMembersOldestFirst() {
    Consultation c = consultation();
    Contribution seed = inserted(samples.contribution(c).submittedAt(hours(1)).build());
    CampaignId campaign = CampaignId.seededBy(seed.id());
    Contribution seedMember = ContributionSample.revisionOf(seed).campaign(campaign).build();
    useA(uow -> uow.contributions().update(seedMember));
    useA(uow -> uow.moderation().saveCampaign(samples.campaign(seed.id(), c.id(), 3)));
    Contribution hidden = inserted(samples.contribution(c).submittedAt(hours(3)).campaign(campaign).state(ContributionState.HIDDEN).build());
    Contribution second = inserted(samples.contribution(c).submittedAt(hours(2)).campaign(campaign).build());
    idea(c);
    checkA(o -> assertThat(o.campaignMembers(campaign, 10)).containsExactly(seedMember, second, hidden));
    checkA(o -> assertThat(o.campaignMembers(campaign, 2)).containsExactly(seedMember, second));
    checkA(o -> assertThat(o.campaignMembers(new CampaignId(samples.nextUuid()), 10)).isEmpty());
  }

  @Test
  @DisplayName("publicMembers lists only published public members, top-level and replies, oldest first, up to the limit")
  void publicMembersArePublishedAndPublic() {
    Consultation c = consultation();
    Theme theme = theme(c);
    Contribution first = idea(c);
    Contribution reply = inserted(samples.contribution(c).parent(first.id()).build());
    Contribution pending = inserted(samples.contribution(c).state(ContributionState.PENDING_MODERATION).build());
    Contribution confidential = inserted(samples.contribution(c).confidential().build());
    Contribution privateOne = inserted(samples.contribution(c).visibility(Visibility.PRIVATE).build());
    Contribution last = idea(c);
    idea(c);
    for (Contribution m : List.of(last, privateOne, confidential, pending, reply, first)) {
      add(theme, m);
    }
    checkA(o -> assertThat(o.publicMembers(theme.id(), 10)).containsExactly(first, reply, last));
    checkA(o -> assertThat(o.publicMembers(theme.id(), 2)).containsExactly(first, reply));
  }

  @Test
  @DisplayName("a response is found by id and by its target, keeps its history through a revision, and checks versions")
  void responseRoundTrip() {
    Consultation c = consultation();
    Contribution idea = idea(c);
    Theme theme = theme(c);
    Response toIdea = samples.response(idea, hours(10));
    Response toTheme = samples.response(theme, hours(11));
    useA(uow -> {
      uow.outcomes().insertResponse(toIdea);
      uow.outcomes().insertResponse(toTheme);
    });
    checkA(o -> assertThat(o.response(toIdea.id())).contains(toIdea));
    checkA(o -> assertThat(o.responseToContribution(idea.id())).contains(toIdea));
    checkA(o -> assertThat(o.responseToTheme(theme.id())).contains(toTheme));
    Contribution unanswered = idea(c);
    Theme unansweredTheme = theme(c);
    checkA(o -> assertThat(o.responseToContribution(unanswered.id())).isEmpty());
    checkA(o -> assertThat(o.responseToTheme(unansweredTheme.id())).isEmpty());
    checkA(o -> assertThat(o.response(new ResponseId(samples.nextUuid()))).isEmpty());
    Response revised = StoreSamples.revisionOf(toIdea);
    useA(uow -> uow.outcomes().updateResponse(revised));
    checkA(o -> assertThat(o.responseToContribution(idea.id())).contains(revised));
    assertThat(revised.history()).hasSize(1);
    assertThatThrownBy(() -> useA(uow -> uow.outcomes().updateResponse(StoreSamples.revisionOf(toIdea))))
        .isInstanceOf(VersionConflictException.class);
    checkA(o -> assertThat(o.response(toIdea.id())).contains(revised));
  }

  @Test
  @DisplayName("insertResponse for a contribution or theme that has a response already throws ConflictException and keeps the first")
  void oneResponsePerTarget() {
    Consultation c = consultation();
    Contribution idea = idea(c);
    Theme theme = theme(c);
    Response first = samples.response(idea, hours(1));
    Response firstToTheme = samples.response(theme, hours(1));
    useA(uow -> {
      uow.outcomes().insertResponse(first);
      uow.outcomes().insertResponse(firstToTheme);
    });
    assertThatThrownBy(() -> useA(uow -> uow.outcomes().insertResponse(samples.response(idea, hours(2))))).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> useA(uow -> uow.outcomes().insertResponse(samples.response(theme, hours(2))))).isInstanceOf(ConflictException.class);
    checkA(o -> assertThat(o.responseToContribution(idea.id())).contains(first));
    checkA(o -> assertThat(o.responseToTheme(theme.id())).contains(firstToTheme));
  }

  @Test
  @DisplayName("responses lists a consultation's responses by (first response time, id) and pages")
  void responsesByFirstResponseTime() {
    Consultation c = consultation();
    Response late = samples.response(idea(c), hours(30));
    Response early = samples.response(theme(c), hours(10));
    Response middle = samples.response(idea(c), hours(20));
    Response elsewhere = samples.response(idea(consultation()), hours(1));
    useA(uow -> List.of(late, early, middle, elsewhere).forEach(uow.outcomes()::insertResponse));
    Response revisedLate = StoreSamples.revisionOf(late);
    useA(uow -> uow.outcomes().updateResponse(revisedLate));
    List<Response> expected = List.of(early, middle, revisedLate);
    checkA(o -> assertThat(o.responses(c.id(), Optional.empty(), 10)).containsExactlyElementsOf(expected));
    assertThat(allPages(2, after -> outcomesA(o -> o.responses(c.id(), after, 2)), Response::sortKey)).containsExactlyElementsOf(expected);
  }

  @Test
  @DisplayName("a decision is found as inserted and updated, listed in recording order, and checks versions")
  void decisionRoundTripAndOrder() {
    Consultation c = consultation();
    Contribution idea = idea(c);
    Theme theme = theme(c);
    Decision first = samples.decision(c, List.of(theme.id()), List.of(idea.id()));
    Decision second = samples.decision(c, List.of(), List.of());
    Decision third = samples.decision(c, List.of(), List.of(idea.id()));
    useA(uow -> List.of(third, first, second).forEach(uow.outcomes()::insertDecision));
    checkA(o -> assertThat(o.decision(first.id())).contains(first));
    Decision revised = StoreSamples.revisionOf(first, List.of(), List.of(idea.id()));
    useA(uow -> uow.outcomes().updateDecision(revised));
    checkA(o -> assertThat(o.decision(first.id())).contains(revised));
    assertThatThrownBy(() -> useA(uow -> uow.outcomes().updateDecision(StoreSamples.revisionOf(first, List.of(), List.of()))))
        .isInstanceOf(VersionConflictException.class);
    List<Decision> expected = List.of(revised, second, third);
    checkA(o -> assertThat(o.decisions(c.id(), Optional.empty(), 10)).containsExactlyElementsOf(expected));
    assertThat(allPages(2, after -> outcomesA(o -> o.decisions(c.id(), after, 2)), Decision::sortKey)).containsExactlyElementsOf(expected);
  }

  @Test
  @DisplayName("decisionsLinkedTo finds decisions linked directly or through themes, each once, in recording order, following updates")
  void decisionsLinkedBothWays() {
    Consultation c = consultation();
    Contribution idea = idea(c);
    Contribution other = idea(c);
    Theme theme = theme(c);
    Decision direct = samples.decision(c, List.of(), List.of(idea.id()));
    Decision viaTheme = samples.decision(c, List.of(theme.id()), List.of());
    Decision both = samples.decision(c, List.of(theme.id()), List.of(other.id(), idea.id()));
    Decision unrelated = samples.decision(c, List.of(), List.of(other.id()));
    useA(uow -> List.of(both, unrelated, viaTheme, direct).forEach(uow.outcomes()::insertDecision));
    checkA(o -> assertThat(o.decisionsLinkedTo(List.of(idea.id()), List.of(theme.id()))).containsExactly(direct, viaTheme, both));
    checkA(o -> assertThat(o.decisionsLinkedTo(List.of(idea.id()), List.of())).containsExactly(direct, both));
    checkA(o -> assertThat(o.decisionsLinkedTo(List.of(), List.of(theme.id()))).containsExactly(viaTheme, both));
    checkA(o -> assertThat(o.decisionsLinkedTo(List.of(), List.of())).isEmpty());
    Decision unlinked = StoreSamples.revisionOf(direct, List.of(), List.of());
    Decision linked = StoreSamples.revisionOf(unrelated, List.of(theme.id()), List.of());
    useA(uow -> {
      uow.outcomes().updateDecision(unlinked);
      uow.outcomes().updateDecision(linked);
    });
    checkA(o -> assertThat(o.decisionsLinkedTo(List.of(idea.id()), List.of(theme.id()))).containsExactly(viaTheme, both, linked));
  }

  @Test
  @DisplayName("a result is found as inserted and updated, results lists them in creation order, resultsCarryingOut finds each once")
  void resultsRoundTripAndLinks() {
    Consultation c = consultation();
    Decision d1 = samples.decision(c, List.of(), List.of());
    Decision d2 = samples.decision(c, List.of(), List.of());
    Decision d3 = samples.decision(c, List.of(), List.of());
    Result both = samples.result(c, List.of(d1.id(), d2.id()));
    Result second = samples.result(c, List.of(d2.id()));
    Result none = samples.result(c, List.of());
    Result elsewhere = samples.result(consultation(), List.of(d1.id()));
    useA(uow -> List.of(none, second, elsewhere, both).forEach(uow.outcomes()::insertResult));
    checkA(o -> assertThat(o.result(both.id())).contains(both));
    checkA(o -> assertThat(o.results(c.id())).containsExactly(both, second, none));
    checkA(o -> assertThat(o.resultsCarryingOut(List.of(d1.id(), d2.id()))).containsExactly(both, second, elsewhere));
    checkA(o -> assertThat(o.resultsCarryingOut(List.of(d3.id()))).isEmpty());
    Result moved = StoreSamples.revisionOf(second, List.of(d3.id()));
    useA(uow -> uow.outcomes().updateResult(moved));
    checkA(o -> assertThat(o.result(second.id())).contains(moved));
    checkA(o -> assertThat(o.resultsCarryingOut(List.of(d3.id()))).containsExactly(moved));
    checkA(o -> assertThat(o.resultsCarryingOut(List.of(d2.id()))).containsExactly(both));
    assertThatThrownBy(() -> useA(uow -> uow.outcomes().updateResult(StoreSamples.revisionOf(second, List.of()))))
        .isInstanceOf(VersionConflictException.class);
  }
}
