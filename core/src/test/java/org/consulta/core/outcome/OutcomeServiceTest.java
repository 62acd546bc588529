package org.consulta.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.consulta.core.Consulta;
import org.consulta.core.Fixtures;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.Visibility;
import org.consulta.core.error.AccessDeniedException;
import org.consulta.core.error.ConflictException;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.VersionConflictException;
import org.consulta.core.error.Violation;
import org.consulta.core.event.OutcomeEvent;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.moderation.screeners.CampaignScreener;
import org.consulta.core.participant.Participant;
import org.consulta.core.value.LocalizedText;
import org.consulta.core.value.PageRequest;
import org.junit.jupiter.api.Test;

class OutcomeServiceTest {
  private final Fixtures f = new Fixtures(Consulta.builder().screeners(List.of(CampaignScreener.standard())));
  private final OutcomeService outcomes = f.consulta.outcomes();
  private final Actor responder = Actor.of(f.tenant, "staff-responder", Role.RESPONDER);
  private final Consultation c = f.openConsultation();

  private static LocalizedText en(String text) {
    return LocalizedText.of("en", text);
  }

  private Theme theme(String title) {
    return outcomes.createTheme(responder, NewTheme.of(c.id(), en(title)));
  }

  private NewDecisionBuilder decision(String title) {
    return new NewDecisionBuilder().consultation(c.id()).title(en(title)).text(en("The council adopts the plan")).body("City council")
        .decidedOn(LocalDate.of(2026, 6, 1)).influence(en("Residents asked for shade; the plan has 120 trees")).effect(InfluenceEffect.CHANGED);
  }

  private static List<String> fields(Throwable e) {
    return ((InvalidInputException) e).violations().stream().map(Violation::field).toList();
  }

  @Test
  void staffCreateAndRenameThemesWithAVersionCheck() {
    Theme trees = theme("Trees");
    Theme renamed = outcomes.updateTheme(responder, new ThemeUpdate(trees.id(), OptionalLong.of(1), Optional.of(en("Trees and shade")),
        Optional.of(en("More trees along the river")), Optional.empty()));

    assertThat(renamed.version()).isEqualTo(2);
    assertThat(outcomes.theme(f.visitor, trees.id()).title()).isEqualTo(en("Trees and shade"));
    assertThat(outcomes.themes(f.visitor, c.id(), PageRequest.first()).items()).extracting(Theme::id).containsExactly(trees.id());
    assertThatThrownBy(() -> outcomes.updateTheme(responder, new ThemeUpdate(trees.id(), OptionalLong.of(1), Optional.of(en("x")),
        Optional.empty(), Optional.empty()))).isInstanceOf(VersionConflictException.class);
    assertThat(f.heard).extracting(RecordedEvent::event).filteredOn(e -> e instanceof OutcomeEvent).extracting(e -> ((OutcomeEvent) e).type())
        .containsExactly("theme.created", "theme.updated");
  }

  @Test
  void badThemeInputNamesEveryFieldAndChangesNothing() {
    NewTheme bad = new NewThemeBuilder().consultation(c.id()).title(en(" ")).description(en("x".repeat(5_001))).origin(ThemeOrigin.CAMPAIGN).build();

    assertThatThrownBy(() -> outcomes.createTheme(responder, bad)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(fields(e)).containsExactlyInAnyOrder("title.en", "description.en", "campaign"));
    assertThat(outcomes.themes(responder, c.id(), PageRequest.first()).items()).isEmpty();
  }

