package org.consulta.core.expectation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.consulta.core.Fixtures;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseTransition;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.error.AccessDeniedException;
import org.consulta.core.error.IllegalTransitionException;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.event.ExpectationEvent;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.outcome.InfluenceEffect;
import org.consulta.core.outcome.NewDecisionBuilder;
import org.consulta.core.outcome.NewResponse;
import org.consulta.core.outcome.NewTheme;
import org.consulta.core.outcome.OutcomeService;
import org.consulta.core.outcome.ResponseStatus;
import org.consulta.core.outcome.Theme;
import org.consulta.core.outcome.ThemeMembers;
import org.consulta.core.participant.ConsentKind;
import org.consulta.core.participant.NewParticipantBuilder;
import org.consulta.core.participant.Participant;
import org.consulta.core.value.LocalizedText;
import org.junit.jupiter.api.Test;

class ParticipantExpectationsTest {
  private final Fixtures f = new Fixtures();
  private final ExpectationService expectations = f.consulta.expectations();
  private final OutcomeService outcomes = f.consulta.outcomes();
  private final Actor responder = Actor.of(f.tenant, "staff-responder", Role.RESPONDER);
  private final Consultation c = f.openConsultation();

  private static LocalizedText en(String text) {
    return LocalizedText.of("en", text);
  }

  private Participant person(String district) {
    return f.consulta.participants().register(f.visitor, new NewParticipantBuilder().putDemographics("district", district)
        .addConsents(ConsentKind.PROCESSING, ConsentKind.OUTCOME_CONTACT).build());
  }

  private GapLine line(GapReport report, ExpectationKind kind) {
    return report.lines().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
  }

  @Test
  void theGapReportSetsWhatWasExpectedAgainstWhatWasDeliveredAndHowItWasRated() {
    Participant online = person("north");
    Participant onPaper = person("south");
    Participant reader = person("north");
    expectations.expect(f.actor(online), NewExpectations.of(c.id(), ExpectationKind.ANSWER, ExpectationKind.OUTCOME));
    expectations.expect(f.manager, new NewExpectations(c.id(), Set.of(ExpectationKind.ANSWER, ExpectationKind.INFLUENCE), Optional.of(onPaper.id()),
        Optional.of(Channel.PAPER), Optional.empty()));
    expectations.expect(f.actor(reader), NewExpectations.of(c.id(), ExpectationKind.READ));

    Contribution answered = f.submitIdea(c, online, "Benches by the river");
    outcomes.respond(responder, NewResponse.toContribution(answered.id(), ResponseStatus.ACCEPTED, null));
    Contribution shaping = f.consulta.contributions().submit(f.manager, f.idea(c, "Paper: more trees").channel(Channel.PAPER)
        .onBehalfOf(onPaper.id()).build());
    Contribution read = f.submitIdea(c, reader, "A playground");
    Theme trees = outcomes.createTheme(responder, NewTheme.of(c.id(), en("Trees")));
    outcomes.addToTheme(responder, new ThemeMembers(trees.id(), List.of(shaping.id(), read.id()), Optional.empty()));
    outcomes.recordDecision(f.manager, new NewDecisionBuilder().consultation(c.id()).title(en("Plan")).text(en("Adopted")).body("Council")
        .decidedOn(LocalDate.of(2026, 6, 1)).influence(en("More trees")).effect(InfluenceEffect.CHANGED).addThemes(trees.id()).build());
    outcomes.sendNotices(f.system, 100);
    expectations.rate(f.actor(online), ExpectationRating.of(c.id(), ExpectationKind.ANSWER, Fulfilment.YES, 5));
    expectations.rate(f.manager, new ExpectationRating(c.id(), ExpectationKind.ANSWER, Fulfilment.NO, 1, Optional.of(onPaper.id()), Optional.empty()));

    GapReport report = expectations.gapReport(f.manager, c.id());
    GapReport publicView = expectations.gapReport(f.visitor, c.id());
    assertThat(line(publicView, ExpectationKind.ANSWER).all()).isEqualTo(line(report, ExpectationKind.ANSWER).all());
    assertThat(line(publicView, ExpectationKind.ANSWER).byChannel()).as("cells of fewer than 5 people are left out for the public").isEmpty();
    assertThat(line(publicView, ExpectationKind.ANSWER).byGroup().get("district")).isEmpty();

    assertThat(report.participants()).isEqualTo(3);
    GapLine answer = line(report, ExpectationKind.ANSWER);
    assertThat(answer.all()).isEqualTo(new GapCounts(2, 1, 2, 1, 0, 1, OptionalDouble.of(3.0)));
    assertThat(answer.byChannel().get(Channel.ONLINE).delivered()).isEqualTo(1);
    assertThat(answer.byChannel().get(Channel.PAPER).delivered()).isZero();
    assertThat(answer.byGroup().get("district")).containsOnlyKeys("north", "south");
    assertThat(answer.byGroup().get("district").get("south").expected()).isEqualTo(1);
    assertThat(answer.byGroup().get("age_band")).containsOnlyKeys(GapLine.UNDECLARED);
    assertThat(line(report, ExpectationKind.INFLUENCE).all().delivered()).isEqualTo(1);
    assertThat(line(report, ExpectationKind.READ).all().delivered()).isEqualTo(1);
    GapLine outcome = line(report, ExpectationKind.OUTCOME);
    assertThat(outcome.all().expected()).isEqualTo(1);
    assertThat(outcome.all().delivered()).isEqualTo(1);
    assertThat(outcome.all().shareDelivered()).isEqualTo(1.0);
  }

