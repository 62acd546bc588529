package org.consulta.core.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.consulta.core.Consulta;
import org.consulta.core.Fixtures;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Answer;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationUpdateBuilder;
import org.consulta.core.consultation.ContributionForm;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.EligibilityRule;
import org.consulta.core.consultation.FieldType;
import org.consulta.core.consultation.FormFieldBuilder;
import org.consulta.core.consultation.GeoPoint;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseTransition;
import org.consulta.core.consultation.SupportRules;
import org.consulta.core.error.AccessDeniedException;
import org.consulta.core.error.ConflictException;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.Violation;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.participant.Participant;
import org.consulta.core.value.LocalizedText;
import org.consulta.core.value.Page;
import org.consulta.core.value.PageRequest;
import org.junit.jupiter.api.Test;

class ContributionServiceTest {
  private final Fixtures f = new Fixtures();
  private final ContributionService contributions = f.consulta.contributions();

  @Test
  void participantSubmitsWhileTheConsultationIsOpen() {
    Consultation c = f.openConsultation();
    Participant p = f.register();

    Contribution idea = f.submitIdea(c, p, "Plant trees along the river");

    assertThat(idea.author()).contains(p.id());
    assertThat(idea.state()).isEqualTo(ContributionState.PUBLISHED);
    assertThat(idea.visibility()).isEqualTo(Visibility.PUBLIC);
    assertThat(idea.recordedBy()).isEmpty();
    assertThat(contributions.get(f.visitor, idea.id())).isEqualTo(idea);
    assertThat(f.heard).last().extracting(RecordedEvent::event).isEqualTo(new ConsultaEvent.ContributionSubmitted(
        idea.id(), c.id(), ContributionKind.IDEA, Channel.ONLINE, Optional.of(p.id()), Optional.empty(), Optional.empty(),
        Visibility.PUBLIC, ContributionState.PUBLISHED));
  }

  @Test
  void closedConsultationRejectsContributions() {
    Consultation c = f.openConsultation();
    f.consulta.consultations().transition(f.manager, PhaseTransition.to(c.id(), Phase.CLOSED));
    Participant p = f.register();
    long before = f.lastPosition();

    assertThatThrownBy(() -> f.submitIdea(c, p, "too late")).isInstanceOf(ConsultationNotOpenException.class);
    assertThat(f.lastPosition()).isEqualTo(before);
    assertThat(contributions.counts(f.visitor, c.id()).total()).isZero();
  }

  @Test
  void contributionsStopAtTheScheduledClosingEvenIfNobodyClosedIt() {
    Consultation c = f.consulta.consultations().create(f.manager, f.consultationDraft()
        .schedule(new org.consulta.core.consultation.PhaseSchedule(Optional.empty(), Optional.of(Fixtures.START.plus(Duration.ofDays(1))), Optional.empty(), Optional.empty()))
        .build());
    f.open(c);
    Participant p = f.register();
    f.submitIdea(c, p, "in time");
    f.advance(Duration.ofDays(2));
    assertThatThrownBy(() -> f.submitIdea(c, p, "too late")).isInstanceOf(ConsultationNotOpenException.class);
  }

