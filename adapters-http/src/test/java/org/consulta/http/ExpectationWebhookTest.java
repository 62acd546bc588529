package org.consulta.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.consulta.core.relay.RetryPolicy;
import org.consulta.http.OutcomeApi.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A commitment's status change reaches a webhook subscriber end to end through real sockets: the
 * evaluation that finds the change records {@code commitment.status_changed} (by the clock), and the
 * dispatcher delivers it as a signed CloudEvent. Engine and dispatcher share the virtual clock, so a
 * delivery recorded at a virtual instant is due at once and signed with that instant.
 */
class ExpectationWebhookTest {
  static final WebhookTargets LOOPBACK = WebhookTargets.strict().allowing("127.0.0.1/32");
  static final Duration PATIENCE = Duration.ofSeconds(20);

  ExpectationApi api;
  Receiver receiver;
  WebhookDispatcher dispatcher;

  @BeforeEach
  void start() throws Exception {
    receiver = new Receiver();
    api = new ExpectationApi(LOOPBACK);
    dispatcher = WebhookDispatcher.builder(api.store).nodeId("node-a").threads(1).pollInterval(Duration.ofMillis(20))
        .requestTimeout(Duration.ofSeconds(5)).retries(new RetryPolicy(Duration.ofMillis(50), 2.0, Duration.ofMillis(200), 20, 0.1))
        .grace(Duration.ofSeconds(5)).webhookTargets(LOOPBACK).clock(api.clock).build().start();
  }

  @AfterEach
  void stop() {
    dispatcher.close();
    api.close();
    receiver.close();
  }

  @Test
  void anEvaluationThatFindsAChangeSendsCommitmentStatusChangedToTheSubscriber() throws Exception {
    Reply subscribed = api.send("POST", "/v1/webhooks", api.admin,
        "{\"url\":\"" + receiver.url() + "\",\"eventTypes\":[\"commitment.status_changed\"]}");
    assertThat(subscribed.status()).as("%s", subscribed.body()).isEqualTo(201);
    String secret = subscribed.body().get("secret").asText();
    String consultation = api.draft();
    String commitment = api.declare(consultation, ExpectationApi.WITHIN_A_DAY).text("id");
    api.move(consultation, "OPEN");
    api.submit(consultation, api.participant(), "Shade trees");
    api.clock.advance(Duration.ofHours(19));
    assertThat(receiver.accepted()).as("nothing was evaluated yet").isEmpty();

    Reply evaluated = api.anonymous("GET", "/v1/consultations/" + consultation + "/evaluations");
    assertThat(evaluated.body().get("items").get(0).get("status").asText()).isEqualTo("AT_RISK");

    await().atMost(PATIENCE).until(() -> receiver.accepted().size() == 1);
    Receiver.Request request = receiver.accepted().get(0);
    assertThat(new StandardWebhooksVerifier(secret).verify(request.header("webhook-id"), request.header("webhook-timestamp"),
        request.header("webhook-signature"), request.body(), api.clock.instant().getEpochSecond())).isTrue();
    JsonNode event = OutcomeApi.JSON.readTree(request.body());
    assertThat(event.get("type").asText()).isEqualTo("org.consulta.commitment.status_changed");
    JsonNode data = event.get("data");
    assertThat(data.get("commitment").asText()).isEqualTo(commitment);
    assertThat(data.get("consultation").asText()).isEqualTo(consultation);
    assertThat(data.get("kind").asText()).isEqualTo("RESPOND_WITHIN");
    assertThat(data.get("from").asText()).isEqualTo("PENDING");
    assertThat(data.get("to").asText()).isEqualTo("AT_RISK");

    api.anonymous("GET", "/v1/consultations/" + consultation + "/evaluations");
    Reply events = api.send("GET", "/v1/events?limit=1000", api.admin, null);
    assertThat(events.body().get("items").findValuesAsText("type")).containsOnlyOnce("commitment.status_changed");
  }
}
