package org.consulta.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.consulta.core.Consulta;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.Influence;
import org.consulta.core.consultation.InfluenceLevel;
import org.consulta.core.consultation.NewConsultationBuilder;
import org.consulta.core.value.LocalizedText;
import org.consulta.core.relay.ClaimedDelivery;
import org.consulta.core.webhook.CreatedWebhook;
import org.consulta.core.webhook.Delivery;
import org.consulta.core.webhook.DeliveryStatus;
import org.consulta.core.webhook.NewWebhook;
import org.consulta.core.relay.RetryPolicy;
import org.consulta.core.relay.SendResult;
import org.consulta.core.relay.WebhookRelay;
import org.consulta.core.relay.WebhookSender;
import org.junit.jupiter.api.Test;

/** The webhook outbox on a JDBC store: written with the events, retried in order, and claimed by one node at a time. */
abstract class WebhookOutboxContract {
  private static final RetryPolicy FAST = new RetryPolicy(Duration.ofMillis(20), 2.0, Duration.ofMillis(100), 10, 0.0);

  protected abstract JdbcStore store();

  private final TenantId tenant = JdbcKitSupport.tenant("hooks", JdbcKitSupport.uniqueSuffix());
  private final Actor admin = Actor.of(tenant, "admin", Role.ADMIN, Role.MANAGER);

  private Consulta consulta() {
    return Consulta.builder().store(store()).build();
  }

  private static NewConsultationBuilder draft() {
    return new NewConsultationBuilder()
        .title(LocalizedText.of("en", "Riverside park"))
        .purpose(LocalizedText.of("en", "Decide what the new park should offer"))
        .influence(Influence.of(InfluenceLevel.CONSULT))
        .addChannels(Channel.ONLINE)
        .addAcceptedKinds(ContributionKind.IDEA);
  }

  private WebhookRelay relay(String node, WebhookSender sender, Duration lease) {
    return new WebhookRelay(store(), sender, Clock.systemUTC(), FAST, new Random(), node, lease);
  }

  private static void drain(WebhookRelay relay, java.util.function.BooleanSupplier done) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    while (!done.getAsBoolean()) {
      assertThat(Instant.now()).as("drained in time").isBefore(deadline);
      if (relay.relayDue(10) == 0) {
        Thread.sleep(5); // poll interval only; the deadline decides
      }
    }
  }

  @Test
  void deliveriesAreWrittenWithTheEventsAndSurviveFailuresInAggregateOrder() throws Exception {
    Consulta consulta = consulta();
    CreatedWebhook hook = consulta.webhooks().create(admin, new NewWebhook(URI.create("https://example.org/h"), Set.of("consultation.*", "phase.*")));
    org.consulta.core.consultation.Consultation c = consulta.consultations().create(admin, draft().build());
    consulta.consultations().transition(admin, org.consulta.core.consultation.PhaseTransition.to(c.id(), org.consulta.core.consultation.Phase.OPEN));
    List<Delivery> enqueued = consulta.webhooks().deliveries(admin, hook.subscription().id(), Optional.empty(), 0, 100);
    assertThat(enqueued).extracting(Delivery::eventType).containsExactly("consultation.created", "phase.changed");
    assertThat(enqueued).extracting(Delivery::aggregate).containsOnly(c.id().toString());

    List<Long> sent = new ArrayList<>();
    AtomicInteger failures = new AtomicInteger(3);
    WebhookRelay relay = relay("node-a", claim -> {
      synchronized (sent) {
        sent.add(claim.event().position());
      }
      return failures.getAndDecrement() > 0 ? SendResult.failed("HTTP 500") : SendResult.ok();
    }, Duration.ofMinutes(1));
    drain(relay, () -> consulta.webhooks().deliveries(admin, hook.subscription().id(), Optional.of(DeliveryStatus.DELIVERED), 0, 100).size() == 2);
    assertThat(sent).as("the second waits until the first is delivered").isSorted().hasSize(5);
  }

  @Test
  void twoNodesNeverSendOneDeliveryTwiceAndLoseNothing() throws Exception {
    Consulta consulta = consulta();
    CreatedWebhook hook = consulta.webhooks().create(admin, new NewWebhook(URI.create("https://example.org/h"), Set.of("consultation.created")));
    int n = 60;
    for (int i = 0; i < n; i++) {
      consulta.consultations().create(admin, draft().build());
    }
    Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();
    Set<String> inFlight = ConcurrentHashMap.newKeySet();
    AtomicInteger overlaps = new AtomicInteger();
    WebhookSender sender = c -> {
      String id = c.delivery().id().toString();
      if (!inFlight.add(id)) {
        overlaps.incrementAndGet();
      }
      sends.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
      Thread.onSpinWait();
      inFlight.remove(id);
      return SendResult.ok();
    };
    WebhookRelay nodeA = relay("node-a", sender, Duration.ofMinutes(1));
    WebhookRelay nodeB = relay("node-b", sender, Duration.ofMinutes(1));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (WebhookRelay r : List.of(nodeA, nodeB, nodeA, nodeB)) {
        runs.add(pool.submit(() -> {
          drain(r, () -> sends.size() == n);
          return null;
        }));
      }
      for (Future<?> f : runs) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(sends).hasSize(n);
    assertThat(sends.values()).allSatisfy(count -> assertThat(count.get()).as("sent once").isEqualTo(1));
    assertThat(overlaps.get()).isZero();
    assertThat(consulta.webhooks().deliveries(admin, hook.subscription().id(), Optional.of(DeliveryStatus.DELIVERED), 0, 1000)).hasSize(n);
  }

  @Test
  void aDeadNodesClaimIsTakenOverAfterItsLease() throws Exception {
    Consulta consulta = consulta();
    CreatedWebhook hook = consulta.webhooks().create(admin, new NewWebhook(URI.create("https://example.org/h"), Set.of("consultation.created")));
    consulta.consultations().create(admin, draft().build());
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    List<ClaimedDelivery> taken = store().claim("node-dead", now, now.plusMillis(300), 100);
    assertThat(taken).hasSize(1);
    assertThat(taken.get(0).secret()).isEqualTo(hook.secret());
    assertThat(store().claim("node-b", now, now.plusSeconds(60), 100)).as("exclusive while leased").isEmpty();

    WebhookRelay relay = relay("node-b", c -> SendResult.ok(), Duration.ofMinutes(1));
    drain(relay, () -> consulta.webhooks().deliveries(admin, hook.subscription().id(), Optional.of(DeliveryStatus.DELIVERED), 0, 10).size() == 1);
    assertThat(store().settle(taken.get(0), taken.get(0).delivery().delivered(Instant.now()))).as("the late settle of the dead node").isFalse();
  }
}
