package org.consulta.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.consulta.core.Consulta;
import org.consulta.core.relay.RetryPolicy;
import org.consulta.core.store.memory.InMemoryStore;
import org.consulta.http.OutcomeApi.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Closing the loop end to end through real sockets: a response to a consenting participant's
 * contribution, the send endpoint, and the signed {@code outcome.digest_sent} CloudEvent at a
 * receiver subscribed to it, checked by a verifier written apart from core's signer.
 */
class OutcomeDigestWebhookTest {
  static final WebhookTargets LOOPBACK = WebhookTargets.strict().allowing("127.0.0.1/32");
  static final Duration PATIENCE = Duration.ofSeconds(20);

  final InMemoryStore store = new InMemoryStore();
  OutcomeApi api;
  Receiver receiver;
  WebhookDispatcher dispatcher;

  @BeforeEach
  void start() throws Exception {
    receiver = new Receiver();
    api = new OutcomeApi(Consulta.builder().store(store).build(), LOOPBACK);
    dispatcher = WebhookDispatcher.builder(store).nodeId("node-a").threads(1).pollInterval(Duration.ofMillis(20))
        .requestTimeout(Duration.ofSeconds(5)).retries(new RetryPolicy(Duration.ofMillis(50), 2.0, Duration.ofMillis(200), 20, 0.1))
        .grace(Duration.ofSeconds(5)).webhookTargets(LOOPBACK).build().start();
  }

  @AfterEach
  void stop() {
    dispatcher.close();
    api.close();
    receiver.close();
  }

  @Test
  void aWebhookSubscribedToDigestsReceivesTheSignedDigestOfAResponse() throws Exception {
    Reply subscribed = api.send("POST", "/v1/webhooks", api.admin, "{\"url\":\"" + receiver.url() + "\",\"eventTypes\":[\"outcome.digest_sent\"]}");
    assertThat(subscribed.status()).as("%s", subscribed.body()).isEqualTo(201);
    String secret = subscribed.body().get("secret").asText();
    String consultation = api.consultation();
    String ana = api.participant(true);
    String idea = api.submit(consultation, ana, "Shade trees");
    String silent = api.submit(consultation, api.participant(false), "Benches");
    Reply response = api.send("POST", "/v1/responses", api.responder,
        "{\"contribution\":\"" + idea + "\",\"status\":\"ACCEPTED\"}");
    api.send("POST", "/v1/responses", api.responder,
        "{\"contribution\":\"" + silent + "\",\"status\":\"NOT_ACCEPTED\",\"rationale\":{\"en\":\"No budget\"}}");

    Reply run = api.send("POST", "/v1/outcome-notices/send", api.system, "{\"maxRecipients\":100}", "Idempotency-Key", "hourly-1");
    assertThat(run.status()).as("%s", run.body()).isEqualTo(200);
    assertThat(run.body().get("digests").asInt()).isEqualTo(1);
    assertThat(run.body().get("items").asInt()).isEqualTo(1);
    assertThat(run.body().get("withoutConsent").asInt()).isEqualTo(1);
    assertThat(run.body().get("more").asBoolean()).isFalse();
    Reply again = api.send("POST", "/v1/outcome-notices/send", api.system, "{\"maxRecipients\":100}", "Idempotency-Key", "hourly-1");
    assertThat(again.body().get("digests").asInt()).as("each notice is sent once").isZero();

    await().atMost(PATIENCE).until(() -> receiver.accepted().size() == 1);
    Receiver.Request request = receiver.accepted().get(0);
    assertThat(new StandardWebhooksVerifier(secret).verify(request.header("webhook-id"), request.header("webhook-timestamp"),
        request.header("webhook-signature"), request.body(), Instant.now().getEpochSecond())).isTrue();
    JsonNode event = OutcomeApi.JSON.readTree(request.body());
    assertThat(event.get("type").asText()).isEqualTo("org.consulta.outcome.digest_sent");
    JsonNode data = event.get("data");
    assertThat(data.get("recipient").asText()).isEqualTo(ana);
    assertThat(data.get("consultation").asText()).isEqualTo(consultation);
    assertThat(data.get("items")).hasSize(1);
    assertThat(data.get("items").get(0).get("kind").asText()).isEqualTo("RESPONDED");
    assertThat(data.get("items").get(0).get("contribution").asText()).isEqualTo(idea);
    assertThat(data.get("items").get(0).get("subject").asText()).isEqualTo(response.text("id"));
    assertThat(new String(request.body(), java.nio.charset.StandardCharsets.UTF_8)).as("no texts in the event").doesNotContain("Shade trees");

    Reply events = api.send("GET", "/v1/events?limit=1000", api.admin, null);
    assertThat(events.body().get("items").findValuesAsText("type")).contains("response.given", "outcome.digest_sent");
  }

  @Test
  void outcomeEventTypesAndTheirPrefixesAreAcceptedAsWebhookFilters() throws Exception {
    Reply subscribed = api.send("POST", "/v1/webhooks", api.admin, "{\"url\":\"" + receiver.url() + "\",\"eventTypes\":"
        + "[\"theme.*\",\"response.given\",\"response.revised\",\"decision.*\",\"result.created\",\"result.changed\",\"outcome.*\"]}");
    assertThat(subscribed.status()).as("%s", subscribed.body()).isEqualTo(201);
    String consultation = api.consultation();
    api.theme(consultation, "Play");

    await().atMost(PATIENCE).until(() -> receiver.accepted().size() == 1);
    assertThat(OutcomeApi.JSON.readTree(receiver.accepted().get(0).body()).get("type").asText()).isEqualTo("org.consulta.theme.created");
  }
}