  @Test
  void submissionBreakingSeveralRulesNamesThemAll() {
    Consultation c = f.openConsultation();
    Participant p = f.register();
    NewContribution bad = f.idea(c, " ").kind(ContributionKind.REPORT).channel(Channel.PHONE).onBehalfOf(p.id()).language("english!")
        .side(ArgumentSide.PRO).category("roads").build();

    assertThatThrownBy(() -> contributions.submit(f.moderator, bad)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.violations()).extracting(Violation::field)
            .contains("kind", "channel", "language", "body", "side", "location", "category"));
  }

  @Test
  void staffRecordOfflineInputOnBehalfOfAParticipant() {
    Consultation c = f.openConsultation();
    Participant p = f.register();

    Contribution paper = contributions.submit(f.moderator, f.idea(c, "From the paper form").channel(Channel.PAPER).onBehalfOf(p.id()).build());

    assertThat(paper.author()).contains(p.id());
    assertThat(paper.recordedBy()).contains("staff-moderator");
    assertThat(contributions.mine(f.actor(p), PageRequest.first()).items()).containsExactly(paper.publicView());
  }

  @Test
  void onlyStaffRecordOfflineAndOnlyParticipantsSubmitOnline() {
    Consultation c = f.openConsultation();
    Participant p = f.register();
    assertThatThrownBy(() -> contributions.submit(f.actor(p), f.idea(c, "x").channel(Channel.PAPER).build())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> contributions.submit(f.moderator, f.idea(c, "x").build())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> contributions.submit(f.moderator, f.idea(c, "x").onBehalfOf(p.id()).build())).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anonymousPaperInputNeedsAConsultationOpenToAnyone() {
    Consultation registered = f.openConsultation();
    Consultation anyone = f.open(f.consulta.consultations().create(f.manager, f.consultationDraft().eligibility(new EligibilityRule.Anyone()).build()));

    assertThatThrownBy(() -> contributions.submit(f.moderator, f.idea(registered, "anonymous").channel(Channel.PAPER).build()))
        .isInstanceOf(NotEligibleException.class);
    Contribution anonymous = contributions.submit(f.moderator, f.idea(anyone, "anonymous").channel(Channel.PAPER).build());
    assertThat(anonymous.author()).isEmpty();
  }

  @Test
  void onlyParticipantsFromTheNamedAreasMayTakePart() {
    Consultation c = f.open(f.consulta.consultations().create(f.manager, f.consultationDraft()
        .eligibility(new EligibilityRule.AreaIn("district", Set.of("north", "east"))).build()));

    f.submitIdea(c, f.register("north", "30_64"), "ok");
    assertThatThrownBy(() -> f.submitIdea(c, f.register("south", "30_64"), "no")).isInstanceOf(NotEligibleException.class)
        .hasMessageContaining("district");
    assertThatThrownBy(() -> f.submitIdea(c, f.register("prefer_not_to_say", "30_64"), "no")).isInstanceOf(NotEligibleException.class);
  }

  @Test
  void minimumAgeBandFollowsTheSchemaOrder() {
    Consultation c = f.open(f.consulta.consultations().create(f.manager, f.consultationDraft()
        .eligibility(new EligibilityRule.MinimumAgeBand("age_band", "16_17")).build()));

    f.submitIdea(c, f.register("north", "16_17"), "ok");
    f.submitIdea(c, f.register("north", "65_plus"), "ok");
    assertThatThrownBy(() -> f.submitIdea(c, f.register("north", "under_16"), "no")).isInstanceOf(NotEligibleException.class);
  }

  @Test
  void customEligibilityCheckDecides() {
    Fixtures g = new Fixtures(Consulta.builder().eligibility("verified", (participant, schema, rule) ->
        participant.flatMap(Participant::externalRef).isPresent() ? Optional.empty() : Optional.of("only verified residents")));
    Consultation c = g.open(g.consulta.consultations().create(g.manager, g.consultationDraft()
        .eligibility(new EligibilityRule.Custom("verified", java.util.Map.of())).build()));
    Participant verified = g.consulta.participants().register(g.system, new org.consulta.core.participant.NewParticipantBuilder().externalRef("id-1").build());

    g.submitIdea(c, verified, "ok");
    assertThatThrownBy(() -> g.submitIdea(c, g.register(), "no")).isInstanceOf(NotEligibleException.class).hasMessageContaining("verified");
    assertThatThrownBy(() -> f.consulta.consultations().create(f.manager, f.consultationDraft()
        .eligibility(new EligibilityRule.Custom("verified", java.util.Map.of())).build()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("eligibility.name"));
  }

  @Test
  void formAnswersAreCheckedAgainstEveryFieldRule() {
    ContributionForm form = new ContributionForm(List.of(
        new FormFieldBuilder().key("street").type(FieldType.TEXT).label(LocalizedText.of("en", "Street")).required(true).maxLength(12).build(),
        new FormFieldBuilder().key("severity").type(FieldType.SINGLE_CHOICE).label(LocalizedText.of("en", "Severity")).addOptions("low", "high").required(false).build(),
        new FormFieldBuilder().key("people").type(FieldType.NUMBER).label(LocalizedText.of("en", "People")).min(BigDecimal.ONE).max(BigDecimal.TEN).required(false).build(),
        new FormFieldBuilder().key("photo_ok").type(FieldType.CONSENT).label(LocalizedText.of("en", "Photo")).required(true).build()));
    Consultation c = f.open(f.consulta.consultations().create(f.manager, f.consultationDraft().addAcceptedKinds(ContributionKind.REPORT)
        .putForms(ContributionKind.REPORT, form).addCategories("lighting").build()));
    Participant p = f.register();
    var report = new NewContributionBuilder().consultation(c.id()).kind(ContributionKind.REPORT).language("en").channel(Channel.ONLINE)
        .location(new GeoPoint(38.7, -9.1)).category("lighting");

    assertThatThrownBy(() -> contributions.submit(f.actor(p), report
        .putAnswers("street", new Answer.Text("A very long street name"))
        .putAnswers("severity", new Answer.Choices(List.of("medium")))
        .putAnswers("people", new Answer.Number(BigDecimal.valueOf(11)))
        .putAnswers("photo_ok", new Answer.Consent(false))
        .putAnswers("colour", new Answer.Text("red")).build()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::field)
            .containsExactlyInAnyOrder("answers.street", "answers.severity", "answers.people", "answers.photo_ok", "answers.colour"));

    Contribution ok = contributions.submit(f.actor(p), new NewContributionBuilder().consultation(c.id()).kind(ContributionKind.REPORT)
        .language("en").channel(Channel.ONLINE).location(new GeoPoint(38.7, -9.1)).category("lighting")
        .putAnswers("street", new Answer.Text("Rua Augusta")).putAnswers("photo_ok", new Answer.Consent(true)).build());
    assertThat(ok.body()).isEmpty();
    assertThat(ok.answers()).containsKey("street");
  }

  @Test
  void repliesFormThreadsAndArgumentsTakeASide() {
    Consultation c = f.openConsultation();
    Participant p = f.register();
    Contribution proposal = contributions.submit(f.actor(p), f.idea(c, "Close the street on Sundays").kind(ContributionKind.PROPOSAL).build());
    Contribution comment = contributions.submit(f.actor(p), f.idea(c, "Which street?").kind(ContributionKind.COMMENT).parent(proposal.id()).build());
    contributions.submit(f.actor(p), f.idea(c, "This one").kind(ContributionKind.COMMENT).parent(comment.id()).build());
    Contribution pro = contributions.submit(f.actor(p), f.idea(c, "Quieter").kind(ContributionKind.ARGUMENT).parent(proposal.id()).side(ArgumentSide.PRO).build());

    assertThat(contributions.get(f.visitor, proposal.id()).replies()).isEqualTo(2);
    assertThat(contributions.get(f.visitor, comment.id()).replies()).isEqualTo(1);
    assertThat(pro.side()).contains(ArgumentSide.PRO);
    assertThat(contributions.list(f.visitor, new ContributionQueryBuilder().consultation(c.id()).parent(proposal.id()).build(), PageRequest.first()).items())
        .extracting(Contribution::id).containsExactly(comment.id(), pro.id());
    assertThatThrownBy(() -> contributions.submit(f.actor(p), f.idea(c, "orphan").kind(ContributionKind.COMMENT).build()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("parent"));
    assertThatThrownBy(() -> contributions.submit(f.actor(p), f.idea(c, "sideless").kind(ContributionKind.ARGUMENT).parent(comment.id()).build()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("parent", "side"));
  }

  @Test
  void privateAndConfidentialContributionsAreSeenOnlyByTheirAudience() {
    Consultation c = f.openConsultation();
    Participant author = f.register();
    Participant other = f.register();
    Contribution open = f.submitIdea(c, author, "public");
    Contribution privateOne = contributions.submit(f.actor(author), f.idea(c, "private").visibility(Visibility.PRIVATE).build());
    Contribution confidential = contributions.submit(f.actor(author), f.idea(c, "confidential").visibility(Visibility.CONFIDENTIAL)
        .addConfidentialTo(Role.RESPONDER).build());
    Actor responder = Actor.of(f.tenant, "r", Role.RESPONDER);

    assertThat(list(f.actor(other), c)).containsExactly(open.id());
    assertThat(list(f.actor(author), c)).containsExactly(open.id(), privateOne.id(), confidential.id());
    assertThat(list(f.moderator, c)).containsExactly(open.id(), privateOne.id());
    assertThat(list(responder, c)).containsExactly(open.id(), privateOne.id(), confidential.id());
    assertThatThrownBy(() -> contributions.get(f.actor(other), privateOne.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> contributions.get(f.moderator, confidential.id())).isInstanceOf(NotFoundException.class);
    assertThat(contributions.counts(f.visitor, c.id()).total()).isEqualTo(3);
  }

  @Test
  void pagesFillUpEvenWhenHiddenItemsAreInterleaved() {
    Consultation c = f.openConsultation();
    Participant author = f.register();
    List<ContributionId> visible = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      Contribution x = contributions.submit(f.actor(author), f.idea(c, "idea " + i).visibility(i % 3 == 0 ? Visibility.PUBLIC : Visibility.PRIVATE).build());
      if (i % 3 == 0) {
        visible.add(x.id());
      }
    }
    List<ContributionId> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(4);
    while (true) {
      Page<Contribution> page = contributions.list(f.visitor, org.consulta.core.contribution.ContributionQuery.of(c.id()), request);
      seen.addAll(page.items().stream().map(Contribution::id).toList());
      if (page.next().isEmpty()) {
        break;
      }
      assertThat(page.items()).hasSize(4);
      request = PageRequest.after(page.next().get(), 4);
    }
    assertThat(seen).isEqualTo(visible);
  }

  @Test
  void keysetPagesStayStableWhenNewContributionsArrive() {
    Consultation c = f.openConsultation();
    Participant p = f.register();
    for (int i = 0; i < 5; i++) {
      f.submitIdea(c, p, "first " + i);
    }
    Page<Contribution> first = contributions.list(f.visitor, ContributionQuery.of(c.id()), PageRequest.first(3));
    for (int i = 0; i < 3; i++) {
      f.submitIdea(c, p, "late " + i);
    }
    Page<Contribution> rest = contributions.list(f.visitor, ContributionQuery.of(c.id()), PageRequest.after(first.next().orElseThrow(), 100));

    assertThat(first.items()).extracting(x -> x.body().orElseThrow()).containsExactly("first 0", "first 1", "first 2");
    assertThat(rest.items()).extracting(x -> x.body().orElseThrow()).containsExactly("first 3", "first 4", "late 0", "late 1", "late 2");
  }

  @Test
  void filtersSelectByKindCategoryAuthorAndTime() {
    Consultation c = f.openConsultation();
    Participant ana = f.register();
    Participant ben = f.register();
    Contribution a1 = f.submitIdea(c, ana, "a1");
    f.advance(Duration.ofHours(1));
    Contribution b1 = contributions.submit(f.actor(ben), f.idea(c, "b1").kind(ContributionKind.PROPOSAL).build());
    f.advance(Duration.ofHours(1));
    Contribution a2 = contributions.submit(f.actor(ana), f.idea(c, "a2").kind(ContributionKind.PROPOSAL).build());

    assertThat(ids(new ContributionQueryBuilder().consultation(c.id()).addKinds(ContributionKind.PROPOSAL).build())).containsExactly(b1.id(), a2.id());
    assertThat(ids(new ContributionQueryBuilder().consultation(c.id()).author(ana.id()).build())).containsExactly(a1.id(), a2.id());
    assertThat(ids(new ContributionQueryBuilder().consultation(c.id()).submittedFrom(Fixtures.START.plus(Duration.ofMinutes(30)))
        .submittedBefore(Fixtures.START.plus(Duration.ofMinutes(90))).build())).containsExactly(b1.id());
    assertThat(ids(new ContributionQueryBuilder().consultation(c.id()).addStates(ContributionState.WITHDRAWN).build())).isEmpty();
  }

  @Test
  void reactionsAreOnePerParticipantChangeableAndCounted() {
    Consultation c = f.openConsultation();
    Contribution idea = f.submitIdea(c, f.register(), "idea");
    Participant ana = f.register();
    Participant ben = f.register();

    contributions.react(f.actor(ana), ReactionChange.of(idea.id(), Support.SUPPORT));
    contributions.react(f.actor(ana), ReactionChange.of(idea.id(), Support.SUPPORT));
    contributions.react(f.actor(ben), ReactionChange.of(idea.id(), Support.SUPPORT));
    assertThat(contributions.get(f.visitor, idea.id()).tally()).isEqualTo(new ReactionTally(2, 0, 0, 0));

    contributions.react(f.actor(ben), new ReactionChange(idea.id(), Optional.of(Support.OPPOSE), Optional.of(-0.5), Optional.empty()));
    assertThat(contributions.get(f.visitor, idea.id()).tally()).isEqualTo(new ReactionTally(1, 1, 1, -500));

    Contribution cleared = contributions.react(f.actor(ben), ReactionChange.clear(idea.id()));
    assertThat(cleared.tally()).isEqualTo(new ReactionTally(1, 0, 0, 0));
  }

  @Test
  void stancesAverageInTheClosedInterval() {
    Consultation c = f.openConsultation();
    Contribution proposal = contributions.submit(f.actor(f.register()), f.idea(c, "p").kind(ContributionKind.PROPOSAL).build());
    contributions.react(f.actor(f.register()), ReactionChange.stance(proposal.id(), 1.0));
    Contribution after = contributions.react(f.actor(f.register()), ReactionChange.stance(proposal.id(), -0.25));

    assertThat(after.tally().meanStance()).isEqualTo(0.375);
    assertThatThrownBy(() -> contributions.react(f.actor(f.register()), ReactionChange.stance(proposal.id(), 1.5)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("stance"));
  }

  @Test
  void supportLimitAndQualificationThresholdFollowTheConsultationsRules() {
    Consultation c = f.open(f.consulta.consultations().create(f.manager, f.consultationDraft()
        .supportRules(new SupportRules(OptionalInt.of(2), OptionalInt.of(3), false)).build()));
    Participant author = f.register();
    List<Contribution> proposals = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      proposals.add(contributions.submit(f.actor(author), f.idea(c, "p" + i).kind(ContributionKind.PROPOSAL).build()));
    }
    Participant ana = f.register();
    contributions.react(f.actor(ana), ReactionChange.of(proposals.get(0).id(), Support.SUPPORT));
    contributions.react(f.actor(ana), ReactionChange.of(proposals.get(1).id(), Support.SUPPORT));

    assertThatThrownBy(() -> contributions.react(f.actor(ana), ReactionChange.of(proposals.get(2).id(), Support.SUPPORT)))
        .isInstanceOf(SupportLimitReachedException.class);
    contributions.react(f.actor(ana), ReactionChange.clear(proposals.get(1).id()));
    contributions.react(f.actor(ana), ReactionChange.of(proposals.get(2).id(), Support.SUPPORT));
    assertThatThrownBy(() -> contributions.react(f.actor(ana), ReactionChange.of(proposals.get(1).id(), Support.OPPOSE)))
        .isInstanceOf(InvalidInputException.class);

    contributions.react(f.actor(f.register()), ReactionChange.of(proposals.get(0).id(), Support.SUPPORT));
    Contribution qualified = contributions.react(f.actor(f.register()), ReactionChange.of(proposals.get(0).id(), Support.SUPPORT));
    assertThat(qualified.qualified()).isTrue();
    contributions.react(f.actor(f.register()), ReactionChange.of(proposals.get(0).id(), Support.SUPPORT));
    assertThat(f.heard).extracting(RecordedEvent::event).filteredOn(ConsultaEvent.ContributionQualified.class::isInstance)
        .containsExactly(new ConsultaEvent.ContributionQualified(proposals.get(0).id(), c.id(), 3));
  }

  @Test
  void authorsWithdrawTheirOwnContributionsOnly() {
    Consultation c = f.openConsultation();
    Participant author = f.register();
    Contribution idea = f.submitIdea(c, author, "idea");

    assertThatThrownBy(() -> contributions.withdraw(f.actor(f.register()), Withdrawal.of(idea.id()))).isInstanceOf(AccessDeniedException.class);
    Contribution withdrawn = contributions.withdraw(f.actor(author), Withdrawal.of(idea.id()));

    assertThat(withdrawn.state()).isEqualTo(ContributionState.WITHDRAWN);
    assertThat(list(f.visitor, c)).isEmpty();
    assertThat(contributions.counts(f.visitor, c.id()).of(ContributionState.WITHDRAWN)).isEqualTo(1);
    assertThatThrownBy(() -> contributions.withdraw(f.actor(author), Withdrawal.of(idea.id()))).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> contributions.react(f.actor(f.register()), ReactionChange.of(idea.id(), Support.SUPPORT)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void countsByKindAndChannel() {
    Consultation c = f.openConsultation();
    Participant p = f.register();
    f.submitIdea(c, p, "1");
    f.submitIdea(c, p, "2");
    contributions.submit(f.actor(p), f.idea(c, "3").kind(ContributionKind.PROPOSAL).build());
    contributions.submit(f.moderator, f.idea(c, "4").channel(Channel.IN_PERSON).onBehalfOf(p.id()).build());

    ContributionCounts counts = contributions.counts(f.visitor, c.id());
    assertThat(counts.total()).isEqualTo(4);
    assertThat(counts.of(ContributionKind.IDEA)).isEqualTo(3);
    assertThat(counts.of(ContributionKind.PROPOSAL)).isEqualTo(1);
    assertThat(counts.of(Channel.ONLINE)).isEqualTo(3);
    assertThat(counts.of(Channel.IN_PERSON)).isEqualTo(1);
  }

  @Test
  void anotherTenantSeesNoContributions() {
    Consultation c = f.openConsultation();
    Contribution idea = f.submitIdea(c, f.register(), "idea");
    Actor porto = Actor.of(TenantId.of("porto"), "staff-admin", Role.ADMIN);

    assertThatThrownBy(() -> contributions.get(porto, idea.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> contributions.list(porto, ContributionQuery.of(c.id()), PageRequest.first())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> contributions.counts(porto, c.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> contributions.withdraw(porto, Withdrawal.of(idea.id()))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aFailingListenerDoesNotUndoTheCommittedChange() {
    Fixtures g = new Fixtures(Consulta.builder().listener(e -> {
      throw new IllegalStateException("listener down");
    }));
    Consultation c = g.openConsultation();
    Contribution idea = g.submitIdea(c, g.register(), "still stored");
    assertThat(g.consulta.contributions().get(g.visitor, idea.id())).isEqualTo(idea);
    assertThat(g.heard).extracting(RecordedEvent::position).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void reactionsStopWhenTheConsultationCloses() {
    Consultation c = f.openConsultation();
    Contribution idea = f.submitIdea(c, f.register(), "idea");
    f.consulta.consultations().transition(f.manager, PhaseTransition.to(c.id(), Phase.CLOSED));
    assertThatThrownBy(() -> contributions.react(f.actor(f.register()), ReactionChange.of(idea.id(), Support.SUPPORT)))
        .isInstanceOf(ConsultationNotOpenException.class);
    assertThat(f.consulta.consultations().update(f.manager, new ConsultationUpdateBuilder().consultation(c.id())
        .summary(LocalizedText.of("en", "closed")).build()).phase()).isEqualTo(Phase.CLOSED);
  }

  private List<ContributionId> list(Actor actor, Consultation c) {
    return contributions.list(actor, ContributionQuery.of(c.id()), PageRequest.first(100)).items().stream().map(Contribution::id).toList();
  }

  private List<ContributionId> ids(ContributionQuery query) {
    return contributions.list(f.visitor, query, PageRequest.first(100)).items().stream().map(Contribution::id).toList();
  }
}