  @Test
  void participantsMayNotWriteOutcomesAndOtherTenantsSeeNothing() {
    Participant p = f.register();
    Theme trees = theme("Trees");
    Actor stranger = Actor.of(TenantId.of("porto"), "staff-admin", Role.ADMIN);

    assertThatThrownBy(() -> outcomes.createTheme(f.actor(p), NewTheme.of(c.id(), en("Mine")))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> outcomes.recordDecision(responder, decision("D").build())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> outcomes.theme(stranger, trees.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> outcomes.themes(stranger, c.id(), PageRequest.first())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> outcomes.report(stranger, c.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> outcomes.respond(stranger, NewResponse.toTheme(trees.id(), ResponseStatus.ACCEPTED, null)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void contributionsJoinThemesOnceAndOnlyFromTheSameConsultation() {
    Participant p = f.register();
    Contribution a = f.submitIdea(c, p, "Plant trees");
    Contribution b = f.submitIdea(c, p, "Shade for the benches");
    Consultation other = f.openConsultation();
    Contribution elsewhere = f.submitIdea(other, p, "Elsewhere");
    Theme trees = theme("Trees");

    assertThat(outcomes.addToTheme(responder, ThemeMembers.of(trees.id(), a.id(), b.id()))).isEqualTo(2);
    assertThat(outcomes.addToTheme(responder, ThemeMembers.of(trees.id(), a.id()))).isZero();
    assertThatThrownBy(() -> outcomes.addToTheme(responder, ThemeMembers.of(trees.id(), a.id(), elsewhere.id())))
        .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(fields(e)).containsExactly("contributions[1]"));
    assertThat(outcomes.members(f.visitor, trees.id(), PageRequest.first()).items()).extracting(Contribution::id).containsExactly(a.id(), b.id());
    assertThat(outcomes.removeFromTheme(responder, ThemeMembers.of(trees.id(), a.id()))).isEqualTo(1);
    assertThat(outcomes.members(f.visitor, trees.id(), PageRequest.first()).items()).extracting(Contribution::id).containsExactly(b.id());
  }

  @Test
  void membersAreShownOnlyToThoseWhoMayReadThem() {
    Participant author = f.register();
    Contribution open = f.submitIdea(c, author, "Public idea");
    Contribution secret = f.consulta.contributions().submit(f.actor(author), f.idea(c, "Private idea").visibility(Visibility.PRIVATE).build());
    Theme theme = theme("Mixed");
    outcomes.addToTheme(responder, ThemeMembers.of(theme.id(), open.id(), secret.id()));

    assertThat(outcomes.members(f.visitor, theme.id(), PageRequest.first()).items()).extracting(Contribution::id).containsExactly(open.id());
    assertThat(outcomes.members(f.actor(author), theme.id(), PageRequest.first()).items()).hasSize(2);
    assertThat(outcomes.members(responder, theme.id(), PageRequest.first(1)).next()).isPresent();
  }

  @Test
  void campaignsAreSuggestedAsThemesAndAThemeMadeFromOneHoldsEveryMember() {
    String template = "Keep the old oak trees in the riverside park, they give shade to the playground and the benches all summer long";
    List<Contribution> copies = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      copies.add(f.submitIdea(c, f.register(), template));
    }
    f.submitIdea(c, f.register(), "A completely different idea about parking spaces near the station and bicycles");

    List<ThemeSuggestion> suggestions = outcomes.suggestThemes(responder, c.id());

    assertThat(suggestions).singleElement().satisfies(s -> {
      assertThat(s.size()).isEqualTo(6);
      assertThat(s.campaign()).isPresent();
      assertThat(s.title().best("en")).startsWith("Keep the old oak trees");
    });
    Theme theme = outcomes.createTheme(responder, new NewThemeBuilder().consultation(c.id()).title(en("Old oaks"))
        .campaign(suggestions.get(0).campaign().get()).build());
    assertThat(theme.origin()).isEqualTo(ThemeOrigin.CAMPAIGN);
    assertThat(outcomes.members(responder, theme.id(), PageRequest.first()).items()).extracting(Contribution::id)
        .containsExactlyElementsOf(copies.stream().map(Contribution::id).toList());
    assertThatThrownBy(() -> outcomes.suggestThemes(f.actor(f.register()), c.id())).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aResponseNeedsARationaleUnlessItAcceptsAndEachTargetHasOne() {
    Contribution idea = f.submitIdea(c, f.register(), "Plant trees");

    assertThatThrownBy(() -> outcomes.respond(responder, NewResponse.toContribution(idea.id(), ResponseStatus.NOT_ACCEPTED, null)))
        .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(fields(e)).containsExactly("rationale"));
    assertThatThrownBy(() -> outcomes.respond(responder, new NewResponse(Optional.empty(), Optional.empty(), ResponseStatus.ACCEPTED,
        Optional.empty(), Optional.empty()))).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(fields(e)).containsExactly("contribution"));
    Response accepted = outcomes.respond(responder, NewResponse.toContribution(idea.id(), ResponseStatus.ACCEPTED, null));
    assertThatThrownBy(() -> outcomes.respond(responder, NewResponse.toContribution(idea.id(), ResponseStatus.ACCEPTED, null)))
        .isInstanceOf(ConflictException.class);
    assertThat(outcomes.responsesTo(f.visitor, idea.id())).containsExactly(accepted.publicView());
  }

  @Test
  void revisingAResponseKeepsItsHistory() {
    Contribution idea = f.submitIdea(c, f.register(), "Plant trees");
    Response first = outcomes.respond(responder, NewResponse.toContribution(idea.id(), ResponseStatus.UNDER_CONSIDERATION, en("We are costing it")));
    f.advance(Duration.ofDays(3));
    Response revised = outcomes.revise(f.manager, new ResponseChange(first.id(), OptionalLong.of(1), ResponseStatus.PARTLY_ACCEPTED,
        Optional.of(en("40 trees this year")), Optional.empty()));

    assertThat(revised.version()).isEqualTo(2);
    assertThat(revised.respondedBy()).isEqualTo("staff-manager");
    assertThat(revised.firstRespondedAt()).isEqualTo(first.respondedAt());
    assertThat(revised.history()).singleElement().satisfies(h -> {
      assertThat(h.status()).isEqualTo(ResponseStatus.UNDER_CONSIDERATION);
      assertThat(h.rationale()).contains(en("We are costing it"));
      assertThat(h.respondedBy()).isEqualTo("staff-responder");
    });
    assertThatThrownBy(() -> outcomes.revise(responder, new ResponseChange(first.id(), OptionalLong.of(1), ResponseStatus.ACCEPTED,
        Optional.empty(), Optional.empty()))).isInstanceOf(VersionConflictException.class);
    assertThat(outcomes.response(f.visitor, first.id())).isEqualTo(revised.publicView());
    assertThat(outcomes.response(f.manager, first.id())).isEqualTo(revised);
  }

  @Test
  void readersWhoAreNotStaffSeeTheInstitutionNotThePersonWhoActed() {
    Participant p = f.register();
    Contribution idea = f.submitIdea(c, p, "Plant trees");
    Theme trees = theme("Trees");
    outcomes.addToTheme(responder, ThemeMembers.of(trees.id(), idea.id()));
    Response first = outcomes.respond(responder, NewResponse.toContribution(idea.id(), ResponseStatus.UNDER_CONSIDERATION, en("Costing")));
    outcomes.revise(f.manager, new ResponseChange(first.id(), OptionalLong.of(1), ResponseStatus.ACCEPTED, Optional.empty(), Optional.empty()));
    Decision d = outcomes.recordDecision(f.manager, decision("Plant 120 trees").addThemes(trees.id()).addContributions(idea.id()).build());
    Result planting = outcomes.createResult(f.manager, new NewResultBuilder().consultation(c.id()).title(en("Planting")).progress(10).addDecisions(d.id()).build());
    outcomes.updateResult(f.manager, new ResultChangeBuilder().result(planting.id()).progress(20).build());

    for (Actor reader : List.of(f.visitor, f.actor(p))) {
      Response seen = outcomes.responsesTo(reader, idea.id()).get(0);
      assertThat(seen.respondedBy()).isEqualTo(OutcomeService.STAFF);
      assertThat(seen.history()).extracting(ResponseRevision::respondedBy).containsOnly(OutcomeService.STAFF);
      assertThat(outcomes.decision(reader, d.id()).recordedBy()).isEqualTo(OutcomeService.STAFF);
      assertThat(outcomes.decisionsInformedBy(reader, idea.id())).extracting(Decision::recordedBy).containsOnly(OutcomeService.STAFF);
      assertThat(outcomes.theme(reader, trees.id()).createdBy()).isEqualTo(OutcomeService.STAFF);
      assertThat(outcomes.inputOf(reader, d.id(), PageRequest.first()).decision().recordedBy()).isEqualTo(OutcomeService.STAFF);
      assertThat(outcomes.results(reader, c.id())).singleElement()
          .satisfies(n -> assertThat(n.result().timeline()).extracting(ResultUpdate::by).containsOnly(OutcomeService.STAFF));
      assertThat(outcomes.report(reader, c.id()).decisions()).extracting(Decision::recordedBy).containsOnly(OutcomeService.STAFF);
    }
    TrailEntry mine = outcomes.trail(f.actor(p), PageRequest.first()).items().get(0);
    assertThat(mine.responses()).extracting(Response::respondedBy).containsOnly(OutcomeService.STAFF);
    assertThat(mine.decisions()).extracting(Decision::recordedBy).containsOnly(OutcomeService.STAFF);
    assertThat(outcomes.response(responder, first.id()).respondedBy()).isEqualTo(f.manager.subject());
    assertThat(outcomes.decision(responder, d.id()).recordedBy()).isEqualTo(f.manager.subject());
    assertThat(outcomes.theme(responder, trees.id()).createdBy()).isEqualTo("staff-responder");
    assertThat(outcomes.result(responder, planting.id()).result().timeline()).extracting(ResultUpdate::by).contains(f.manager.subject());
  }

  @Test
  void aThemeResponseAnswersContributionsAddedLater() {
    Participant p = f.register();
    Contribution early = f.submitIdea(c, p, "Trees");
    Theme trees = theme("Trees");
    outcomes.addToTheme(responder, ThemeMembers.of(trees.id(), early.id()));
    Response answer = outcomes.respond(responder, NewResponse.toTheme(trees.id(), ResponseStatus.ALREADY_PLANNED, en("In the 2027 plan")));
    f.advance(Duration.ofDays(2));
    Contribution late = f.submitIdea(c, p, "More trees please");
    f.advance(Duration.ofHours(5));
    outcomes.addToTheme(responder, ThemeMembers.of(trees.id(), late.id()));

    assertThat(outcomes.responsesTo(f.visitor, late.id())).containsExactly(answer.publicView());
    // early: answered when the theme was answered (0 after submission); late: when added, 5 hours after submission
    ImpactFigures impact = outcomes.report(f.visitor, c.id()).impact();
    assertThat(impact.answered()).isEqualTo(2);
    assertThat(impact.medianTimeToResponse()).contains(Duration.ZERO);
    assertThat(impact.p90TimeToResponse()).contains(Duration.ofHours(5));
  }

  @Test
  void decisionsAreTracedToTheirInputAndBack() {
    Participant p = f.register();
    Contribution direct = f.submitIdea(c, p, "Benches");
    Contribution viaTheme = f.submitIdea(c, p, "Trees");
    Contribution unrelated = f.submitIdea(c, p, "Parking");
    Theme trees = theme("Trees");
    outcomes.addToTheme(responder, ThemeMembers.of(trees.id(), viaTheme.id()));
    Decision d = outcomes.recordDecision(f.manager, decision("Park plan").addThemes(trees.id()).addContributions(direct.id()).build());

    assertThat(outcomes.decisionsInformedBy(f.visitor, direct.id())).containsExactly(d.publicView());
    assertThat(outcomes.decisionsInformedBy(f.visitor, viaTheme.id())).containsExactly(d.publicView());
    assertThat(outcomes.decisionsInformedBy(f.visitor, unrelated.id())).isEmpty();
    DecisionInput input = outcomes.inputOf(f.visitor, d.id(), PageRequest.first());
    assertThat(input.themes()).extracting(Theme::id).containsExactly(trees.id());
    assertThat(input.contributions().items()).extracting(Contribution::id).containsExactly(direct.id());
    assertThat(outcomes.decisions(f.visitor, c.id(), PageRequest.first()).items()).containsExactly(d.publicView());
  }

  @Test
  void badDecisionInputNamesEveryField() {
    Consultation other = f.openConsultation();
    Contribution elsewhere = f.submitIdea(other, f.register(), "Elsewhere");
    NewDecision bad = decision(" ").body("").addThemes(new ThemeId(java.util.UUID.randomUUID())).addContributions(elsewhere.id())
        .influence(en("x".repeat(10_001))).build();

    assertThatThrownBy(() -> outcomes.recordDecision(f.manager, bad)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(fields(e)).containsExactlyInAnyOrder("title.en", "body", "influence.en", "themes[0]", "contributions[0]"));
    assertThat(outcomes.decisions(f.manager, c.id(), PageRequest.first()).items()).isEmpty();
  }

  @Test
  void decisionChangesAreVersionedAndListTheFieldsChanged() {
    Decision d = outcomes.recordDecision(f.manager, decision("Park plan").build());
    Decision changed = outcomes.updateDecision(f.manager, new DecisionChangeBuilder().decision(d.id()).expectedVersion(1)
        .meeting("Council meeting 12 March, item 7").effect(InfluenceEffect.PARTLY_CHANGED).build());

    assertThat(changed.version()).isEqualTo(2);
    assertThat(changed.meeting()).contains("Council meeting 12 March, item 7");
    assertThat(f.heard).extracting(RecordedEvent::event).filteredOn(e -> e instanceof OutcomeEvent.DecisionChanged)
        .singleElement().satisfies(e -> assertThat(((OutcomeEvent.DecisionChanged) e).fields()).containsExactly("meeting", "effect"));
  }

  @Test
  void nestedResultsRollUpProgressLeavingOutCancelledOnes() {
    Decision d = outcomes.recordDecision(f.manager, decision("Park plan").build());
    Result park = outcomes.createResult(f.manager, new NewResultBuilder().consultation(c.id()).title(en("Riverside park")).addDecisions(d.id()).build());
    Result trees = outcomes.createResult(f.manager, new NewResultBuilder().consultation(c.id()).parent(park.id()).title(en("Trees")).progress(40).build());
    Result benches = outcomes.createResult(f.manager, new NewResultBuilder().consultation(c.id()).parent(park.id()).title(en("Benches")).progress(80).build());
    Result fountain = outcomes.createResult(f.manager, new NewResultBuilder().consultation(c.id()).parent(park.id()).title(en("Fountain"))
        .status(ResultStatus.CANCELLED).build());

    ResultNode node = outcomes.result(f.visitor, park.id());
    assertThat(node.progress()).isEqualTo(60.0);
    assertThat(node.children()).extracting(n -> n.result().id()).containsExactly(trees.id(), benches.id(), fountain.id());
    outcomes.updateResult(f.manager, new ResultChangeBuilder().result(benches.id()).progress(100).status(ResultStatus.COMPLETED)
        .note(en("Benches installed")).build());
    assertThat(outcomes.results(f.visitor, c.id())).singleElement().satisfies(n -> assertThat(n.progress()).isEqualTo(70.0));
    Result done = outcomes.result(f.visitor, benches.id()).result();
    assertThat(done.timeline()).hasSize(2).last().satisfies(u -> {
      assertThat(u.status()).isEqualTo(ResultStatus.COMPLETED);
      assertThat(u.progress()).isEqualTo(100);
      assertThat(u.note()).contains(en("Benches installed"));
    });
  }

  @Test
  void badResultInputNamesEveryFieldAndNestingIsBounded() {
    Result level = outcomes.createResult(f.manager, new NewResultBuilder().consultation(c.id()).title(en("L1")).build());
    for (int depth = 2; depth <= NewResult.MAX_DEPTH; depth++) {
      level = outcomes.createResult(f.manager, new NewResultBuilder().consultation(c.id()).parent(level.id()).title(en("L" + depth)).build());
    }
    NewResult tooDeep = new NewResultBuilder().consultation(c.id()).parent(level.id()).title(en("")).progress(101)
        .addDecisions(new DecisionId(java.util.UUID.randomUUID())).build();

    assertThatThrownBy(() -> outcomes.createResult(f.manager, tooDeep)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(fields(e)).containsExactlyInAnyOrder("title.en", "progress", "decisions[0]", "parent"));
    assertThat(outcomes.updateResult(f.manager, new ResultChangeBuilder().result(level.id()).progress(OptionalInt.empty()).build()))
        .isEqualTo(outcomes.result(f.manager, level.id()).result());
  }
}
