package org.consulta.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.consulta.core.Fixtures;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.error.AccessDeniedException;
import org.consulta.core.error.IdempotencyKeyReusedException;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.participant.Participant;
import org.consulta.core.store.memory.InMemoryStore;
import org.consulta.core.value.IdempotencyKey;
import org.junit.jupiter.api.Test;
import org.consulta.core.relay.ClaimedDelivery;
import org.consulta.core.relay.WebhookRelay;
import org.consulta.core.relay.WebhookSender;
import org.consulta.core.relay.SendResult;
import org.consulta.core.relay.RetryPolicy;

/** The transactional outbox on the in-memory store, driven in virtual time by a {@link WebhookRelay}. */
class WebhookOutboxTest {
  private static final RetryPolicy RETRIES = new RetryPolicy(Duration.ofSeconds(10), 2.0, Duration.ofMinutes(1), 4, 0.0);

  private final Fixtures f = new Fixtures();
  private final InMemoryStore store = (InMemoryStore) f.store;
  private final List<ClaimedDelivery> sent = Collections.synchronizedList(new ArrayList<>());
  private volatile int failuresLeft;

  private final WebhookSender sender = claim -> {
    sent.add(claim);
    if (failuresLeft > 0) {
      failuresLeft--;
      return SendResult.failed("HTTP 503");
    }
    return SendResult.ok();
  };
  private final WebhookRelay relay = new WebhookRelay(store, sender, f.clock, RETRIES, new Random(1), "node-a", Duration.ofMinutes(5));

  private CreatedWebhook subscribe(String... types) {
    return f.consulta.webhooks().create(f.admin, new NewWebhook(URI.create("https://example.org/hooks"), Set.of(types)));
  }

  /** Relays until nothing is due: one call claims only the first pending delivery of each aggregate. */
  private void drain() {
    while (relay.relayDue(100) > 0) {
      // next round
    }
  }

  private List<Delivery> deliveries(WebhookId id) {
    return f.consulta.webhooks().deliveries(f.admin, id, Optional.empty(), 0, 1000);
  }

  @Test
  void eventsAreEnqueuedInTheSameTransactionForMatchingSubscriptionsOnly() {
    CreatedWebhook all = subscribe();
    CreatedWebhook contributions = subscribe("contribution.*");
    Consultation c = f.openConsultation();
    Participant p = f.register();
    f.submitIdea(c, p, "More trees");

    List<Delivery> toAll = deliveries(all.subscription().id());
    assertThat(toAll).as("all but the schema, recorded before").hasSize((int) f.lastPosition() - 1);
    assertThat(toAll).extracting(Delivery::status).containsOnly(DeliveryStatus.PENDING);
    assertThat(deliveries(contributions.subscription().id())).extracting(Delivery::eventType).containsExactly("contribution.submitted");
  }

  @Test
  void eventsBeforeTheSubscriptionAreNotDeliveredButItsOwnSubscriptionIs() {
    f.openConsultation();
    CreatedWebhook hook = subscribe();
    assertThat(deliveries(hook.subscription().id())).extracting(Delivery::eventType).containsExactly("webhook.subscribed");
  }

