package org.consulta.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseSchedule;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionCounts;
import org.consulta.core.contribution.ContributionQuery;
import org.consulta.core.contribution.Support;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.participant.Participant;
import org.consulta.core.value.IdempotencyKey;
import org.consulta.core.value.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every repository's promise that a unit of work of one tenant never returns another tenant's
 * data: tenant A writes one of everything, tenant B must see none of it.
 */
abstract class TenantIsolationRules extends KitRules {
  private static final String EXTERNAL_REF = "shared-ref";
  private static final String SUBJECT = "subject-1";
  private static final IdempotencyKey KEY = IdempotencyKey.of("shared-key");

  private Consultation consultation;
  private Participant participant;
  private Contribution contribution;
  private final Instant later = StoreSamples.at(1_000_000);

  TenantIsolationRules(StoreCompatibilityKit kit) {
    super(kit);
  }

  @BeforeEach
  final void tenantAWritesOneOfEverything() {
    consultation = samples.consultation(a).phase(Phase.OPEN)
        .schedule(PhaseSchedule.of(StoreSamples.at(1), StoreSamples.at(2))).build();
    participant = samples.participant(a).externalRef(EXTERNAL_REF).build();
    contribution = samples.contribution(consultation).author(participant.id()).build();
    useA(uow -> {
      uow.consultations().insert(consultation);
      uow.participants().insert(participant);
      uow.participants().saveContact(participant.id(), StoreSamples.contact(1));
      uow.participants().saveDemographicSchema(StoreSamples.schema("north"));
      uow.contributions().insert(contribution);
      uow.reactions().save(consultation.id(), samples.reaction(contribution.id(), participant.id(), Support.SUPPORT));
      uow.events().append(samples.nextUuid(), samples.nextInstant(), SUBJECT, new ConsultaEvent.ParticipantRegistered(participant.id()));
      uow.idempotency().save(SUBJECT, KEY, samples.outcome(KEY, participant));
    });
  }

  @Test
  @DisplayName("tenant A sees its own data (so the checks below are not vacuous)")
  void ownerSeesItsData() {
    useA(uow -> {
      assertThat(uow.consultations().find(consultation.id())).isPresent();
      assertThat(uow.consultations().dueForScheduledMove(later)).hasSize(1);
      assertThat(uow.participants().findByExternalRef(EXTERNAL_REF)).isPresent();
      assertThat(uow.participants().contact(participant.id())).isPresent();
      assertThat(uow.participants().demographicSchema()).isPresent();
      assertThat(uow.contributions().counts(consultation.id()).total()).isEqualTo(1);
      assertThat(uow.reactions().supportsGiven(consultation.id(), participant.id())).isEqualTo(1);
      assertThat(uow.events().lastPosition()).isEqualTo(1);
      assertThat(uow.idempotency().find(SUBJECT, KEY)).isPresent();
    });
  }

  @Test
  @DisplayName("consultations of another tenant are not found, listed or due")
  void consultationsAreIsolated() {
    useB(uow -> {
      assertThat(uow.consultations().find(consultation.id())).isEmpty();
      assertThat(uow.consultations().list(Optional.empty(), PageRequest.first()).items()).isEmpty();
      assertThat(uow.consultations().list(Optional.of(Phase.OPEN), PageRequest.first()).items()).isEmpty();
      assertThat(uow.consultations().dueForScheduledMove(later)).isEmpty();
    });
  }

  @Test
  @DisplayName("participants of another tenant are not found, counted or found by external ref")
  void participantsAreIsolated() {
    useB(uow -> {
      assertThat(uow.participants().find(participant.id())).isEmpty();
      assertThat(uow.participants().findByExternalRef(EXTERNAL_REF)).isEmpty();
      assertThat(uow.participants().count()).isZero();
    });
  }

  @Test
  @DisplayName("contact details and the demographic schema of another tenant are not visible")
  void contactAndSchemaAreIsolated() {
    useB(uow -> {
      assertThat(uow.participants().contact(participant.id())).isEmpty();
      assertThat(uow.participants().eraseContact(participant.id())).isFalse();
      assertThat(uow.participants().demographicSchema()).isEmpty();
    });
    useA(uow -> assertThat(uow.participants().contact(participant.id())).contains(StoreSamples.contact(1)));
  }

  @Test
  @DisplayName("contributions of another tenant are not found, listed or counted")
  void contributionsAreIsolated() {
    useB(uow -> {
      assertThat(uow.contributions().find(contribution.id())).isEmpty();
      assertThat(uow.contributions().list(ContributionQuery.of(consultation.id()), Optional.empty(), 10)).isEmpty();
      assertThat(uow.contributions().listByAuthor(participant.id(), Optional.empty(), 10)).isEmpty();
      assertThat(uow.contributions().counts(consultation.id())).isEqualTo(ContributionCounts.none());
    });
  }

  @Test
  @DisplayName("reactions of another tenant are not found, counted or deleted")
  void reactionsAreIsolated() {
    useB(uow -> {
      assertThat(uow.reactions().find(contribution.id(), participant.id())).isEmpty();
      assertThat(uow.reactions().supportsGiven(consultation.id(), participant.id())).isZero();
      assertThat(uow.reactions().delete(consultation.id(), contribution.id(), participant.id())).isFalse();
    });
    useA(uow -> assertThat(uow.reactions().find(contribution.id(), participant.id())).isPresent());
  }

  @Test
  @DisplayName("events of another tenant are not read")
  void eventsAreIsolated() {
    useB(uow -> {
      assertThat(uow.events().lastPosition()).isZero();
      assertThat(uow.events().read(0, 10)).isEmpty();
    });
  }

  @Test
  @DisplayName("idempotency outcomes of another tenant are not found")
  void idempotencyIsIsolated() {
    useB(uow -> assertThat(uow.idempotency().find(SUBJECT, KEY)).isEmpty());
  }
}
