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
import org.consulta.core.relay.RetryPolicy;
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
  final String portoAdmin = keys.issue(TenantId.of("porto"), "admin", Set.of(Role.ADMIN, Role.MANAGER));
  /** The receivers of these tests listen on 127.0.0.1, which the default {@link WebhookTargets#strict()} refuses. */
  static final WebhookTargets LOOPBACK = WebhookTargets.strict().allowing("127.0.0.1/32");
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
    ConsultaServer s = ConsultaServer.start(ConsultaHttp.builder(consulta).authenticator(new ApiKeyAuthenticator(keys)).webhookTargets(LOOPBACK)
        .build(), 0);
    open.add(s);
    return s;
  }

  WebhookDispatcher startDispatcher(String node) {
    WebhookDispatcher d = WebhookDispatcher.builder(store).nodeId(node).threads(2).pollInterval(Duration.ofMillis(20))
        .requestTimeout(Duration.ofSeconds(5)).retries(FAST).grace(Duration.ofSeconds(5)).webhookTargets(LOOPBACK).build().start();
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
        .retries(new RetryPolicy(Duration.ofMillis(10), 1.0, Duration.ofMillis(10), 2, 0.0)).webhookTargets(LOOPBACK).build().start();
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
  void aDeliveryReplayRepeatedWithItsKeyAnswersTheSameAndResetsOnce() throws Exception {
    String webhook = subscribe("consultation.created").get("subscription").get("id").asText();
    createConsultation();
    createConsultation();
    JsonNode two = deliveries(webhook, null);
    String path = "/v1/webhooks/" + webhook + "/deliveries/" + two.get(0).get("id").asText() + "/replay";

    Reply first = send("POST", path, admin, null, "Idempotency-Key", "replay-1");
    assertThat(first.status()).isEqualTo(200);
    startDispatcher("node-a");
    await().atMost(PATIENCE).until(() -> deliveries(webhook, "delivered").size() == 2);
    Reply again = send("POST", path, admin, null, "Idempotency-Key", "replay-1");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).as("the first answer, PENDING as it was then").isEqualTo(first.body());
    assertThat(deliveries(webhook, "pending")).as("not reset a second time").isEmpty();
    assertThat(replayEvents()).as("one webhook.deliveries_replayed").hasSize(1);

    Reply other = send("POST", "/v1/webhooks/" + webhook + "/deliveries/" + two.get(1).get("id").asText() + "/replay", admin, null,
        "Idempotency-Key", "replay-1");
    assertThat(other.status()).isEqualTo(422);
    assertThat(other.body().get("type").asText()).endsWith("/idempotency-key-reused");
  }

  @Test
  void aRangeReplayRepeatedWithItsKeyAnswersTheSameAndAnotherRangeWithItIsRejected() throws Exception {
    createConsultation();
    String webhook = subscribe("consultation.created").get("subscription").get("id").asText();
    Reply first = send("POST", "/v1/webhooks/" + webhook + "/replay", admin, "{\"fromPosition\":1,\"toPosition\":100}", "Idempotency-Key", "range-1");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body().get("items")).hasSize(1);
    Reply again = send("POST", "/v1/webhooks/" + webhook + "/replay", admin, "{\"toPosition\":100,\"fromPosition\":1}", "Idempotency-Key", "range-1");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(deliveries(webhook, null)).as("the backfilled delivery was made once").hasSize(1);
    assertThat(replayEvents()).hasSize(1);

    Reply reused = send("POST", "/v1/webhooks/" + webhook + "/replay", admin, "{\"fromPosition\":1,\"toPosition\":99}", "Idempotency-Key", "range-1");
    assertThat(reused.status()).isEqualTo(422);
    assertThat(reused.body().get("type").asText()).endsWith("/idempotency-key-reused");
    Reply missing = send("POST", "/v1/webhooks/" + webhook + "/replay", admin, "{\"fromPosition\":1}");
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.body().get("violations").findValuesAsText("field")).containsExactly("toPosition");
  }

  /** The webhook.deliveries_replayed events of the log. */
  List<JsonNode> replayEvents() throws Exception {
    Reply feed = send("GET", "/v1/events?after=0&limit=1000", admin, null);
    List<JsonNode> out = new ArrayList<>();
    feed.body().get("items").forEach(e -> {
      if (e.get("event").get("type").asText().equals("webhook.deliveries_replayed")) {
        out.add(e);
      }
    });
    return out;
  }

  @Test
  void anotherTenantsWebhookIsNotFoundOnEveryRoute() throws Exception {
    String webhook = subscribe("consultation.created").get("subscription").get("id").asText();
    createConsultation();
    String delivery = deliveries(webhook, null).get(0).get("id").asText();
    String[][] probes = {
        {"GET", "/v1/webhooks/" + webhook, null},
        {"DELETE", "/v1/webhooks/" + webhook, null},
        {"GET", "/v1/webhooks/" + webhook + "/deliveries", null},
        {"POST", "/v1/webhooks/" + webhook + "/deliveries/" + delivery + "/replay", null},
        {"POST", "/v1/webhooks/" + webhook + "/replay", "{\"fromPosition\":1,\"toPosition\":10}"},
    };
    for (String[] p : probes) {
      Reply r = send(p[0], p[1], portoAdmin, p[2]);
      assertThat(r.status()).as(p[0] + " " + p[1]).isEqualTo(404);
      assertThat(r.body().get("type").asText()).endsWith("/not-found");
    }
    Reply created = send("POST", "/v1/webhooks", portoAdmin, "{\"url\":\"" + receiver.url() + "\",\"eventTypes\":[\"consultation.*\"]}");
    assertThat(created.status()).isEqualTo(201);
    String portoHook = created.body().get("subscription").get("id").asText();
    assertThat(send("GET", "/v1/webhooks", portoAdmin, null).body().get("items")).extracting(i -> i.get("id").asText()).containsExactly(portoHook);
    assertThat(send("GET", "/v1/webhooks", admin, null).body().get("items")).extracting(i -> i.get("id").asText()).containsExactly(webhook);
    Reply mixed = send("POST", "/v1/webhooks/" + portoHook + "/deliveries/" + delivery + "/replay", portoAdmin, null);
    assertThat(mixed.status()).as("their webhook, our delivery").isEqualTo(404);
    createConsultation();
    assertThat(deliveries(webhook, null)).hasSize(2);
    assertThat(send("GET", "/v1/webhooks/" + portoHook + "/deliveries", portoAdmin, null).body().get("items")).as("none of lisbon's events")
        .isEmpty();
    assertThat(send("GET", "/v1/webhooks/" + webhook, admin, null).body().get("active").asBoolean()).as("the probes changed nothing").isTrue();
  }

  @Test
  void subscriptionsToLoopbackPrivateLinkLocalOrUnspecifiedAddressesAreRefusedByDefault() throws Exception {
    ConsultaServer strict = ConsultaServer.start(ConsultaHttp.builder(consulta).authenticator(new ApiKeyAuthenticator(keys))
        .webhookTargets(WebhookTargets.strict().resolvingWith(WebhookDeliveryTest::testResolver)).build(), 0);
    open.add(strict);
    for (String url : FORBIDDEN_URLS) {
      Reply r = sendTo(strict, "POST", "/v1/webhooks", "{\"url\":\"" + url + "\"}");
      assertThat(r.status()).as(url).isEqualTo(422);
      assertThat(r.body().get("violations").findValuesAsText("field")).as(url).containsExactly("url");
    }
    Reply userInfo = sendTo(strict, "POST", "/v1/webhooks", "{\"url\":\"https://user:pw@example.org/h\"}");
    assertThat(userInfo.status()).isEqualTo(422);
    assertThat(userInfo.body().get("violations").get(0).get("reason").asText()).contains("user info").doesNotContain("pw");
    assertThat(sendTo(strict, "POST", "/v1/webhooks", "{\"url\":\"https://93.184.215.14/hooks\"}").status()).as("a public address")
        .isEqualTo(201);
    assertThat(send("GET", "/v1/webhooks", admin, null).body().get("items")).hasSize(1);
  }

  @Test
  void privateTargetsAreAcceptedWhenConfigured() throws Exception {
    WebhookTargets lenient = WebhookTargets.privateNetworks().allowing("169.254.169.254/32", "0.0.0.0/32")
        .resolvingWith(WebhookDeliveryTest::testResolver);
    ConsultaServer s = ConsultaServer.start(ConsultaHttp.builder(consulta).authenticator(new ApiKeyAuthenticator(keys)).webhookTargets(lenient)
        .build(), 0);
    open.add(s);
    for (String url : FORBIDDEN_URLS) {
      assertThat(sendTo(s, "POST", "/v1/webhooks", "{\"url\":\"" + url + "\"}").status()).as(url).isEqualTo(201);
    }
    assertThat(sendTo(s, "POST", "/v1/webhooks", "{\"url\":\"http://169.254.170.2/\"}").status())
        .as("link-local stays refused beyond the allowed address").isEqualTo(422);
  }

  @Test
  void aHostThatResolvesToAForbiddenAddressAtSendTimeIsNotCalled() throws Exception {
    java.util.concurrent.atomic.AtomicBoolean rebound = new java.util.concurrent.atomic.AtomicBoolean();
    WebhookTargets.Resolver rebinding = host -> host.equals("rebind.test")
        ? new java.net.InetAddress[] {java.net.InetAddress.getByName(rebound.get() ? "127.0.0.1" : "93.184.215.14")}
        : java.net.InetAddress.getAllByName(host);
    WebhookTargets targets = WebhookTargets.strict().resolvingWith(rebinding);
    ConsultaServer s = ConsultaServer.start(ConsultaHttp.builder(consulta).authenticator(new ApiKeyAuthenticator(keys)).webhookTargets(targets)
        .build(), 0);
    open.add(s);
    Reply created = sendTo(s, "POST", "/v1/webhooks", "{\"url\":\"http://rebind.test:" + receiver.url().getPort() + "/h\",\"eventTypes\":[\"consultation.created\"]}");
    assertThat(created.status()).isEqualTo(201);
    String webhook = created.body().get("subscription").get("id").asText();
    rebound.set(true);
    WebhookDispatcher d = WebhookDispatcher.builder(store).nodeId("node-a").pollInterval(Duration.ofMillis(20)).webhookTargets(targets)
        .retries(new RetryPolicy(Duration.ofMillis(10), 1.0, Duration.ofMillis(10), 2, 0.0)).build().start();
    open.add(d);
    createConsultation();

    await().atMost(PATIENCE).until(() -> deliveries(webhook, "dead").size() == 1);
    assertThat(deliveries(webhook, "dead").get(0).get("lastError").asText()).startsWith("refused:").contains("127.0.0.1");
    assertThat(receiver.requests).isEmpty();
  }

  /** URLs the default refuses: private, link-local (cloud metadata), loopback, unspecified, and a name resolving to loopback. */
  static final List<String> FORBIDDEN_URLS = List.of("http://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data/", "http://[::1]:8080/h",
      "http://localhost:9000/h", "http://0.0.0.0:9000/h", "https://loopback.test/h", "http://[::ffff:192.168.1.1]/h", "http://100.64.0.1/h");

  /** Resolves {@code loopback.test} to 127.0.0.1 (as a DNS name can), everything else as the JVM does. */
  static java.net.InetAddress[] testResolver(String host) throws java.net.UnknownHostException {
    return host.equals("loopback.test") ? new java.net.InetAddress[] {java.net.InetAddress.getByName("127.0.0.1")}
        : java.net.InetAddress.getAllByName(host);
  }

  Reply sendTo(ConsultaServer target, String method, String path, String body) throws Exception {
    ConsultaServer was = server;
    server = target;
    try {
      return send(method, path, admin, body);
    } finally {
      server = was;
    }
  }

  @Test
  void theSignerMatchesTheStandardWebhooksTestVector() {
    String signature = org.consulta.core.relay.WebhookSignature.sign(
        new org.consulta.core.webhook.WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
        "{\"test\": 2432232314}".getBytes(UTF_8));
    assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    assertThat(new StandardWebhooksVerifier("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").verify("msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330",
        signature, "{\"test\": 2432232314}".getBytes(UTF_8), 1614265330L)).isTrue();
  }
}
