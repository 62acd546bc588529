package org.consulta.core.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.consulta.core.Fixtures;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.error.AccessDeniedException;
import org.consulta.core.error.ConflictException;
import org.consulta.core.error.IllegalTransitionException;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.Violation;
import org.consulta.core.error.VersionConflictException;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.value.IdempotencyKey;
import org.consulta.core.value.LocalizedText;
import org.consulta.core.value.Page;
import org.consulta.core.value.PageRequest;
import org.junit.jupiter.api.Test;

class ConsultationServiceTest {
  private final Fixtures f = new Fixtures();
  private final ConsultationService consultations = f.consulta.consultations();

  @Test
  void createdConsultationStartsAsDraftWithDefaults() {
    Consultation c = consultations.create(f.manager, f.consultationDraft().build());

    assertThat(c.phase()).isEqualTo(Phase.DRAFT);
    assertThat(c.version()).isEqualTo(1);
    assertThat(c.tenant()).isEqualTo(f.tenant);
    assertThat(c.eligibility()).isEqualTo(new EligibilityRule.RegisteredParticipants());
    assertThat(c.supportRules()).isEqualTo(SupportRules.open());
    assertThat(c.createdBy()).isEqualTo("staff-manager");
    assertThat(c.defaultLanguage()).isEqualTo("en");
    assertThat(consultations.get(f.manager, c.id())).isEqualTo(c);
    assertThat(f.heard).last().extracting(RecordedEvent::event).isInstanceOf(ConsultaEvent.ConsultationCreated.class);
  }

  @Test
  void readersWhoAreNotStaffSeeStaffAsItsCreator() {
    Consultation open = f.openConsultation();

    assertThat(consultations.get(f.visitor, open.id()).createdBy()).isEqualTo(org.consulta.core.access.Actor.PUBLIC_STAFF);
    assertThat(consultations.list(f.visitor, java.util.Optional.empty(), org.consulta.core.value.PageRequest.first()).items())
        .extracting(Consultation::createdBy).containsOnly(org.consulta.core.access.Actor.PUBLIC_STAFF);
    assertThat(consultations.get(f.manager, open.id()).createdBy()).isEqualTo("staff-manager");
    assertThat(consultations.get(f.visitor, open.id())).isEqualTo(consultations.get(f.manager, open.id()).publicView());
  }

