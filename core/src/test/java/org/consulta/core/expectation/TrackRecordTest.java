package org.consulta.core.expectation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.consulta.core.Fixtures;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseTransition;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.error.AccessDeniedException;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.outcome.InfluenceEffect;
import org.consulta.core.outcome.NewDecisionBuilder;
import org.consulta.core.outcome.NewResponse;
import org.consulta.core.outcome.ResponseStatus;
import org.consulta.core.value.LocalizedText;
import org.junit.jupiter.api.Test;

class TrackRecordTest {
  private final Fixtures f = new Fixtures();
  private final ExpectationService expectations = f.consulta.expectations();
  private final Actor responder = Actor.of(f.tenant, "staff-responder", Role.RESPONDER);

  private static LocalizedText en(String text) {
    return LocalizedText.of("en", text);
  }

  /** A consultation promising answers within 24 hours, with answers after the given hours, then closed. */
  private Consultation past(int... answerAfterHours) {
    Consultation draft = f.consulta.consultations().create(f.manager, f.consultationDraft().build());
    expectations.declare(f.manager, NewCommitment.of(draft.id(), CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.hours(24))));
    f.open(draft);
    for (int hours : answerAfterHours) {
      Contribution idea = f.submitIdea(draft, f.register(), "Idea");
      f.advance(Duration.ofHours(hours));
      f.consulta.outcomes().respond(responder, NewResponse.toContribution(idea.id(), ResponseStatus.ACCEPTED, null));
    }
    f.consulta.consultations().transition(f.manager, PhaseTransition.to(draft.id(), Phase.CLOSED));
    return draft;
  }

  @Test
  void theRecordPoolsEveryPastConsultationAndLeavesOutTheOpenOnes() {
    Consultation kept = past(1, 2, 3);
    Consultation late = past(30, 4);
    f.consulta.outcomes().recordDecision(f.manager, new NewDecisionBuilder().consultation(late.id()).title(en("Plan")).text(en("Adopted"))
        .body("Council").decidedOn(LocalDate.of(2026, 6, 1)).influence(en("Shaped")).effect(InfluenceEffect.CHANGED).build());
    Consultation open = f.openConsultation();
    f.submitIdea(open, f.register(), "Not counted yet");

    TrackRecord record = expectations.trackRecord(f.visitor);

    assertThat(record.consultations()).extracting(TrackRecordEntry::consultation).containsExactly(late.id(), kept.id());
    // times 1, 2, 3, 4, 30 hours: median rank 3, p90 rank 5
    assertThat(record.answers()).isEqualTo(new AnswerTimes(5, 5, Optional.of(Duration.ofHours(3)), Optional.of(Duration.ofHours(30))));
    assertThat(record.shareWithinPromise()).hasValue(0.8);
    assertThat(record.commitmentsMet()).isEqualTo(1);
    assertThat(record.commitmentsBreached()).isEqualTo(1);
    assertThat(record.shareCommitmentsMet()).hasValue(0.5);
    assertThat(record.decisions()).isEqualTo(1);
    assertThat(record.shareDecisionsWithInput()).hasValue(0.0);
    TrackRecordEntry first = record.consultations().get(0);
    assertThat(first.shareWithinPromise()).hasValue(0.5);
    assertThat(first.commitmentsBreached()).isEqualTo(1);
  }

  @Test
  void anInternalRecordIsForStaffOnly() {
    past(1);
    assertThatThrownBy(() -> expectations.setTrackRecordVisibility(f.manager, TrackRecordVisibility.INTERNAL)).isInstanceOf(AccessDeniedException.class);
    expectations.setTrackRecordVisibility(f.admin, TrackRecordVisibility.INTERNAL);
    assertThatThrownBy(() -> expectations.trackRecord(f.visitor)).isInstanceOf(AccessDeniedException.class);
    assertThat(expectations.trackRecord(f.manager).consultations()).hasSize(1);
    assertThat(f.heard).extracting(RecordedEvent::event).contains(new ConsultaEvent.TrackRecordVisibilitySet(TrackRecordVisibility.INTERNAL));
    assertThat(expectations.trackRecord(Actor.anonymous(TenantId.of("porto"))).consultations()).as("another tenant's record is its own").isEmpty();
  }

  @Test
  void thePromiseStatementSpeaksTheParticipantsLanguage() {
    Consultation draft = f.consulta.consultations().create(f.manager, f.consultationDraft().build());
    expectations.declare(f.manager, NewCommitment.of(draft.id(), CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.workingDays(10))));
    f.open(draft);
    assertThat(expectations.promise(f.visitor, draft.id(), "fr").text())
        .isEqualTo("Nous répondrons à chaque contribution dans un délai de 10 jours ouvrés.");
    assertThat(expectations.promise(f.visitor, draft.id(), "de").sentences()).containsExactly("Wir beantworten jeden Beitrag innerhalb von 10 Arbeitstagen.");
  }
}