  @Test
  void adminActionsAreInTheLogKeyedByTheWebhookWithoutUrlOrSecret() {
    CreatedWebhook hook = f.consulta.webhooks().create(f.admin,
        new NewWebhook(URI.create("https://example.org/hooks?token=t0ps3cret"), Set.of("phase.changed", "consultation.*")));
    WebhookId id = hook.subscription().id();
    f.openConsultation();
    f.consulta.webhooks().replayEvents(f.admin, new EventReplay(id, 1, f.lastPosition()));
    f.consulta.webhooks().delete(f.admin, id);
    f.consulta.webhooks().delete(f.admin, id);

    List<org.consulta.core.event.RecordedEvent> webhookEvents = f.heard.stream().filter(e -> e.event().type().startsWith("webhook.")).toList();
    assertThat(webhookEvents).extracting(e -> e.event().type())
        .as("the second delete changes nothing and records nothing")
        .containsExactly("webhook.subscribed", "webhook.deliveries_replayed", "webhook.deleted");
    assertThat(webhookEvents).extracting(e -> org.consulta.core.relay.AggregateKey.of(e.event())).containsOnly(id.toString());
    assertThat(webhookEvents).extracting(org.consulta.core.event.RecordedEvent::actor).containsOnly(f.admin.subject());
    assertThat(webhookEvents.get(0).event()).isEqualTo(new ConsultaEvent.WebhookSubscribed(id, List.of("consultation.*", "phase.changed")));
    assertThat(webhookEvents.get(0).event().toString()).doesNotContain("t0ps3cret").doesNotContain(hook.secret().value());
  }

  @Test
  void aWebhookSubscriptionGetsItsOwnSubscribedAndReplayedEventsButNotItsDeletion() {
    CreatedWebhook self = subscribe("webhook.*");
    WebhookId id = self.subscription().id();
    drain();
    f.consulta.webhooks().replay(f.admin, new DeliveryReplay(id, deliveries(id).get(0).id()));
    drain();
    CreatedWebhook other = subscribe("consultation.created");
    drain();
    f.consulta.webhooks().delete(f.admin, other.subscription().id());
    drain();
    f.consulta.webhooks().delete(f.admin, id);
    drain();

    assertThat(sent).as("each admin action is one event and one delivery: delivering records nothing, so nothing loops")
        .extracting(s -> s.delivery().eventType())
        .containsExactly("webhook.subscribed", "webhook.subscribed", "webhook.deliveries_replayed", "webhook.subscribed", "webhook.deleted");
    assertThat(deliveries(id)).filteredOn(d -> d.eventType().equals("webhook.deleted")).extracting(Delivery::aggregate)
        .as("the other subscription's deletion only").containsExactly(other.subscription().id().toString());
  }

  @Test
  void theSecretIsStandardWebhooksShapedAndHiddenInToString() {
    CreatedWebhook hook = subscribe();
    assertThat(hook.secret().value()).startsWith("whsec_");
    assertThat(hook.secret().keyBytes()).hasSize(32);
    assertThat(hook.secret().toString()).doesNotContain(hook.secret().value().substring(6));
  }

