package org.consulta.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.consulta.core.Consulta;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.store.memory.InMemoryStore;
import org.consulta.core.webhook.RetryPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhooks end to end through real sockets: the API, the dispatcher, and a receiver that checks signatures on its own. */
class WebhookDeliveryTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final TenantId LISBON = TenantId.of("lisbon");
  static final RetryPolicy FAST = new RetryPolicy(Duration.ofMillis(50), 2.0, Duration.ofMillis(200), 20, 0.1);
  static final Duration PATIENCE = Duration.ofSeconds(20);

  final ContractValidatingClient client = new ContractValidatingClient(HttpClient.newHttpClient(), OpenApiContract.load());
  final InMemoryStore store = new InMemoryStore();
  final ApiKeys keys = new ApiKeys();
  final String admin = keys.issue(LISBON, "admin", Set.of(Role.ADMIN, Role.MANAGER));
  final String manager = keys.issue(LISBON, "manager", Set.of(Role.MANAGER));
  final Consulta consulta = Consulta.builder().store(store).build();
  final List<AutoCloseable> open = new ArrayList<>();
  Receiver receiver;
  ConsultaServer server;

  @BeforeEach
  void start() throws Exception {
    receiver = new Receiver();
    open.add(receiver);
    server = startServer();
  }

  @AfterEach
  void stop() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  ConsultaServer startServer() {
    ConsultaServer s = ConsultaServer.start(ConsultaHttp.builder(consulta).authenticator(new ApiKeyAuthenticator(keys)).build(), 0);
    open.add(s);
    return s;
  }

  WebhookDispatcher startDispatcher(String node) {
    WebhookDispatcher d = WebhookDispatcher.builder(store).nodeId(node).threads(2).pollInterval(Duration.ofMillis(20))
        .requestTimeout(Duration.ofSeconds(5)).retries(FAST).grace(Duration.ofSeconds(5)).build().start();
    open.add(d);
    return d;
  }

  record Reply(int status, JsonNode body) {}

  /** Every exchange is checked against the OpenAPI document ({@link ContractValidatingClient}). */
  Reply send(String method, String path, String key, String body, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path)).header("Authorization", "Bearer " + key);
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = client.send(b.build(), body);
    return new Reply(r.statusCode(), r.body().isEmpty() ? null : JSON.readTree(r.body()));
  }

  JsonNode subscribe(String... types) throws Exception {
    String filters = java.util.Arrays.stream(types).map(t -> "\"" + t + "\"").collect(Collectors.joining(","));
    Reply r = send("POST", "/v1/webhooks", admin, "{\"url\":\"" + receiver.url() + "\",\"eventTypes\":[" + filters + "]}");
    assertThat(r.status()).isEqualTo(201);
    return r.body();
  }

  String createConsultation() throws Exception {
    Reply r = send("POST", "/v1/consultations", manager, ApiTest.CONSULTATION);
    assertThat(r.status()).isEqualTo(201);
    return r.body().get("id").asText();
  }

  JsonNode deliveries(String webhook, String status) throws Exception {
    Reply r = send("GET", "/v1/webhooks/" + webhook + "/deliveries" + (status == null ? "" : "?status=" + status), admin, null);
    assertThat(r.status()).isEqualTo(200);
    return r.body().get("items");
  }

  @Test
  void aReceiverVerifiesTheSignatureOfEachCloudEventIndependently() throws Exception {
    JsonNode created = subscribe("consultation.created");
    String secret = created.get("secret").asText();
    String webhook = created.get("subscription").get("id").asText();
    startDispatcher("node-a");
    String consultation = createConsultation();

    await().atMost(PATIENCE).until(() -> receiver.accepted().size() == 1);
    Receiver.Request request = receiver.requests.get(0);
    StandardWebhooksVerifier verifier = new StandardWebhooksVerifier(secret);
    long now = Instant.now().getEpochSecond();
    assertThat(verifier.verify(request.header("webhook-id"), request.header("webhook-timestamp"), request.header("webhook-signature"),
        request.body(), now)).isTrue();
    byte[] tampered = new String(request.body(), UTF_8).replace("consultation", "Consultation").getBytes(UTF_8);
    assertThat(verifier.verify(request.header("webhook-id"), request.header("webhook-timestamp"), request.header("webhook-signature"),
        tampered, now)).isFalse();
    assertThat(new StandardWebhooksVerifier("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]))
        .verify(request.header("webhook-id"), request.header("webhook-timestamp"), request.header("webhook-signature"), request.body(), now))
        .as("another secret").isFalse();

    assertThat(request.header("Content-Type")).startsWith("application/cloudevents+json");
    JsonNode event = JSON.readTree(request.body());
    assertThat(event.get("specversion").asText()).isEqualTo("1.0");
    assertThat(event.get("type").asText()).isEqualTo("org.consulta.consultation.created");
    assertThat(event.get("source").asText()).isEqualTo("/consulta/tenants/lisbon");
    assertThat(event.get("subject").asText()).isEqualTo(consultation);
    assertThat(event.get("datacontenttype").asText()).isEqualTo("application/json");
    assertThat(Instant.parse(event.get("time").asText())).isBeforeOrEqualTo(Instant.now());
    assertThat(event.get("data").get("consultation").asText()).isEqualTo(consultation);
    JsonNode delivered = deliveries(webhook, "delivered");
    assertThat(delivered).hasSize(1);
    assertThat(delivered.get(0).get("id").asText()).isEqualTo(request.header("webhook-id"));
    assertThat(delivered.get(0).get("eventId").asText()).isEqualTo(event.get("id").asText());
  }

  @Test
  void aReceiverThatFailsThenRecoversGetsEveryEventExactlyOnceWithStableIds() throws Exception {
    String webhook = subscribe("consultation.created").get("subscription").get("id").asText();
    receiver.failuresLeft.set(5);
    startDispatcher("node-a");
    for (int i = 0; i < 4; i++) {
      createConsultation();
    }

    await().atMost(PATIENCE).until(() -> deliveries(webhook, "delivered").size() == 4);
    List<String> accepted = receiver.accepted().stream().map(r -> r.header("webhook-id")).toList();
    assertThat(accepted).hasSize(4).doesNotHaveDuplicates();
    Set<String> failedIds = receiver.requests.stream().filter(r -> r.answered() == 503).map(r -> r.header("webhook-id")).collect(Collectors.toSet());
    assertThat(accepted).as("retries carry the same webhook-id").containsAll(failedIds);
    assertThat(deliveries(webhook, "pending")).isEmpty();
    assertThat(deliveries(webhook, "dead")).isEmpty();
  }

  @Test
  void deliveriesPendingWhenTheServerStopsAreDeliveredAfterARestart() throws Exception {
    String webhook = subscribe("consultation.created").get("subscription").get("id").asText();
    receiver.down = true;
    WebhookDispatcher first = startDispatcher("node-a");
    createConsultation();
    createConsultation();
    await().atMost(PATIENCE).until(() -> receiver.requests.size() >= 2);
    first.close();
    server.close();
    int before = receiver.requests.size();
    assertThat(receiver.accepted()).isEmpty();

    receiver.down = false;
    server = startServer();
    startDispatcher("node-b");
    await().atMost(PATIENCE).until(() -> deliveries(webhook, "delivered").size() == 2);
    assertThat(receiver.accepted()).hasSize(2);
    assertThat(receiver.requests.size()).isGreaterThan(before);
  }

  @Test
  void claimsOfADeadNodeAreTakenOverWhenTheirLeaseLapses() throws Exception {
    String webhook = subscribe("consultation.created").get("subscription").get("id").asText();
    createConsultation();
    Instant now = Instant.now();
    assertThat(store.claim("node-crashed", now, now.plusMillis(500), 10)).as("a node claims, then dies mid-delivery").hasSize(1);

    startDispatcher("node-b");
    await().atMost(PATIENCE).until(() -> deliveries(webhook, "delivered").size() == 1);
    assertThat(receiver.accepted()).hasSize(1);
    assertThat(java.time.Duration.between(now, Instant.now())).as("not before the lease lapsed").isGreaterThanOrEqualTo(Duration.ofMillis(500));
  }

  @Test
  void aDeadDeliveryIsReplayedThroughTheApi() throws Exception {
    JsonNode created = subscribe("consultation.created");
    String webhook = created.get("subscription").get("id").asText();
    receiver.down = true;
    WebhookDispatcher d = WebhookDispatcher.builder(store).nodeId("node-a").pollInterval(Duration.ofMillis(20))
        .retries(new RetryPolicy(Duration.ofMillis(10), 1.0, Duration.ofMillis(10), 2, 0.0)).build().start();
    open.add(d);
    createConsultation();
    await().atMost(PATIENCE).until(() -> deliveries(webhook, "dead").size() == 1);
    assertThat(receiver.requests).hasSize(2);

    receiver.down = false;
    String delivery = deliveries(webhook, "dead").get(0).get("id").asText();
    Reply replayed = send("POST", "/v1/webhooks/" + webhook + "/deliveries/" + delivery + "/replay", admin, null);
    assertThat(replayed.status()).isEqualTo(200);
    assertThat(replayed.body().get("status").asText()).isEqualTo("PENDING");
    await().atMost(PATIENCE).until(() -> deliveries(webhook, "delivered").size() == 1);
    assertThat(receiver.accepted()).extracting(r -> r.header("webhook-id")).containsExactly(delivery);
  }

  @Test
  void theWebhookApiIsForAdminsAndHidesTheSecretAfterCreation() throws Exception {
    JsonNode created = subscribe();
    String webhook = created.get("subscription").get("id").asText();
    assertThat(created.get("secret").asText()).startsWith("whsec_");

    Reply one = send("GET", "/v1/webhooks/" + webhook, admin, null);
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.body().toString()).doesNotContain("whsec_");
    assertThat(send("GET", "/v1/webhooks", admin, null).body().get("items")).hasSize(1);
    assertThat(one.body().has("secret")).isFalse();
    assertThat(send("GET", "/v1/webhooks", manager, null).status()).isEqualTo(403);
    assertThat(send("GET", "/v1/webhooks/not-an-id", admin, null).status()).isEqualTo(404);
    assertThat(send("POST", "/v1/webhooks", admin, "{\"url\":\"ftp://example.org\"}").status()).isEqualTo(422);
    assertThat(send("GET", "/v1/webhooks/" + webhook + "/deliveries?status=lost", admin, null).status()).isEqualTo(422);
    assertThat(send("GET", "/v1/webhooks/" + webhook + "/deliveries?status=DEAD&after=0&limit=10", admin, null).body().get("next").asLong())
        .isZero();
    assertThat(send("POST", "/v1/webhooks/" + webhook + "/deliveries/" + java.util.UUID.randomUUID() + "/replay", admin, null).status())
        .isEqualTo(404);
    assertThat(send("POST", "/v1/webhooks/" + webhook + "/replay", admin, "{\"fromPosition\":5,\"toPosition\":1}").status()).isEqualTo(422);
    assertThat(send("POST", "/v1/webhooks/" + webhook + "/replay", manager, "{\"fromPosition\":1,\"toPosition\":1}").status()).isEqualTo(403);
    assertThat(send("DELETE", "/v1/webhooks/" + webhook, "csk_unknown", null).status()).isEqualTo(401);
    Reply keyed = send("POST", "/v1/webhooks", admin, "{\"url\":\"https://example.org/h\"}", "Idempotency-Key", "hook-1");
    assertThat(keyed.status()).isEqualTo(201);
    Reply again = send("POST", "/v1/webhooks", admin, "{\"url\":\"https://example.org/h\"}", "Idempotency-Key", "hook-1");
    assertThat(again.status()).as("a repeat with the key answers like the first").isEqualTo(201);
    assertThat(again.body()).as("same subscription, same secret").isEqualTo(keyed.body());

    Reply deleted = send("DELETE", "/v1/webhooks/" + webhook, admin, null);
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.body().get("active").asBoolean()).isFalse();
  }

  @Test
  void aRangeOfTheLogIsReplayedThroughTheApi() throws Exception {
    createConsultation();
    String webhook = subscribe("consultation.created").get("subscription").get("id").asText();
    startDispatcher("node-a");
    Reply r = send("POST", "/v1/webhooks/" + webhook + "/replay", admin, "{\"fromPosition\":1,\"toPosition\":100}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("items")).hasSize(1);
    await().atMost(PATIENCE).until(() -> receiver.accepted().size() == 1);
  }

  @Test
  void theSignerMatchesTheStandardWebhooksTestVector() {
    String signature = org.consulta.core.webhook.WebhookSignature.sign(
        new org.consulta.core.webhook.WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
        "{\"test\": 2432232314}".getBytes(UTF_8));
    assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    assertThat(new StandardWebhooksVerifier("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").verify("msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330",
        signature, "{\"test\": 2432232314}".getBytes(UTF_8), 1614265330L)).isTrue();
  }
}