  @Test
  void statementsAndRatingsAreEventsAndKindsAddUp() {
    Participant p = person("east");
    expectations.expect(f.actor(p), NewExpectations.of(c.id(), ExpectationKind.ANSWER));
    List<StatedExpectation> all = expectations.expect(f.actor(p), NewExpectations.of(c.id(), ExpectationKind.ANSWER, ExpectationKind.READ));
    assertThat(all).extracting(StatedExpectation::kind).containsExactly(ExpectationKind.READ, ExpectationKind.ANSWER);
    StatedExpectation rated = expectations.rate(f.actor(p), ExpectationRating.of(c.id(), ExpectationKind.READ, Fulfilment.PARTLY, 3));
    assertThat(rated.fulfilment()).contains(Fulfilment.PARTLY);
    assertThat(expectations.stated(f.actor(p), c.id())).contains(rated);
    assertThat(f.heard).extracting(RecordedEvent::event).filteredOn(e -> e instanceof ExpectationEvent).containsExactly(
        new ExpectationEvent.ExpectationsStated(p.id(), c.id(), Set.of(ExpectationKind.ANSWER), Channel.ONLINE),
        new ExpectationEvent.ExpectationsStated(p.id(), c.id(), Set.of(ExpectationKind.READ), Channel.ONLINE),
        new ExpectationEvent.ExpectationRated(p.id(), c.id(), ExpectationKind.READ, Fulfilment.PARTLY, 3));
  }

  @Test
  void badStatementsAndRatingsNameEveryFieldAndChangeNothing() {
    Participant p = person("east");
    Participant other = person("north");
    long before = f.lastPosition();
    assertThatThrownBy(() -> expectations.rate(f.actor(p), ExpectationRating.of(c.id(), ExpectationKind.INFLUENCE, Fulfilment.NO, 7)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.field())
            .containsExactlyInAnyOrder("score", "kind"));
    assertThatThrownBy(() -> expectations.expect(f.manager, new NewExpectations(c.id(), Set.of(), Optional.of(p.id()), Optional.of(Channel.ONLINE),
        Optional.empty()))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.field())
            .containsExactlyInAnyOrder("kinds", "channel"));
    assertThatThrownBy(() -> expectations.expect(f.actor(p), new NewExpectations(c.id(), Set.of(ExpectationKind.READ), Optional.of(other.id()),
        Optional.of(Channel.PAPER), Optional.empty()))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> expectations.expect(f.manager, NewExpectations.of(c.id(), ExpectationKind.READ)))
        .as("staff state nothing of their own").isInstanceOf(AccessDeniedException.class);
    assertThat(f.lastPosition()).isEqualTo(before);
    f.consulta.consultations().transition(f.manager, PhaseTransition.to(c.id(), Phase.CLOSED));
    assertThatThrownBy(() -> expectations.expect(f.actor(p), NewExpectations.of(c.id(), ExpectationKind.READ)))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void anotherTenantSeesNoGapReportAndNoStatements() {
    Participant p = person("east");
    expectations.expect(f.actor(p), NewExpectations.of(c.id(), ExpectationKind.ANSWER));
    Actor stranger = Actor.of(TenantId.of("porto"), "staff-admin", Role.ADMIN);
    assertThatThrownBy(() -> expectations.gapReport(stranger, c.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> expectations.dashboard(stranger, c.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> expectations.stated(Actor.participant(TenantId.of("porto"), p.id()), c.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void theDashboardHasEveryEvaluationTheParticipationAndTheGap() {
    Consultation draft = f.consulta.consultations().create(f.manager, f.consultationDraft().build());
    expectations.declare(f.manager, NewCommitment.of(draft.id(), CommitmentTerms.reach(ReachMetric.PARTICIPANTS, 2, LocalDate.of(2026, 4, 1))));
    f.open(draft);
    Participant p = person("south");
    expectations.expect(f.actor(p), NewExpectations.of(draft.id(), ExpectationKind.ANSWER));
    f.submitIdea(draft, p, "Idea");
    ExpectationDashboard d = expectations.dashboard(f.visitor, draft.id());
    assertThat(d.evaluations()).singleElement().satisfies(e -> assertThat(e.value()).isEqualTo(1.0));
    assertThat(d.participation()).isEqualTo(new Participation(1, Map.of("district", Map.of("south", 1L))));
    assertThat(line(d.gap(), ExpectationKind.ANSWER).all().expected()).isEqualTo(1);
  }
}