  @Test
  void aRelayDeliversDueDeliveriesOnceAndCarriesTheEvent() {
    CreatedWebhook hook = subscribe("consultation.created");
    Consultation c = f.openConsultation();

    assertThat(relay.relayDue(10)).isEqualTo(1);
    assertThat(relay.relayDue(10)).isZero();
    assertThat(sent).hasSize(1);
    ClaimedDelivery claim = sent.get(0);
    assertThat(claim.event().event()).isInstanceOf(org.consulta.core.event.ConsultaEvent.ConsultationCreated.class);
    assertThat(claim.delivery().aggregate()).isEqualTo(c.id().toString());
    assertThat(claim.secret()).isEqualTo(hook.secret());
    Delivery d = deliveries(hook.subscription().id()).get(0);
    assertThat(d.status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(d.attempts()).isEqualTo(1);
    assertThat(d.deliveredAt()).contains(f.clock.instant());
  }

  @Test
  void failedAttemptsAreRetriedWithExponentialBackOffThenDelivered() {
    CreatedWebhook hook = subscribe("consultation.created");
    f.openConsultation();
    failuresLeft = 2;

    relay.relayDue(10);
    Delivery afterOne = deliveries(hook.subscription().id()).get(0);
    assertThat(afterOne.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(afterOne.lastError()).contains("HTTP 503");
    assertThat(afterOne.nextAttemptAt()).isEqualTo(f.clock.instant().plusSeconds(10));

    f.advance(Duration.ofSeconds(9));
    assertThat(relay.relayDue(10)).as("not yet due").isZero();
    f.advance(Duration.ofSeconds(1));
    relay.relayDue(10);
    assertThat(deliveries(hook.subscription().id()).get(0).nextAttemptAt()).isEqualTo(f.clock.instant().plusSeconds(20));

    f.advance(Duration.ofSeconds(20));
    relay.relayDue(10);
    Delivery done = deliveries(hook.subscription().id()).get(0);
    assertThat(done.status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(done.attempts()).isEqualTo(3);
    assertThat(sent).extracting(s -> s.delivery().id()).containsOnly(done.id());
  }

  @Test
  void backOffIsCappedAndJitterOnlyShortensIt() {
    RetryPolicy p = new RetryPolicy(Duration.ofSeconds(1), 3.0, Duration.ofSeconds(20), 10, 0.5);
    assertThat(p.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.delayAfter(3)).isEqualTo(Duration.ofSeconds(9));
    assertThat(p.delayAfter(4)).isEqualTo(Duration.ofSeconds(20));
    Random random = new Random(3);
    for (int i = 0; i < 100; i++) {
      java.time.Instant next = p.nextAttempt(3, Fixtures.START, random).orElseThrow();
      assertThat(Duration.between(Fixtures.START, next)).isBetween(Duration.ofMillis(4500), Duration.ofSeconds(9));
    }
    assertThat(p.nextAttempt(10, Fixtures.START, random)).isEmpty();
  }

  @Test
  void aDeliveryIsDeadAfterTheLastAttemptAndCanBeReplayed() {
    CreatedWebhook hook = subscribe("consultation.created");
    f.openConsultation();
    failuresLeft = 4;
    for (int i = 0; i < 4; i++) {
      relay.relayDue(10);
      f.advance(Duration.ofMinutes(1));
    }
    WebhookId id = hook.subscription().id();
    Delivery dead = deliveries(id).get(0);
    assertThat(dead.status()).isEqualTo(DeliveryStatus.DEAD);
    assertThat(dead.attempts()).isEqualTo(4);
    assertThat(f.consulta.webhooks().deliveries(f.admin, id, Optional.of(DeliveryStatus.DEAD), 0, 10)).containsExactly(dead);
    assertThat(relay.relayDue(10)).isZero();

    Delivery replayed = f.consulta.webhooks().replay(f.admin, new DeliveryReplay(id, dead.id()));
    assertThat(replayed.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(replayed.attempts()).isZero();
    relay.relayDue(10);
    assertThat(deliveries(id).get(0).status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(sent).extracting(s -> s.delivery().id()).containsOnly(dead.id());
  }

  @Test
  void deliveriesOfOneAggregateWaitForTheEarlierOneWhileOthersGoAhead() {
    CreatedWebhook hook = subscribe("consultation.*");
    Consultation first = f.openConsultation(); // created + opened: two deliveries of one aggregate
    failuresLeft = 1;
    relay.relayDue(10);
    assertThat(sent).hasSize(1).allSatisfy(s -> assertThat(s.delivery().eventType()).isEqualTo("consultation.created"));

    Consultation second = f.openConsultation();
    f.advance(Duration.ofSeconds(1));
    relay.relayDue(10);
    assertThat(sent.subList(1, sent.size())).as("the other aggregate goes ahead; the blocked one waits")
        .extracting(s -> s.delivery().aggregate()).containsExactly(second.id().toString());

    f.advance(Duration.ofSeconds(10));
    drain();
    List<ClaimedDelivery> ofFirst = sent.stream().filter(s -> s.delivery().aggregate().equals(first.id().toString())).toList();
    assertThat(ofFirst).extracting(s -> s.event().position()).isSorted();
    assertThat(deliveries(hook.subscription().id())).extracting(Delivery::status).containsOnly(DeliveryStatus.DELIVERED);
  }

  @Test
  void aClaimIsExclusiveUntilItsLeaseLapses() {
    subscribe("consultation.created");
    f.openConsultation();
    List<ClaimedDelivery> taken = store.claim("node-dead", f.clock.instant(), f.clock.instant().plusSeconds(30), 10);
    assertThat(taken).hasSize(1);
    assertThat(relay.relayDue(10)).as("claimed by another node").isZero();

    f.advance(Duration.ofSeconds(31));
    assertThat(relay.relayDue(10)).as("the lease lapsed").isEqualTo(1);
    assertThat(store.settle(taken.get(0), taken.get(0).delivery().delivered(f.clock.instant()))).as("the dead node's late settle").isFalse();
  }

  @Test
  void replayingARangeResendsDeliveriesAndBackfillsEventsBeforeTheSubscription() {
    f.openConsultation();
    long before = f.lastPosition();
    CreatedWebhook hook = subscribe();
    f.openConsultation();
    drain();
    int firstRound = sent.size();

    long last = f.lastPosition();
    ReplayedDeliveries replayed = f.consulta.webhooks().replayEvents(f.admin, new EventReplay(hook.subscription().id(), 1, last));
    assertThat(replayed.items()).hasSize((int) last);
    assertThat(f.lastPosition()).as("the replay itself is recorded").isEqualTo(last + 1);
    drain();
    assertThat(sent).as("the range, and the replay's own event").hasSize(firstRound + (int) last + 1);
    assertThat(deliveries(hook.subscription().id())).hasSize((int) last + 1)
        .extracting(Delivery::status).containsOnly(DeliveryStatus.DELIVERED);
    assertThat(before).isPositive();
  }

  @Test
  void aReplayRepeatedWithItsKeyReturnsTheFirstResultAndResetsNothingMore() {
    CreatedWebhook hook = subscribe("consultation.created");
    WebhookId id = hook.subscription().id();
    f.openConsultation();
    drain();
    Delivery delivered = deliveries(id).get(0);
    IdempotencyKey key = new IdempotencyKey("replay-1");

    Delivery first = f.consulta.webhooks().replay(f.admin, new DeliveryReplay(id, delivered.id(), Optional.of(key)));
    drain();
    assertThat(deliveries(id).get(0).attempts()).isEqualTo(1);
    long position = f.lastPosition();
    Delivery again = f.consulta.webhooks().replay(f.admin, new DeliveryReplay(id, delivered.id(), Optional.of(key)));

    assertThat(again).isEqualTo(first);
    assertThat(f.lastPosition()).as("no second webhook.deliveries_replayed").isEqualTo(position);
    assertThat(deliveries(id).get(0).status()).as("still delivered, not reset").isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(relay.relayDue(10)).isZero();
    assertThat(sent).hasSize(2);
  }

  @Test
  void aRangeReplayRepeatedWithItsKeyReturnsTheFirstResult() {
    CreatedWebhook hook = subscribe("consultation.*");
    WebhookId id = hook.subscription().id();
    f.openConsultation();
    drain();
    IdempotencyKey key = new IdempotencyKey("range-1");
    EventReplay command = new EventReplay(id, 1, f.lastPosition(), Optional.of(key));

    ReplayedDeliveries first = f.consulta.webhooks().replayEvents(f.admin, command);
    drain();
    long position = f.lastPosition();
    assertThat(f.consulta.webhooks().replayEvents(f.admin, command)).isEqualTo(first);
    assertThat(f.lastPosition()).isEqualTo(position);
    assertThat(relay.relayDue(10)).isZero();
  }

  @Test
  void aReplayKeyReusedForAnotherReplayIsRejected() {
    CreatedWebhook hook = subscribe("consultation.created");
    WebhookId id = hook.subscription().id();
    f.openConsultation();
    f.openConsultation();
    List<Delivery> two = deliveries(id);
    IdempotencyKey key = new IdempotencyKey("replay-2");
    f.consulta.webhooks().replay(f.admin, new DeliveryReplay(id, two.get(0).id(), Optional.of(key)));

    assertThatThrownBy(() -> f.consulta.webhooks().replay(f.admin, new DeliveryReplay(id, two.get(1).id(), Optional.of(key))))
        .isInstanceOf(IdempotencyKeyReusedException.class);
    assertThatThrownBy(() -> f.consulta.webhooks().replayEvents(f.admin, new EventReplay(id, 1, 2, Optional.of(key))))
        .isInstanceOf(IdempotencyKeyReusedException.class);
  }

  @Test
  void aRangeReplayListsEveryProblemOfTheRange() {
    CreatedWebhook hook = subscribe();
    assertThatThrownBy(() -> f.consulta.webhooks().replayEvents(f.admin, new EventReplay(hook.subscription().id(), 0, -1)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.field())
            .containsExactly("fromPosition", "toPosition"));
    assertThatThrownBy(() -> f.consulta.webhooks().replayEvents(f.admin, new EventReplay(hook.subscription().id(), 1, EventReplay.MAX_EVENTS + 1)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void deletingASubscriptionStopsDeliveriesAndKillsPendingOnes() {
    CreatedWebhook hook = subscribe();
    f.openConsultation();
    WebhookSubscription deleted = f.consulta.webhooks().delete(f.admin, hook.subscription().id());
    assertThat(deleted.active()).isFalse();
    f.openConsultation();
    assertThat(relay.relayDue(10)).isZero();
    assertThat(deliveries(hook.subscription().id())).extracting(Delivery::status).containsOnly(DeliveryStatus.DEAD);
    assertThatThrownBy(() -> f.consulta.webhooks().replay(f.admin, new DeliveryReplay(hook.subscription().id(), deliveries(hook.subscription().id()).get(0).id())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void onlyAdminsAndTheSystemManageWebhooks() {
    assertThatThrownBy(() -> f.consulta.webhooks().list(f.manager)).isInstanceOf(AccessDeniedException.class);
    assertThat(f.consulta.webhooks().list(f.system)).isEmpty();
  }

  @Test
  void anotherTenantsWebhooksAreNotFoundAndGetNoneOfItsEvents() {
    CreatedWebhook hook = subscribe();
    Actor otherAdmin = Actor.of(TenantId.of("porto"), "porto-admin", Role.ADMIN);
    assertThatThrownBy(() -> f.consulta.webhooks().find(otherAdmin, hook.subscription().id())).isInstanceOf(NotFoundException.class);
    assertThat(f.consulta.webhooks().list(otherAdmin)).isEmpty();
    CreatedWebhook theirs = f.consulta.webhooks().create(otherAdmin, new NewWebhook(URI.create("https://porto.example/h"), Set.of("consultation.*")));
    f.openConsultation();
    relay.relayDue(100);
    assertThat(sent).extracting(ClaimedDelivery::tenant).containsOnly(f.tenant);
    assertThat(f.consulta.webhooks().deliveries(otherAdmin, theirs.subscription().id(), Optional.empty(), 0, 10)).isEmpty();
  }

  @Test
  void invalidSubscriptionsListEveryProblem() {
    assertThatThrownBy(() -> f.consulta.webhooks().create(f.admin, new NewWebhook(URI.create("ftp://x/y"), Set.of("Bad Type"))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).hasSize(2));
  }

  @Test
  void aRolledBackCommandEnqueuesNothing() {
    CreatedWebhook hook = subscribe("consultation.*");
    assertThatThrownBy(() -> store.inTransaction(f.tenant, uow -> {
      uow.webhooks().enqueue(List.of(new Delivery(new DeliveryId(java.util.UUID.randomUUID()), hook.subscription().id(), 1,
          java.util.UUID.randomUUID(), "x.y", "a", DeliveryStatus.PENDING, 0, f.clock.instant(), Optional.empty(), Optional.empty())));
      throw new IllegalStateException("boom");
    })).hasMessage("boom");
    assertThat(deliveries(hook.subscription().id())).isEmpty();
  }
}
