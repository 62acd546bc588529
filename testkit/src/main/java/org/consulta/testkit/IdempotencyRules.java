package org.consulta.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.consulta.core.participant.Participant;
import org.consulta.core.store.IdempotencyRepository.Outcome;
import org.consulta.core.value.IdempotencyKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rules of {@link org.consulta.core.store.IdempotencyRepository}. */
abstract class IdempotencyRules extends KitRules {
  IdempotencyRules(StoreCompatibilityKit kit) {
    super(kit);
  }

  @Test
  @DisplayName("find by (subject, key) returns the saved outcome, equal in command, result and instant")
  void saveThenFind() {
    Participant p = samples.participant(a).externalRef("user-1").build();
    IdempotencyKey key = IdempotencyKey.of("register-1");
    Outcome outcome = samples.outcome(key, p);
    useA(uow -> uow.idempotency().save("subject-1", key, outcome));
    useA(uow -> assertThat(uow.idempotency().find("subject-1", key)).contains(outcome));
  }

  @Test
  @DisplayName("find is empty for a key the subject did not use")
  void unknownKeyIsEmpty() {
    IdempotencyKey key = IdempotencyKey.of("register-1");
    useA(uow -> assertThat(uow.idempotency().find("subject-1", key)).isEmpty());
    useA(uow -> uow.idempotency().save("subject-1", key, samples.outcome(key, samples.participant(a).build())));
    useA(uow -> assertThat(uow.idempotency().find("subject-1", IdempotencyKey.of("register-2"))).isEmpty());
  }

  @Test
  @DisplayName("another subject does not see an outcome saved under the same key")
  void otherSubjectDoesNotSeeIt() {
    IdempotencyKey key = IdempotencyKey.of("same-key");
    Outcome first = samples.outcome(key, samples.participant(a).build());
    Outcome second = samples.outcome(key, samples.participant(a).build());
    useA(uow -> uow.idempotency().save("subject-1", key, first));
    useA(uow -> assertThat(uow.idempotency().find("subject-2", key)).isEmpty());
    useA(uow -> uow.idempotency().save("subject-2", key, second));
    useA(uow -> assertThat(uow.idempotency().find("subject-1", key)).contains(first));
    useA(uow -> assertThat(uow.idempotency().find("subject-2", key)).contains(second));
  }
}
