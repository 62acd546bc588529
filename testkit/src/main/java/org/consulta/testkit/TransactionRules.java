package org.consulta.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.Phase;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionQuery;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.contribution.Support;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.participant.Participant;
import org.consulta.core.store.UnitOfWork;
import org.consulta.core.value.IdempotencyKey;
import org.consulta.core.value.PageRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rules of {@link org.consulta.core.store.Store#inTransaction} and {@link UnitOfWork}. */
abstract class TransactionRules extends KitRules {
  TransactionRules(StoreCompatibilityKit kit) {
    super(kit);
  }

  @Test
  @DisplayName("inTransaction returns what the work returned")
  void returnsTheWorkResult() {
    Object result = new Object();
    Object returned = inA(uow -> result);
    assertThat(returned).isSameAs(result);
  }

  @Test
  @DisplayName("a unit of work is bound to the tenant it was opened for")
  void unitOfWorkIsBoundToItsTenant() {
    TenantId ofA = inA(UnitOfWork::tenant);
    TenantId ofB = inB(UnitOfWork::tenant);
    assertThat(ofA).isEqualTo(a);
    assertThat(ofB).isEqualTo(b);
  }

  @Test
  @DisplayName("writes of a committed unit of work are seen by later ones")
  void committedWritesAreKept() {
    Consultation c = insertedConsultation(a);
    useA(uow -> assertThat(uow.consultations().find(c.id())).contains(c));
  }

  @Test
  @DisplayName("a unit of work reads its own writes before it commits")
  void readsItsOwnWrites() {
    Consultation c = samples.consultation(a).build();
    Participant p = samples.participant(a).externalRef("own-writes").build();
    useA(uow -> {
      uow.consultations().insert(c);
      uow.participants().insert(p);
      assertThat(uow.consultations().find(c.id())).contains(c);
      assertThat(uow.participants().findByExternalRef("own-writes")).contains(p);
      assertThat(uow.participants().count()).isEqualTo(1);
    });
  }

  @Test
  @DisplayName("an exception thrown by the work propagates unchanged")
  void exceptionPropagatesUnchanged() {
    Boom boom = new Boom();
    assertThatThrownBy(() -> inA(uow -> {
      throw boom;
    })).isSameAs(boom);
  }

  @Test
  @DisplayName("an exception thrown by the work rolls back every insert and save of that unit of work")
  void failedWorkRollsBackEveryInsert() {
    Consultation existing = insertedConsultation(a);
    Consultation c = samples.consultation(a).build();
    Participant p = samples.participant(a).externalRef("rolled-back").build();
    Contribution idea = samples.contribution(existing).build();
    Contribution reacted = inserted(samples.contribution(existing).build());
    Participant reactor = insertedParticipant(a);
    IdempotencyKey key = IdempotencyKey.of("rolled-back-key");

    assertThatThrownBy(() -> useA(uow -> {
      uow.consultations().insert(c);
      uow.participants().insert(p);
      uow.participants().saveContact(p.id(), StoreSamples.contact(1));
      uow.participants().saveContact(reactor.id(), StoreSamples.contact(2));
      uow.participants().saveDemographicSchema(StoreSamples.schema("north"));
      uow.contributions().insert(idea);
      uow.reactions().save(existing.id(), samples.reaction(reacted.id(), reactor.id(), Support.SUPPORT));
      uow.events().append(samples.nextUuid(), samples.nextInstant(), "kit", new ConsultaEvent.ParticipantRegistered(p.id()));
      uow.idempotency().save("kit", key, samples.outcome(key, p));
      throw new Boom();
    })).isInstanceOf(Boom.class);

    useA(uow -> {
      assertThat(uow.consultations().find(c.id())).isEmpty();
      assertThat(uow.consultations().list(Optional.empty(), PageRequest.first()).items()).containsExactly(existing);
      assertThat(uow.participants().find(p.id())).isEmpty();
      assertThat(uow.participants().findByExternalRef("rolled-back")).isEmpty();
      assertThat(uow.participants().count()).isEqualTo(1);
      assertThat(uow.participants().contact(p.id())).isEmpty();
      assertThat(uow.participants().contact(reactor.id())).isEmpty();
      assertThat(uow.participants().demographicSchema()).isEmpty();
      assertThat(uow.contributions().find(idea.id())).isEmpty();
      assertThat(uow.contributions().list(ContributionQuery.of(existing.id()), Optional.empty(), 10)).containsExactly(reacted);
      assertThat(uow.contributions().counts(existing.id()).total()).isEqualTo(1);
      assertThat(uow.reactions().find(reacted.id(), reactor.id())).isEmpty();
      assertThat(uow.reactions().supportsGiven(existing.id(), reactor.id())).isZero();
      assertThat(uow.events().lastPosition()).isZero();
      assertThat(uow.events().read(0, 10)).isEmpty();
      assertThat(uow.idempotency().find("kit", key)).isEmpty();
    });
  }

  @Test
  @DisplayName("an exception thrown by the work rolls back every update, replacement and erasure of that unit of work")
  void failedWorkRollsBackEveryChange() {
    Consultation c = insertedConsultation(a);
    Participant p = samples.participant(a).externalRef("ref-before").build();
    Contribution idea = samples.contribution(c).author(p.id()).build();
    useA(uow -> {
      uow.participants().insert(p);
      uow.participants().saveContact(p.id(), StoreSamples.contact(1));
      uow.participants().saveDemographicSchema(StoreSamples.schema("north"));
      uow.contributions().insert(idea);
      uow.reactions().save(c.id(), samples.reaction(idea.id(), p.id(), Support.SUPPORT));
    });

    assertThatThrownBy(() -> useA(uow -> {
      uow.consultations().update(ConsultationSample.revisionOf(c).phase(Phase.OPEN).build());
      uow.participants().update(ParticipantSample.revisionOf(p).externalRef("ref-after").build());
      uow.participants().eraseContact(p.id());
      uow.participants().saveDemographicSchema(StoreSamples.schema("south", "east"));
      uow.contributions().update(ContributionSample.revisionOf(idea).state(ContributionState.HIDDEN).build());
      uow.reactions().delete(c.id(), idea.id(), p.id());
      throw new Boom();
    })).isInstanceOf(Boom.class);

    useA(uow -> {
      assertThat(uow.consultations().find(c.id())).contains(c);
      assertThat(uow.consultations().list(Optional.of(Phase.OPEN), PageRequest.first()).items()).isEmpty();
      assertThat(uow.participants().find(p.id())).contains(p);
      assertThat(uow.participants().findByExternalRef("ref-before")).contains(p);
      assertThat(uow.participants().findByExternalRef("ref-after")).isEmpty();
      assertThat(uow.participants().contact(p.id())).contains(StoreSamples.contact(1));
      assertThat(uow.participants().demographicSchema()).contains(StoreSamples.schema("north"));
      assertThat(uow.contributions().find(idea.id())).contains(idea);
      assertThat(uow.contributions().counts(c.id()).of(ContributionState.PUBLISHED)).isEqualTo(1);
      assertThat(uow.contributions().counts(c.id()).of(ContributionState.HIDDEN)).isZero();
      assertThat(uow.reactions().find(idea.id(), p.id())).isPresent();
      assertThat(uow.reactions().supportsGiven(c.id(), p.id())).isEqualTo(1);
    });
  }
}
