package org.consulta.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.consulta.core.error.ConflictException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.VersionConflictException;
import org.consulta.core.participant.Participant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rules of {@link org.consulta.core.participant.ParticipantRepository}. */
abstract class ParticipantRules extends KitRules {
  ParticipantRules(StoreCompatibilityKit kit) {
    super(kit);
  }

  @Test
  @DisplayName("find returns an inserted participant equal to the one inserted")
  void insertThenFindRoundTrips() {
    Participant p = samples.participant(a).externalRef("user-1").build();
    Participant anonymous = samples.participant(a).build();
    useA(uow -> {
      uow.participants().insert(p);
      uow.participants().insert(anonymous);
    });
    useA(uow -> assertThat(uow.participants().find(p.id())).contains(p));
    useA(uow -> assertThat(uow.participants().find(anonymous.id())).contains(anonymous));
    useA(uow -> assertThat(uow.participants().find(samples.participantId())).isEmpty());
  }

  @Test
  @DisplayName("findByExternalRef finds the participant with that key, and nothing for an unknown key")
  void findByExternalRef() {
    Participant p = samples.participant(a).externalRef("user-1").build();
    Participant q = samples.participant(a).externalRef("user-2").build();
    useA(uow -> {
      uow.participants().insert(p);
      uow.participants().insert(q);
    });
    useA(uow -> assertThat(uow.participants().findByExternalRef("user-2")).contains(q));
    useA(uow -> assertThat(uow.participants().findByExternalRef("user-1")).contains(p));
    useA(uow -> assertThat(uow.participants().findByExternalRef("user-3")).isEmpty());
  }

  @Test
  @DisplayName("inserting an id that exists is a ConflictException")
  void insertDuplicateIdConflicts() {
    Participant p = insertedParticipant(a);
    Participant twin = samples.participant(a).id(p.id()).displayName("Twin").build();
    assertThatThrownBy(() -> useA(uow -> uow.participants().insert(twin))).isInstanceOf(ConflictException.class);
    useA(uow -> assertThat(uow.participants().find(p.id())).contains(p));
  }

  @Test
  @DisplayName("inserting an external ref that is taken is a ConflictException")
  void insertDuplicateExternalRefConflicts() {
    Participant p = samples.participant(a).externalRef("user-1").build();
    Participant other = samples.participant(a).externalRef("user-1").build();
    useA(uow -> uow.participants().insert(p));
    assertThatThrownBy(() -> useA(uow -> uow.participants().insert(other))).isInstanceOf(ConflictException.class);
    useA(uow -> assertThat(uow.participants().find(other.id())).isEmpty());
    useA(uow -> assertThat(uow.participants().findByExternalRef("user-1")).contains(p));
  }

  @Test
  @DisplayName("update at stored version + 1 replaces the stored state")
  void updateAtNextVersion() {
    Participant p = insertedParticipant(a);
    Participant v2 = ParticipantSample.revisionOf(p).displayName("Renamed").build();
    useA(uow -> uow.participants().update(v2));
    useA(uow -> assertThat(uow.participants().find(p.id())).contains(v2));
  }

  @Test
  @DisplayName("update at any other version is a VersionConflictException and keeps the stored state")
  void updateAtWrongVersionConflicts() {
    Participant p = insertedParticipant(a);
    Participant v2 = ParticipantSample.revisionOf(p).displayName("Second").build();
    useA(uow -> uow.participants().update(v2));
    Participant stale = ParticipantSample.revisionOf(p).displayName("Stale").build();
    Participant skipping = ParticipantSample.revisionOf(v2).version(4).build();
    assertThatThrownBy(() -> useA(uow -> uow.participants().update(stale))).isInstanceOf(VersionConflictException.class);
    assertThatThrownBy(() -> useA(uow -> uow.participants().update(skipping))).isInstanceOf(VersionConflictException.class);
    useA(uow -> assertThat(uow.participants().find(p.id())).contains(v2));
  }

