package org.consulta.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.consulta.core.Consulta;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API through a real socket: happy paths, concurrency headers, idempotency and every error
 * status. Every exchange is checked against the OpenAPI document ({@link ContractValidatingClient}).
 */
class ApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final TenantId LISBON = TenantId.of("lisbon");
  static final TenantId PORTO = TenantId.of("porto");
  static ConsultaServer server;
  static ContractValidatingClient client = new ContractValidatingClient(HttpClient.newHttpClient(), OpenApiContract.load());
  static String manager;
  static String system;
  static String auditor;
  static String portoAdmin;
  static String admin;

  @BeforeAll
  static void start() {
    ApiKeys keys = new ApiKeys();
    manager = keys.issue(LISBON, "manager", Set.of(Role.MANAGER));
    system = keys.issue(LISBON, "backend", Set.of(Role.SYSTEM));
    auditor = keys.issue(LISBON, "auditor", Set.of(Role.AUDITOR));
    portoAdmin = keys.issue(PORTO, "admin", Set.of(Role.ADMIN, Role.MANAGER));
    admin = keys.issue(LISBON, "admin", Set.of(Role.ADMIN));
    Consulta consulta = Consulta.builder().build();
    server = ConsultaServer.start(ConsultaHttp.builder(consulta).authenticator(new ApiKeyAuthenticator(keys)).maxBodyBytes(64 * 1024).build(), 0);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  record Reply(int status, JsonNode body, HttpResponse<String> raw) {
    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  static Reply send(String method, String path, String key, String body, String... headers) throws IOException, InterruptedException {
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
    JsonNode json = response.body().isEmpty() ? null : JSON.readTree(response.body());
    return new Reply(response.statusCode(), json, response);
  }

  static final String CONSULTATION = """
      {"title":{"en":"Riverside park"},"purpose":{"en":"Decide what the park offers"},
       "influence":{"level":"CONSULT"},"acceptedKinds":["IDEA","COMMENT","PROPOSAL"],"channels":["ONLINE","PAPER"]}""";

  static String createOpenConsultation() throws Exception {
    Reply created = send("POST", "/v1/consultations", manager, CONSULTATION);
    assertThat(created.status()).isEqualTo(201);
    String id = created.body().get("id").asText();
    Reply opened = send("POST", "/v1/consultations/" + id + "/transitions", manager, "{\"to\":\"OPEN\"}");
    assertThat(opened.status()).isEqualTo(200);
    return id;
  }

  static String register() throws Exception {
    Reply r = send("POST", "/v1/participants", null, "{}", "Consulta-Tenant", "lisbon");
    assertThat(r.status()).isEqualTo(201);
    return r.body().get("id").asText();
  }

  @Test
  void aConsultationIsCreatedReadListedUpdatedAndOpened() throws Exception {
    Reply created = send("POST", "/v1/consultations", manager, CONSULTATION);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("ETag")).isEqualTo("\"v1\"");
    String id = created.body().get("id").asText();
    assertThat(created.header("Location")).isEqualTo("/v1/consultations/" + id);
    assertThat(created.body().get("phase").asText()).isEqualTo("DRAFT");

    Reply read = send("GET", "/v1/consultations/" + id, manager, null);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().get("title").get("en").asText()).isEqualTo("Riverside park");

    Reply updated = send("PATCH", "/v1/consultations/" + id, manager, "{\"summary\":{\"en\":\"Now with a summary\"}}", "If-Match", "\"v1\"");
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.header("ETag")).isEqualTo("\"v2\"");

    Reply stale = send("PATCH", "/v1/consultations/" + id, manager, "{\"summary\":{\"en\":\"late\"}}", "If-Match", "\"v1\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
    assertThat(stale.body().get("type").asText()).isEqualTo("https://consulta.dev/problems/version-conflict");

    Reply opened = send("POST", "/v1/consultations/" + id + "/transitions", manager, "{\"to\":\"OPEN\"}", "If-Match", "\"v2\"");
    assertThat(opened.body().get("phase").asText()).isEqualTo("OPEN");

    Reply list = send("GET", "/v1/consultations?phase=open&limit=100", null, null, "Consulta-Tenant", "lisbon");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body().get("items").findValuesAsText("id")).contains(id);
  }

  @Test
  void participantsRegisterSubmitReplyReactAndListTheirOwn() throws Exception {
    String consultation = createOpenConsultation();
    String ana = register();

    Reply idea = send("POST", "/v1/consultations/" + consultation + "/contributions", system,
        "{\"kind\":\"IDEA\",\"body\":\"Shade trees\",\"language\":\"en\",\"channel\":\"ONLINE\"}", "Consulta-On-Behalf-Of", ana);
    assertThat(idea.status()).isEqualTo(201);
    String ideaId = idea.body().get("id").asText();

    Reply reply = send("POST", "/v1/contributions/" + ideaId + "/replies", system,
        "{\"body\":\"Which trees?\",\"language\":\"en\",\"channel\":\"ONLINE\"}", "Consulta-On-Behalf-Of", ana);
    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.body().get("kind").asText()).isEqualTo("COMMENT");

    String ben = register();
    Reply reacted = send("PUT", "/v1/contributions/" + ideaId + "/reaction", system, "{\"support\":\"SUPPORT\",\"stance\":0.5}",
        "Consulta-On-Behalf-Of", ben);
    assertThat(reacted.status()).isEqualTo(200);
    assertThat(reacted.body().get("tally").get("supports").asLong()).isEqualTo(1);

    Reply list = send("GET", "/v1/consultations/" + consultation + "/contributions?kind=IDEA", null, null, "Consulta-Tenant", "lisbon");
    assertThat(list.body().get("items").findValuesAsText("id")).containsExactly(ideaId);
    Reply mine = send("GET", "/v1/me/contributions", system, null, "Consulta-On-Behalf-Of", ana);
    assertThat(mine.body().get("items")).hasSize(2);
    Reply me = send("GET", "/v1/participants/me", system, null, "Consulta-On-Behalf-Of", ana);
    assertThat(me.body().get("id").asText()).isEqualTo(ana);

    Reply counts = send("GET", "/v1/consultations/" + consultation + "/counts", null, null, "Consulta-Tenant", "lisbon");
    assertThat(counts.body().get("total").asLong()).isEqualTo(2);

    Reply events = send("GET", "/v1/events?after=0&limit=1000", auditor, null);
    assertThat(events.status()).isEqualTo(200);
    assertThat(events.body().get("items").findValuesAsText("type")).contains("contribution.submitted", "reaction.set");
  }

  @Test
  void aRepeatedIdempotencyKeyReturnsTheFirstResponseAndAReusedOneIsRefused() throws Exception {
    Reply first = send("POST", "/v1/consultations", manager, CONSULTATION, "Idempotency-Key", "create-42");
    Reply again = send("POST", "/v1/consultations", manager, CONSULTATION, "Idempotency-Key", "create-42");
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.body()).isEqualTo(first.body());

    Reply other = send("POST", "/v1/consultations", manager, CONSULTATION.replace("Riverside park", "Other"), "Idempotency-Key", "create-42");
    assertThat(other.status()).isEqualTo(422);
    assertThat(other.body().get("type").asText()).endsWith("/idempotency-key-reused");
  }

  @Test
  void everyErrorHasItsStatusAndProblemType() throws Exception {
    String consultation = createOpenConsultation();
    assertProblem(send("POST", "/v1/consultations", manager, "{\"title\":"), 400, "malformed");
    assertProblem(send("GET", "/v1/consultations", null, null), 401, "unauthenticated");
    assertProblem(send("GET", "/v1/consultations", "csk_not-a-key", null), 401, "unauthenticated");
    String ana = register();
    assertProblem(send("POST", "/v1/consultations", system, CONSULTATION, "Consulta-On-Behalf-Of", ana), 403, "access-denied");
    assertProblem(send("GET", "/v1/consultations/" + java.util.UUID.randomUUID(), manager, null), 404, "not-found");
    assertProblem(send("GET", "/v1/consultations/" + consultation, portoAdmin, null), 404, "not-found");
    assertProblem(send("POST", "/v1/consultations/" + consultation + "/transitions", manager, "{\"to\":\"DRAFT\"}"), 409, "illegal-transition");
    assertProblem(send("POST", "/v1/consultations", manager, "{\"title\":\"" + "x".repeat(70_000) + "\"}"), 413, "too-large");
    assertProblem(send("POST", "/v1/consultations", manager, CONSULTATION, "Content-Type", "text/plain"), 415, "unsupported-media-type");
    Reply invalid = send("POST", "/v1/consultations", manager,
        "{\"title\":{\"en\":\" \"},\"purpose\":{\"en\":\" \"},\"influence\":{\"level\":\"CONSULT\"},\"acceptedKinds\":[]}");
    assertProblem(invalid, 422, "invalid-input");
    assertThat(invalid.body().get("violations").findValuesAsText("field")).contains("title.en", "purpose.en", "acceptedKinds");
    assertProblem(send("GET", "/v1/consultations/" + consultation + "/contributions?author=ana", manager, null), 422, "invalid-input");
    assertProblem(send("GET", "/v1/events?limit=1001", auditor, null), 422, "invalid-input");
    assertProblem(send("DELETE", "/v1/consultations", manager, null), 405, "method-not-allowed");
    assertProblem(send("GET", "/v1/nothing-here", manager, null), 404, "not-found");
  }

  @Test
  void anotherTenantsIdsAreNotFoundOnEveryRoute() throws Exception {
    String consultation = createOpenConsultation();
    String ana = register();
    Reply idea = send("POST", "/v1/consultations/" + consultation + "/contributions", system,
        "{\"kind\":\"IDEA\",\"body\":\"Shade\",\"language\":\"en\",\"channel\":\"ONLINE\"}", "Consulta-On-Behalf-Of", ana);
    String ideaId = idea.body().get("id").asText();
    String[][] probes = {
        {"GET", "/v1/consultations/" + consultation, null},
        {"PATCH", "/v1/consultations/" + consultation, "{\"summary\":{\"en\":\"x\"}}"},
        {"POST", "/v1/consultations/" + consultation + "/transitions", "{\"to\":\"CLOSED\"}"},
        {"GET", "/v1/consultations/" + consultation + "/counts", null},
        {"GET", "/v1/consultations/" + consultation + "/contributions", null},
        {"POST", "/v1/consultations/" + consultation + "/contributions", "{\"kind\":\"IDEA\",\"body\":\"x\",\"language\":\"en\",\"channel\":\"PAPER\"}"},
        {"GET", "/v1/contributions/" + ideaId, null},
        {"POST", "/v1/contributions/" + ideaId + "/replies", "{\"body\":\"x\",\"language\":\"en\",\"channel\":\"PAPER\"}"},
        {"POST", "/v1/contributions/" + ideaId + "/withdrawal", null},
        {"GET", "/v1/participants/" + ana, null},
        {"PATCH", "/v1/participants/" + ana, "{\"displayName\":\"x\"}"},
        {"GET", "/v1/participants/" + ana + "/contact", null},
    };
    for (String[] p : probes) {
      assertProblem(send(p[0], p[1], portoAdmin, p[2]), 404, "not-found");
    }
  }

  static final String SURVEY = """
      {"title":{"en":"Mobility survey","pt":"Inquérito"},"summary":{"en":"Short"},"description":{"en":"Long"},"purpose":{"en":"Plan bike lanes"},
       "questions":[{"key":"route","text":{"en":"Which route?"}}],
       "influence":{"level":"INVOLVE","openToChange":{"en":"Route"},"notOpenToChange":{"en":"Budget"},"decidedBy":{"en":"Council"}},
       "schedule":{"outcomeDueBy":"2030-01-15T00:00:00Z","archiveAfter":"2031-06-30T23:59:59.999Z"},
       "channels":["ONLINE","PAPER"],"eligibility":{"type":"area_in","dimension":"district","areas":["north"]},
       "acceptedKinds":["IDEA","SURVEY_RESPONSE"],"categories":["lanes","parking"],
       "supportRules":{"supportLimit":3,"qualificationThreshold":50,"opposeAllowed":true},
       "forms":{"SURVEY_RESPONSE":{"fields":[
         {"key":"why","type":"TEXT","label":{"en":"Why?"},"required":true,"minLength":1,"maxLength":200},
         {"key":"mode","type":"SINGLE_CHOICE","label":{"en":"Mode"},"required":false,"options":["bike","bus"]},
         {"key":"days","type":"MULTIPLE_CHOICE","label":{"en":"Days"},"required":false,"options":["mon","tue"],"minChoices":1,"maxChoices":2},
         {"key":"budget","type":"NUMBER","label":{"en":"Budget"},"required":false,"min":0,"max":1000.5},
         {"key":"since","type":"DATE","label":{"en":"Since"},"required":false,"notBefore":"2000-01-01","notAfter":"2030-12-31"},
         {"key":"where","type":"LOCATION","label":{"en":"Where"},"required":false},
         {"key":"ok","type":"CONSENT","label":{"en":"I agree"},"required":true}]}}}""";

  static final String ANSWERS = """
      {"kind":"SURVEY_RESPONSE","language":"pt-BR","channel":"ONLINE","question":"route","category":"lanes",
       "location":{"latitude":38.7,"longitude":-9.1},"answers":{
         "why":{"type":"text","value":"Safer"},"mode":{"type":"choices","values":["bike"]},
         "days":{"type":"choices","values":["mon","tue"]},"budget":{"type":"number","value":12.50},
         "since":{"type":"date","value":"2020-02-29"},"where":{"type":"location","value":{"latitude":38.7,"longitude":-9.1}},
         "ok":{"type":"consent","value":true}}}""";

  @Test
  void everyOtherRouteAnswersWithItsDocumentedBody() throws Exception {
    String schema = "{\"dimensions\":[{\"key\":\"district\",\"label\":{\"en\":\"District\"},\"options\":[\"north\",\"south\"],\"ordered\":false}]}";
    assertThat(send("PUT", "/v1/demographic-schema", admin, schema, "Idempotency-Key", "schema-1").status()).isEqualTo(200);
    assertThat(send("GET", "/v1/demographic-schema", null, null, "Consulta-Tenant", "lisbon").body().get("dimensions")).hasSize(1);

    Reply created = send("POST", "/v1/consultations", manager, SURVEY);
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    String survey = created.body().get("id").asText();
    assertThat(send("POST", "/v1/consultations/" + survey + "/transitions", manager, "{\"to\":\"OPEN\",\"expectedVersion\":1}").status())
        .isEqualTo(200);

    Reply registered = send("POST", "/v1/participants", null, """
        {"displayName":"Ana","externalRef":"u-1","demographics":{"district":"north"},"consents":["PROCESSING"],
         "contact":{"email":"ana@example.org"}}""", "Consulta-Tenant", "lisbon");
    assertThat(registered.status()).as("%s", registered.body()).isEqualTo(201);
    String ana = registered.body().get("id").asText();
    assertThat(send("GET", "/v1/participants/" + ana, system, null, "Consulta-On-Behalf-Of", ana).status()).isEqualTo(200);
    Reply patched = send("PATCH", "/v1/participants/" + ana, system, "{\"displayName\":\"Ana B.\",\"consents\":{\"OUTCOME_CONTACT\":true}}",
        "Consulta-On-Behalf-Of", ana, "If-Match", "\"v1\"");
    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.body().get("consents").get("OUTCOME_CONTACT").get("granted").asBoolean()).isTrue();

    assertThat(send("GET", "/v1/participants/" + ana + "/contact", admin, null).body().get("email").asText()).isEqualTo("ana@example.org");
    assertThat(send("PUT", "/v1/participants/" + ana + "/contact", admin, "{\"phone\":\"+351 21 000 0000\",\"postalAddress\":\"Rua A, 1\"}")
        .status()).isEqualTo(200);
    assertThat(send("DELETE", "/v1/participants/" + ana + "/contact", admin, null).body().get("erased").asBoolean()).isTrue();

    Reply answered = send("POST", "/v1/consultations/" + survey + "/contributions", system, ANSWERS, "Consulta-On-Behalf-Of", ana);
    assertThat(answered.status()).as("%s", answered.body()).isEqualTo(201);
    String response = answered.body().get("id").asText();
    assertThat(send("GET", "/v1/contributions/" + response, admin, null).body().get("answers")).hasSize(7);

    Reply batch = send("POST", "/v1/consultations/" + survey + "/contribution-batches", manager, """
        {"mode":"SKIP_INVALID","items":[
          {"kind":"IDEA","body":"Benches","language":"en","channel":"PAPER","onBehalfOf":"%s"},
          {"kind":"IDEA","body":" ","language":"en","channel":"PAPER","onBehalfOf":"%s"}]}""".formatted(ana, ana));
    assertThat(batch.status()).as("%s", batch.body()).isEqualTo(200);
    assertThat(batch.body().get("rejected").asInt()).isEqualTo(1);
    String idea = batch.body().get("items").get(0).get("contribution").asText();

    Reply reacted = send("PUT", "/v1/contributions/" + idea + "/reaction", system, "{\"support\":\"SUPPORT\",\"stance\":-0.25}",
        "Consulta-On-Behalf-Of", ana);
    assertThat(reacted.body().get("tally").get("supports").asLong()).isEqualTo(1);
    Reply cleared = send("DELETE", "/v1/contributions/" + idea + "/reaction", system, null, "Consulta-On-Behalf-Of", ana);
    assertThat(cleared.body().get("tally").get("supports").asLong()).isZero();

    Reply withdrawn = send("POST", "/v1/contributions/" + response + "/withdrawal", system, null, "Consulta-On-Behalf-Of", ana,
        "If-Match", answered.header("ETag"));
    assertThat(withdrawn.status()).isEqualTo(200);
    assertThat(withdrawn.body().get("state").asText()).isEqualTo("WITHDRAWN");

    Reply events = send("GET", "/v1/events?limit=1000", auditor, null);
    assertThat(events.body().get("items").findValuesAsText("type")).contains("demographic.schema_defined", "participant.updated",
        "consent.changed", "contact.details_updated", "contact.details_erased", "reaction.cleared", "contribution.withdrawn");
  }

  @Test
  void theOpenApiDocumentIsServedToAnyoneWithoutATenant() throws Exception {
    Reply document = send("GET", "/v1/openapi.json", null, null);
    assertThat(document.status()).isEqualTo(200);
    assertThat(document.header("Content-Type")).startsWith("application/json");
    assertThat(document.body()).isEqualTo(JSON.readTree(OpenApiRoutes.document()));
    assertThat(document.body().get("openapi").asText()).isEqualTo("3.1.0");
  }

  static void assertProblem(Reply reply, int status, String kind) {
    assertThat(reply.status()).as("%s", reply.raw().uri()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.body().get("type").asText()).isEqualTo("https://consulta.dev/problems/" + kind);
    assertThat(reply.body().get("status").asInt()).isEqualTo(status);
  }

  @Test
  void preferReturnMinimalAnswersWithHeadersButNoBody() throws Exception {
    String consultation = createOpenConsultation();
    String ana = register();

    Reply idea = send("POST", "/v1/consultations/" + consultation + "/contributions", system,
        "{\"kind\":\"IDEA\",\"body\":\"Benches\",\"language\":\"en\",\"channel\":\"ONLINE\"}",
        "Consulta-On-Behalf-Of", ana, "Prefer", "handling=lenient, return=minimal");
    assertThat(idea.status()).isEqualTo(201);
    assertThat(idea.raw().body()).isEmpty();
    assertThat(idea.header("Preference-Applied")).isEqualTo("return=minimal");
    assertThat(idea.header("ETag")).isEqualTo("\"v1\"");
    assertThat(idea.header("Location")).startsWith("/v1/contributions/");

    Reply read = send("GET", idea.header("Location"), system, null, "Consulta-On-Behalf-Of", ana, "Prefer", "return=minimal");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("Preference-Applied")).isNull();
    assertThat(read.body().get("body").asText()).isEqualTo("Benches");

    Reply reacted = send("PUT", idea.header("Location") + "/reaction", system, "{\"support\":\"SUPPORT\"}",
        "Consulta-On-Behalf-Of", register(), "Prefer", "return=representation");
    assertThat(reacted.status()).isEqualTo(200);
    assertThat(reacted.header("Preference-Applied")).isNull();
    assertThat(reacted.body().get("tally").get("supports").asLong()).isEqualTo(1);
  }

  @Test
  void anIdempotencyKeyIsBoundWithTheBodyAndRepeatsTheFirstResult() throws Exception {
    String consultation = createOpenConsultation();
    String ana = register();
    String body = "{\"kind\":\"IDEA\",\"body\":\"Fountains\",\"language\":\"en\",\"channel\":\"ONLINE\"}";

    Reply first = send("POST", "/v1/consultations/" + consultation + "/contributions", system, body,
        "Consulta-On-Behalf-Of", ana, "Idempotency-Key", "fountains-1");
    Reply again = send("POST", "/v1/consultations/" + consultation + "/contributions", system, body,
        "Consulta-On-Behalf-Of", ana, "Idempotency-Key", "fountains-1");
    assertThat(first.status()).isEqualTo(201);
    assertThat(again.body().get("id").asText()).isEqualTo(first.body().get("id").asText());
  }
}
