package org.consulta.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.consulta.core.Consulta;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;

/**
 * A server with the in-memory engine for the outcome tests, its keys, and a client that checks
 * every exchange against the OpenAPI document ({@link ContractValidatingClient}). One per test class.
 */
final class OutcomeApi implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  static final TenantId LISBON = TenantId.of("lisbon");
  static final TenantId PORTO = TenantId.of("porto");
  static final String CONSULTATION = """
      {"title":{"en":"Riverside park","pt":"Parque ribeirinho"},"purpose":{"en":"Decide what the park offers"},
       "influence":{"level":"CONSULT"},"acceptedKinds":["IDEA","COMMENT"],"channels":["ONLINE","PAPER"]}""";

  final ContractValidatingClient client = new ContractValidatingClient(HttpClient.newHttpClient(), OpenApiContract.load());
  final ApiKeys keys = new ApiKeys();
  final String manager = keys.issue(LISBON, "manager", Set.of(Role.MANAGER));
  final String responder = keys.issue(LISBON, "responder", Set.of(Role.RESPONDER));
  final String moderator = keys.issue(LISBON, "moderator", Set.of(Role.MODERATOR));
  final String admin = keys.issue(LISBON, "admin", Set.of(Role.ADMIN));
  final String system = keys.issue(LISBON, "backend", Set.of(Role.SYSTEM));
  final String portoStaff = keys.issue(PORTO, "staff", Set.of(Role.ADMIN, Role.MANAGER, Role.RESPONDER));
  final String portoSystem = keys.issue(PORTO, "backend", Set.of(Role.SYSTEM));
  final ConsultaServer server;

  OutcomeApi(Consulta consulta, WebhookTargets targets) {
    server = ConsultaServer.start(ConsultaHttp.builder(consulta).authenticator(new ApiKeyAuthenticator(keys)).webhookTargets(targets)
        .maxBodyBytes(64 * 1024).build(), 0);
  }

  OutcomeApi() {
    this(Consulta.builder().build(), WebhookTargets.strict());
  }

  @Override
  public void close() {
    server.close();
  }

  record Reply(int status, JsonNode body, HttpResponse<String> raw) {
    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    String text(String field) {
      return body.get(field).asText();
    }

    /** The fields of the problem's violations. */
    java.util.List<String> violations() {
      return body.get("violations").findValuesAsText("field");
    }
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
    JsonNode json = response.body().isEmpty() || !type.contains("json") ? null : JSON.readTree(response.body());
    return new Reply(response.statusCode(), json, response);
  }

  /** Anonymous, in Lisbon. */
  Reply anonymous(String method, String path) throws Exception {
    return send(method, path, null, null, "Consulta-Tenant", "lisbon");
  }

  /** As a participant, through the system key. */
  Reply as(String participant, String method, String path, String body, String... headers) throws Exception {
    String[] all = new String[headers.length + 2];
    all[0] = "Consulta-On-Behalf-Of";
    all[1] = participant;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return send(method, path, system, body, all);
  }

  String consultation() throws Exception {
    Reply created = send("POST", "/v1/consultations", manager, CONSULTATION);
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    String id = created.text("id");
    assertThat(send("POST", "/v1/consultations/" + id + "/transitions", manager, "{\"to\":\"OPEN\"}").status()).isEqualTo(200);
    return id;
  }

  /** A participant of Lisbon, with the OUTCOME_CONTACT consent when asked. */
  String participant(boolean outcomeContact) throws Exception {
    Reply r = send("POST", "/v1/participants", null, outcomeContact ? "{\"consents\":[\"OUTCOME_CONTACT\"]}" : "{}", "Consulta-Tenant", "lisbon");
    assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
    return r.text("id");
  }

  String submit(String consultation, String author, String text) throws Exception {
    Reply r = as(author, "POST", "/v1/consultations/" + consultation + "/contributions",
        "{\"kind\":\"IDEA\",\"body\":\"" + text + "\",\"language\":\"en\",\"channel\":\"ONLINE\"}");
    assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
    return r.text("id");
  }

  String theme(String consultation, String title) throws Exception {
    Reply r = send("POST", "/v1/consultations/" + consultation + "/themes", responder, "{\"title\":{\"en\":\"" + title + "\"}}");
    assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
    return r.text("id");
  }

  static void assertProblem(Reply reply, int status, String kind) {
    assertThat(reply.status()).as("%s %s: %s", reply.raw().request().method(), reply.raw().uri(), reply.raw().body()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.body().get("type").asText()).isEqualTo("https://consulta.dev/problems/" + kind);
  }
}
