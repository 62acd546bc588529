package org.consulta.core.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.consulta.core.Fixtures;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.error.AccessDeniedException;
import org.consulta.core.error.ConflictException;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.Violation;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.RecordedEvent;
import org.junit.jupiter.api.Test;

class ParticipantServiceTest {
  private final Fixtures f = new Fixtures();
  private final ParticipantService participants = f.consulta.participants();

  @Test
  void registrationKeepsDeclaredDemographicsAndConsentsWithTheirTime() {
    Participant p = participants.register(f.visitor, new NewParticipantBuilder().displayName("Ana")
        .putDemographics("district", "south").putDemographics("age_band", Demographics.PREFER_NOT_TO_SAY)
        .addConsents(ConsentKind.PROCESSING).build());

    assertThat(p.version()).isEqualTo(1);
    assertThat(p.demographics().declared("district")).contains("south");
    assertThat(p.demographics().declared("age_band")).isEmpty();
    assertThat(p.consents().get(ConsentKind.PROCESSING)).isEqualTo(new Consent(ConsentKind.PROCESSING, true, Fixtures.START));
    assertThat(p.hasConsented(ConsentKind.OUTCOME_CONTACT)).isFalse();
  }

  @Test
  void badRegistrationNamesEveryBadField() {
    NewParticipant bad = new NewParticipantBuilder().displayName(" ")
        .putDemographics("district", "west").putDemographics("income", "high")
        .contact(new ContactDetails(Optional.of("not-an-email"), Optional.of("abc"), Optional.empty())).build();

    assertThatThrownBy(() -> participants.register(f.visitor, bad)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.violations()).extracting(Violation::field)
            .containsExactlyInAnyOrder("displayName", "demographics.district", "demographics.income", "contact.email", "contact.phone"));
  }

  @Test
  void externalRefIsUniquePerTenant() {
    participants.register(f.system, new NewParticipantBuilder().externalRef("user-1").build());
    assertThatThrownBy(() -> participants.register(f.system, new NewParticipantBuilder().externalRef("user-1").build()))
        .isInstanceOf(ConflictException.class);
    Actor porto = Actor.system(TenantId.of("porto"));
    Participant elsewhere = participants.register(porto, new NewParticipantBuilder().externalRef("user-1").build());
    assertThat(participants.findByExternalRef(porto, "user-1")).contains(elsewhere);
  }

  @Test
  void aParticipantReadsThemselvesButNotOthers() {
    Participant ana = f.register();
    Participant ben = f.register();

    assertThat(participants.get(f.actor(ana), ana.id())).isEqualTo(ana);
    assertThatThrownBy(() -> participants.get(f.actor(ana), ben.id())).isInstanceOf(NotFoundException.class);
    assertThat(participants.get(f.moderator, ben.id())).isEqualTo(ben);
    assertThatThrownBy(() -> participants.get(Actor.system(TenantId.of("porto")), ben.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void contactDetailsStayApartAndCanBeErased() {
    Participant p = participants.register(f.visitor, new NewParticipantBuilder().contact(ContactDetails.email("ana@example.org")).build());
    Actor self = f.actor(p);

    assertThat(participants.contact(self, p.id())).contains(ContactDetails.email("ana@example.org"));
    assertThatThrownBy(() -> participants.contact(f.moderator, p.id())).isInstanceOf(AccessDeniedException.class);
    assertThat(f.heard).extracting(RecordedEvent::event).map(Object::toString).noneMatch(s -> s.contains("ana@example.org"));

    assertThat(participants.eraseContact(self, p.id())).isTrue();
    assertThat(participants.contact(self, p.id())).isEmpty();
    assertThat(participants.eraseContact(self, p.id())).isFalse();
    assertThat(participants.get(self, p.id())).isEqualTo(p);
    assertThat(f.heard).last().extracting(RecordedEvent::event).isEqualTo(new ConsultaEvent.ContactDetailsErased(p.id()));
  }

  @Test
  void updatingConsentsRecordsEachChangeWithItsTime() {
    Participant p = f.register();
    f.advance(Duration.ofHours(1));

    Participant updated = participants.update(f.actor(p), new ParticipantUpdateBuilder().participant(p.id())
        .putConsents(ConsentKind.OUTCOME_CONTACT, true).displayName("Ana").build());

    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated.consents().get(ConsentKind.OUTCOME_CONTACT).at()).isEqualTo(Fixtures.START.plus(Duration.ofHours(1)));
    assertThat(f.heard).extracting(RecordedEvent::event).contains(
        new ConsultaEvent.ParticipantUpdated(p.id(), 2, java.util.List.of("displayName", "consents")),
        new ConsultaEvent.ConsentChanged(p.id(), ConsentKind.OUTCOME_CONTACT, true));
  }

  @Test
  void anUpdateThatChangesNothingKeepsTheVersion() {
    Participant p = f.register();
    long before = f.lastPosition();
    assertThat(participants.update(f.actor(p), new ParticipantUpdateBuilder().participant(p.id()).build())).isEqualTo(p);
    assertThat(f.lastPosition()).isEqualTo(before);
  }

  @Test
  void othersCannotUpdateAParticipant() {
    Participant p = f.register();
    Participant other = f.register();
    assertThatThrownBy(() -> participants.update(f.actor(other), new ParticipantUpdateBuilder().participant(p.id()).displayName("x").build()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> participants.update(f.moderator, new ParticipantUpdateBuilder().participant(p.id()).displayName("x").build()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void onlyAdminsDefineTheDemographicSchema() {
    assertThatThrownBy(() -> participants.defineDemographicSchema(Actor.of(f.tenant, "m", Role.MANAGER), DemographicSchema.empty()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(participants.demographicSchema(f.visitor).dimension("district")).isPresent();
  }

  @Test
  void aRepeatedErasureWithItsKeyAnswersLikeTheFirstAndRecordsOnce() {
    Participant p = participants.register(f.visitor, new NewParticipantBuilder().contact(ContactDetails.email("ana@example.org")).build());
    ContactChange erase = new ContactChange(p.id(), Optional.empty(), Optional.of(org.consulta.core.value.IdempotencyKey.of("erase-1")));
    long before = f.lastPosition();

    assertThat(participants.changeContact(f.actor(p), erase)).isTrue();
    assertThat(participants.changeContact(f.actor(p), erase)).isTrue();

    assertThat(f.lastPosition()).isEqualTo(before + 1);
    assertThat(participants.contact(f.actor(p), p.id())).isEmpty();
  }

  @Test
  void aRepeatedSchemaDefinitionWithItsKeyIsRecordedOnce() {
    SchemaDefinition define = new SchemaDefinition(DemographicSchema.empty(), Optional.of(org.consulta.core.value.IdempotencyKey.of("schema-1")));
    long before = f.lastPosition();
    participants.defineDemographicSchema(f.admin, define);
    participants.defineDemographicSchema(f.admin, define);
    assertThat(f.lastPosition()).isEqualTo(before + 1);
    assertThat(participants.demographicSchema(f.visitor)).isEqualTo(DemographicSchema.empty());
  }
}