  @Test
  @DisplayName("update of an unknown participant is a NotFoundException")
  void updateUnknownIsNotFound() {
    Participant never = ParticipantSample.revisionOf(samples.participant(a).build()).build();
    assertThatThrownBy(() -> useA(uow -> uow.participants().update(never))).isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName("findByExternalRef follows an update that changes or removes the external ref")
  void findByExternalRefFollowsUpdates() {
    Participant p = samples.participant(a).externalRef("old-ref").build();
    useA(uow -> uow.participants().insert(p));
    Participant moved = ParticipantSample.revisionOf(p).externalRef("new-ref").build();
    useA(uow -> uow.participants().update(moved));
    useA(uow -> assertThat(uow.participants().findByExternalRef("old-ref")).isEmpty());
    useA(uow -> assertThat(uow.participants().findByExternalRef("new-ref")).contains(moved));
    Participant unlinked = ParticipantSample.revisionOf(moved).noExternalRef().build();
    useA(uow -> uow.participants().update(unlinked));
    useA(uow -> assertThat(uow.participants().findByExternalRef("new-ref")).isEmpty());
  }

  @Test
  @DisplayName("an update to an external ref another participant has is a ConflictException")
  void updateToTakenExternalRefConflicts() {
    Participant p = samples.participant(a).externalRef("user-1").build();
    Participant q = samples.participant(a).externalRef("user-2").build();
    useA(uow -> {
      uow.participants().insert(p);
      uow.participants().insert(q);
    });
    Participant taking = ParticipantSample.revisionOf(q).externalRef("user-1").build();
    assertThatThrownBy(() -> useA(uow -> uow.participants().update(taking))).isInstanceOf(ConflictException.class);
    useA(uow -> assertThat(uow.participants().findByExternalRef("user-1")).contains(p));
    useA(uow -> assertThat(uow.participants().find(q.id())).contains(q));
  }

  @Test
  @DisplayName("count is the number of participants of the tenant")
  void countsParticipants() {
    useA(uow -> assertThat(uow.participants().count()).isZero());
    for (int i = 0; i < 3; i++) {
      insertedParticipant(a);
    }
    useA(uow -> assertThat(uow.participants().count()).isEqualTo(3));
  }

  @Test
  @DisplayName("contact returns the contact details saved last, and nothing before")
  void contactSaveAndReplace() {
    Participant p = insertedParticipant(a);
    Participant q = insertedParticipant(a);
    useA(uow -> assertThat(uow.participants().contact(p.id())).isEmpty());
    useA(uow -> uow.participants().saveContact(p.id(), StoreSamples.contact(1)));
    useA(uow -> assertThat(uow.participants().contact(p.id())).contains(StoreSamples.contact(1)));
    useA(uow -> uow.participants().saveContact(p.id(), StoreSamples.contact(2)));
    useA(uow -> assertThat(uow.participants().contact(p.id())).contains(StoreSamples.contact(2)));
    useA(uow -> assertThat(uow.participants().contact(q.id())).isEmpty());
  }

  @Test
  @DisplayName("eraseContact deletes the contact details: true when there were some, then false")
  void eraseContact() {
    Participant p = insertedParticipant(a);
    Participant q = insertedParticipant(a);
    useA(uow -> {
      uow.participants().saveContact(p.id(), StoreSamples.contact(1));
      uow.participants().saveContact(q.id(), StoreSamples.contact(2));
    });
    useA(uow -> assertThat(uow.participants().eraseContact(p.id())).isTrue());
    useA(uow -> assertThat(uow.participants().contact(p.id())).isEmpty());
    useA(uow -> assertThat(uow.participants().eraseContact(p.id())).isFalse());
    useA(uow -> assertThat(uow.participants().contact(q.id())).contains(StoreSamples.contact(2)));
    useA(uow -> assertThat(uow.participants().find(p.id())).contains(p));
  }

  @Test
  @DisplayName("the demographic schema is empty until saved, then the one saved last")
  void demographicSchemaSaveAndReplace() {
    useA(uow -> assertThat(uow.participants().demographicSchema()).isEmpty());
    useA(uow -> uow.participants().saveDemographicSchema(StoreSamples.schema("north", "south")));
    useA(uow -> assertThat(uow.participants().demographicSchema()).contains(StoreSamples.schema("north", "south")));
    useA(uow -> uow.participants().saveDemographicSchema(StoreSamples.schema("east")));
    useA(uow -> assertThat(uow.participants().demographicSchema()).contains(StoreSamples.schema("east")));
  }
}
