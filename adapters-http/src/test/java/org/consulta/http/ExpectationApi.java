package org.consulta.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.consulta.core.Consulta;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.store.memory.InMemoryStore;
import org.consulta.http.OutcomeApi.Reply;
import org.consulta.testkit.MutableClock;

/**
 * A server with the in-memory engine on a clock the test moves, for the expectation tests; its keys,
 * and a client that checks every exchange against the OpenAPI document ({@link
 * ContractValidatingClient}). The clock starts on Monday 2030-03-04 at 09:00 UTC and only moves
 * forward, so tests that share a server take dates from {@link #today()}. One per test class (or
 * per test, when it changes tenant-wide settings).
 */
final class ExpectationApi implements AutoCloseable {
  static final TenantId LISBON = OutcomeApi.LISBON;
  static final TenantId PORTO = OutcomeApi.PORTO;
  static final Instant START = Instant.parse("2030-03-04T09:00:00Z");
  static final String CONSULTATION = """
      {"title":{"en":"Riverside park","fr":"Parc au bord du fleuve"},"purpose":{"en":"Decide what the park offers"},
       "influence":{"level":"CONSULT"},"acceptedKinds":["IDEA","REQUEST","COMMENT"],"channels":["ONLINE","PAPER","IN_PERSON","PHONE"]}""";
  /** Every top-level contribution answered within 24 hours: at risk after 18. */
  static final String WITHIN_A_DAY = """
      {"terms":{"type":"respond_within","scope":{"type":"all_contributions"},"allowance":{"amount":24,"unit":"HOURS"}}}""";

  final MutableClock clock = new MutableClock(START);
  final InMemoryStore store = new InMemoryStore();
  final ContractValidatingClient client = new ContractValidatingClient(HttpClient.newHttpClient(), OpenApiContract.load());
  final ApiKeys keys = new ApiKeys();
  final String manager = keys.issue(LISBON, "manager", Set.of(Role.MANAGER));
  final String responder = keys.issue(LISBON, "responder", Set.of(Role.RESPONDER));
  final String admin = keys.issue(LISBON, "admin", Set.of(Role.ADMIN));
  final String system = keys.issue(LISBON, "backend", Set.of(Role.SYSTEM));
  final String portoStaff = keys.issue(PORTO, "staff", Set.of(Role.ADMIN, Role.MANAGER, Role.RESPONDER));
  final ConsultaServer server;

  ExpectationApi(WebhookTargets targets) {
    Consulta consulta = Consulta.builder().store(store).clock(clock).build();
    server = ConsultaServer.start(ConsultaHttp.builder(consulta).authenticator(new ApiKeyAuthenticator(keys)).webhookTargets(targets)
        .maxBodyBytes(64 * 1024).build(), 0);
  }

  ExpectationApi() {
    this(WebhookTargets.strict());
  }

  @Override
  public void close() {
    server.close();
  }

  /** @return the virtual clock's date (UTC, the tenant's zone unless a test defines a calendar) */
  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  Reply send(String method, String path, String key, String body, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    if (body != null && java.util.Arrays.stream(headers).noneMatch("Content-Type"::equalsIgnoreCase)) {
      b.header("Content-Type", "application/json");
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response = client.send(b.build(), body);
    String type = response.headers().firstValue("Content-Type").orElse("");
    return new Reply(response.statusCode(), response.body().isEmpty() || !type.contains("json") ? null : OutcomeApi.JSON.readTree(response.body()),
        response);
  }

  /** Anonymous, in Lisbon. */
  Reply anonymous(String method, String path, String... headers) throws Exception {
    String[] all = new String[headers.length + 2];
    all[0] = "Consulta-Tenant";
    all[1] = "lisbon";
    System.arraycopy(headers, 0, all, 2, headers.length);
    return send(method, path, null, null, all);
  }

  /** As a participant, through the system key. */
  Reply as(String participant, String method, String path, String body) throws Exception {
    return send(method, path, system, body, "Consulta-On-Behalf-Of", participant);
  }

  /** A draft consultation of Lisbon. */
  String draft() throws Exception {
    Reply created = send("POST", "/v1/consultations", manager, CONSULTATION);
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    return created.text("id");
  }

  void move(String consultation, String phase) throws Exception {
    Reply moved = send("POST", "/v1/consultations/" + consultation + "/transitions", manager, "{\"to\":\"" + phase + "\"}");
    assertThat(moved.status()).as("%s", moved.body()).isEqualTo(200);
  }

  /** Declares a commitment as the manager; asserts it was created. */
  Reply declare(String consultation, String body) throws Exception {
    Reply r = send("POST", "/v1/consultations/" + consultation + "/commitments", manager, body);
    assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
    return r;
  }

  String participant() throws Exception {
    Reply r = send("POST", "/v1/participants", null, "{}", "Consulta-Tenant", "lisbon");
    assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
    return r.text("id");
  }

  String submit(String consultation, String author, String text) throws Exception {
    Reply r = as(author, "POST", "/v1/consultations/" + consultation + "/contributions",
        "{\"kind\":\"IDEA\",\"body\":\"" + text + "\",\"language\":\"en\",\"channel\":\"ONLINE\"}");
    assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
    return r.text("id");
  }

  void respond(String contribution) throws Exception {
    Reply r = send("POST", "/v1/responses", responder, "{\"contribution\":\"" + contribution + "\",\"status\":\"ACCEPTED\"}");
    assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
  }
}