  @Test
  void noConsultationWithoutAPurpose() {
    assertThatThrownBy(() -> consultations.create(f.manager, f.consultationDraft().purpose(LocalizedText.of("en", "  ")).build()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("purpose.en"));
  }

  @Test
  void invalidInputNamesEveryBadFieldAndChangesNothing() {
    long before = f.lastPosition();
    NewConsultation bad = f.consultationDraft()
        .title(LocalizedText.of("en", ""))
        .acceptedKinds(List.of())
        .putForms(ContributionKind.REPORT, new ContributionForm(List.of()))
        .addCategories("roads", "roads")
        .schedule(PhaseSchedule.of(Fixtures.START.plusSeconds(100), Fixtures.START))
        .eligibility(new EligibilityRule.AreaIn("ward", java.util.Set.of("x")))
        .build();

    assertThatThrownBy(() -> consultations.create(f.manager, bad))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::field)
            .contains("title.en", "acceptedKinds", "forms.REPORT", "categories[1]", "schedule.closesAt", "eligibility.dimension"));
    assertThat(f.lastPosition()).isEqualTo(before);
    assertThat(consultations.list(f.manager, Optional.empty(), PageRequest.first()).items()).isEmpty();
  }

  @Test
  void participantsCannotCreateConsultations() {
    Actor resident = f.actor(f.register());
    assertThatThrownBy(() -> consultations.create(resident, f.consultationDraft().build())).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void draftsAreInvisibleToThePublicButNotToStaff() {
    Consultation draft = consultations.create(f.manager, f.consultationDraft().build());

    assertThatThrownBy(() -> consultations.get(f.visitor, draft.id())).isInstanceOf(NotFoundException.class);
    assertThat(consultations.get(f.moderator, draft.id()).id()).isEqualTo(draft.id());
    assertThat(consultations.list(f.visitor, Optional.empty(), PageRequest.first()).items()).isEmpty();
  }

  @Test
  void scheduledConsultationOpensAndClosesByTheClock() {
    Instant opens = Fixtures.START.plus(Duration.ofDays(1));
    Instant closes = opens.plus(Duration.ofDays(14));
    Consultation c = consultations.create(f.manager, f.consultationDraft().schedule(PhaseSchedule.of(opens, closes)).build());
    consultations.transition(f.manager, PhaseTransition.to(c.id(), Phase.SCHEDULED));

    f.advance(Duration.ofDays(2));
    Consultation open = consultations.get(f.visitor, c.id());
    assertThat(open.phase()).isEqualTo(Phase.OPEN);
    assertThat(open.history()).last().isEqualTo(new PhaseChange(Phase.SCHEDULED, Phase.OPEN, opens, true));
    assertThat(f.heard).last().satisfies(e -> {
      assertThat(e.actor()).isEqualTo("clock");
      assertThat(e.event()).isEqualTo(new ConsultaEvent.PhaseChanged(c.id(), Phase.SCHEDULED, Phase.OPEN, opens, true));
    });

    f.advance(Duration.ofDays(30));
    assertThat(consultations.get(f.visitor, c.id()).phase()).isEqualTo(Phase.CLOSED);
  }

  @Test
  void bothScheduledMovesApplyAtOnceWhenNobodyLookedInBetween() {
    Instant opens = Fixtures.START.plus(Duration.ofDays(1));
    Consultation c = consultations.create(f.manager, f.consultationDraft().schedule(PhaseSchedule.of(opens, opens.plus(Duration.ofDays(7)))).build());
    consultations.transition(f.manager, PhaseTransition.to(c.id(), Phase.SCHEDULED));

    f.advance(Duration.ofDays(60));
    List<Consultation> moved = consultations.applyScheduledMoves(f.system);

    assertThat(moved).singleElement().satisfies(m -> {
      assertThat(m.phase()).isEqualTo(Phase.CLOSED);
      assertThat(m.history()).extracting(PhaseChange::to).containsExactly(Phase.SCHEDULED, Phase.OPEN, Phase.CLOSED);
    });
    assertThat(consultations.applyScheduledMoves(f.system)).isEmpty();
  }

  @Test
  void illegalTransitionIsRefusedAndChangesNothing() {
    Consultation c = consultations.create(f.manager, f.consultationDraft().build());
    long before = f.lastPosition();

    assertThatThrownBy(() -> consultations.transition(f.manager, PhaseTransition.to(c.id(), Phase.CLOSED)))
        .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
          assertThat(e.from()).isEqualTo("DRAFT");
          assertThat(e.to()).isEqualTo("CLOSED");
        });
    assertThat(consultations.get(f.manager, c.id())).isEqualTo(c);
    assertThat(f.lastPosition()).isEqualTo(before);
  }

  @Test
  void schedulingNeedsAnOpeningDateInTheFuture() {
    Consultation c = consultations.create(f.manager, f.consultationDraft().build());
    assertThatThrownBy(() -> consultations.transition(f.manager, PhaseTransition.to(c.id(), Phase.SCHEDULED)))
        .isInstanceOf(ConflictException.class).hasMessageContaining("opensAt");
  }

  @Test
  void reopeningAfterTheClosingDateNeedsANewClosingDate() {
    Instant closes = Fixtures.START.plus(Duration.ofDays(7));
    Consultation c = consultations.create(f.manager, f.consultationDraft().schedule(new PhaseSchedule(Optional.empty(), Optional.of(closes), Optional.empty(), Optional.empty())).build());
    f.open(c);
    f.advance(Duration.ofDays(8));
    assertThat(consultations.get(f.manager, c.id()).phase()).isEqualTo(Phase.CLOSED);

    assertThatThrownBy(() -> consultations.transition(f.manager, PhaseTransition.to(c.id(), Phase.OPEN))).isInstanceOf(ConflictException.class);
    consultations.update(f.manager, new ConsultationUpdateBuilder().consultation(c.id())
        .schedule(new PhaseSchedule(Optional.empty(), Optional.of(f.clock.instant().plus(Duration.ofDays(3))), Optional.empty(), Optional.empty())).build());
    assertThat(consultations.transition(f.manager, PhaseTransition.to(c.id(), Phase.OPEN)).phase()).isEqualTo(Phase.OPEN);
  }

  @Test
  void staleExpectedVersionIsAConflict() {
    Consultation c = consultations.create(f.manager, f.consultationDraft().build());
    consultations.update(f.manager, new ConsultationUpdateBuilder().consultation(c.id()).title(LocalizedText.of("en", "New title")).build());

    assertThatThrownBy(() -> consultations.transition(f.manager, new PhaseTransition(c.id(), Phase.OPEN, OptionalLong.of(1), Optional.empty())))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actualVersion()).isEqualTo(2));
  }

  @Test
  void rulesOfTakingPartFreezeWhenTheConsultationOpens() {
    Consultation c = f.openConsultation();

    assertThatThrownBy(() -> consultations.update(f.manager, new ConsultationUpdateBuilder().consultation(c.id())
        .acceptedKinds(java.util.Set.of(ContributionKind.IDEA)).build()))
        .isInstanceOf(ConflictException.class).hasMessageContaining("acceptedKinds");
    Consultation renamed = consultations.update(f.manager, new ConsultationUpdateBuilder().consultation(c.id())
        .summary(LocalizedText.of("en", "Now with a summary")).build());
    assertThat(renamed.summary()).contains(LocalizedText.of("en", "Now with a summary"));
    assertThat(renamed.version()).isEqualTo(c.version() + 1);
  }

  @Test
  void archivedConsultationCannotChange() {
    Consultation c = consultations.create(f.manager, f.consultationDraft().build());
    consultations.transition(f.manager, PhaseTransition.to(c.id(), Phase.ARCHIVED));
    assertThatThrownBy(() -> consultations.update(f.manager, new ConsultationUpdateBuilder().consultation(c.id())
        .title(LocalizedText.of("en", "x")).build())).isInstanceOf(ConflictException.class);
  }

  @Test
  void fullLifeFollowsTheLegalPath() {
    Consultation c = f.openConsultation();
    for (Phase next : List.of(Phase.CLOSED, Phase.ANALYSIS, Phase.OUTCOME_PUBLISHED, Phase.ARCHIVED)) {
      c = consultations.transition(f.manager, PhaseTransition.to(c.id(), next));
    }
    assertThat(c.history()).extracting(PhaseChange::to)
        .containsExactly(Phase.OPEN, Phase.CLOSED, Phase.ANALYSIS, Phase.OUTCOME_PUBLISHED, Phase.ARCHIVED);
    assertThat(c.phase().successors()).isEmpty();
  }

  @Test
  void listingPagesWithoutSkipsOrRepeats() {
    for (int i = 0; i < 7; i++) {
      f.open(consultations.create(f.manager, f.consultationDraft().title(LocalizedText.of("en", "C" + i)).build()));
      f.advance(Duration.ofMinutes(1));
    }
    consultations.create(f.manager, f.consultationDraft().title(LocalizedText.of("en", "hidden draft")).build());

    Page<Consultation> first = consultations.list(f.visitor, Optional.empty(), PageRequest.first(3));
    Page<Consultation> second = consultations.list(f.visitor, Optional.empty(), PageRequest.after(first.next().orElseThrow(), 3));
    Page<Consultation> third = consultations.list(f.visitor, Optional.empty(), PageRequest.after(second.next().orElseThrow(), 3));

    assertThat(List.of(first, second, third)).flatExtracting(Page::items).extracting(c -> c.title().best("en"))
        .containsExactly("C0", "C1", "C2", "C3", "C4", "C5", "C6");
    assertThat(third.next()).isEmpty();
    assertThat(consultations.list(f.manager, Optional.of(Phase.DRAFT), PageRequest.first()).items()).singleElement()
        .extracting(c -> c.title().best("en")).isEqualTo("hidden draft");
  }

  @Test
  void anotherTenantCannotSeeOrTouchAConsultation() {
    Consultation c = f.openConsultation();
    Actor porto = Actor.of(TenantId.of("porto"), "staff-manager", Role.MANAGER, Role.ADMIN);

    assertThatThrownBy(() -> consultations.get(porto, c.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> consultations.transition(porto, PhaseTransition.to(c.id(), Phase.CLOSED))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> consultations.update(porto, new ConsultationUpdateBuilder().consultation(c.id()).title(LocalizedText.of("en", "x")).build()))
        .isInstanceOf(NotFoundException.class);
    assertThat(consultations.list(porto, Optional.empty(), PageRequest.first()).items()).isEmpty();
    assertThat(f.consulta.events().read(Actor.system(TenantId.of("porto")), 0, 100)).isEmpty();
  }

  @Test
  void repeatingACommandWithItsIdempotencyKeyReturnsTheFirstResult() {
    NewConsultation cmd = f.consultationDraft().idempotencyKey(IdempotencyKey.of("create-1")).build();
    Consultation first = consultations.create(f.manager, cmd);
    long position = f.lastPosition();

    Consultation again = consultations.create(f.manager, cmd);

    assertThat(again).isEqualTo(first);
    assertThat(f.lastPosition()).isEqualTo(position);
    assertThat(consultations.list(f.manager, Optional.empty(), PageRequest.first()).items()).hasSize(1);
    assertThatThrownBy(() -> consultations.create(f.manager, f.consultationDraft().title(LocalizedText.of("en", "other"))
        .idempotencyKey(IdempotencyKey.of("create-1")).build()))
        .isInstanceOf(ConflictException.class).hasMessageContaining("create-1");
  }

  @Test
  void formsAreStoredWithTheirKinds() {
    FormField street = new FormFieldBuilder().key("street").type(FieldType.TEXT).label(LocalizedText.of("en", "Street")).required(true).build();
    Consultation c = consultations.create(f.manager, f.consultationDraft().addAcceptedKinds(ContributionKind.REPORT)
        .putForms(ContributionKind.REPORT, new ContributionForm(List.of(street))).addCategories("lighting").build());
    assertThat(c.forms()).isEqualTo(Map.of(ContributionKind.REPORT, new ContributionForm(List.of(street))));
  }
}
