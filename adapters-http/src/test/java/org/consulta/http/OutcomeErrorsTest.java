package org.consulta.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consulta.http.OutcomeApi.assertProblem;

import java.util.UUID;
import org.consulta.http.OutcomeApi.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The outcome routes' errors: who may write (403, 401), another tenant's ids (404), bodies that
 * name every bad field (422), malformed requests (400, 415). Every exchange is checked against the
 * OpenAPI document.
 */
class OutcomeErrorsTest {
  static OutcomeApi api;
  static String consultation;
  static String idea;
  static String theme;
  static String response;
  static String decision;
  static String result;

  @BeforeAll
  static void start() throws Exception {
    api = new OutcomeApi();
    consultation = api.consultation();
    idea = api.submit(consultation, api.participant(false), "Shade trees");
    theme = api.theme(consultation, "Greenery");
    response = api.send("POST", "/v1/responses", api.responder, "{\"theme\":\"" + theme + "\",\"status\":\"ACCEPTED\"}").text("id");
    decision = api.send("POST", "/v1/consultations/" + consultation + "/decisions", api.manager, """
        {"title":{"en":"Trees"},"text":{"en":"Plant them"},"body":"Council","decidedOn":"2026-11-20","influence":{"en":"Asked"},
         "effect":"CHANGED","themes":["%s"]}""".formatted(theme)).text("id");
    result = api.send("POST", "/v1/consultations/" + consultation + "/results", api.manager, "{\"title\":{\"en\":\"Planting\"}}").text("id");
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  /** Every outcome write: method, path, body. */
  static String[][] writes() {
    return new String[][] {
        {"POST", "/v1/consultations/" + consultation + "/themes", "{\"title\":{\"en\":\"x\"}}"},
        {"PATCH", "/v1/themes/" + theme, "{\"title\":{\"en\":\"x\"}}"},
        {"POST", "/v1/themes/" + theme + "/contributions", "{\"contributions\":[\"" + idea + "\"]}"},
        {"POST", "/v1/themes/" + theme + "/contributions/remove", "{\"contributions\":[\"" + idea + "\"]}"},
        {"POST", "/v1/responses", "{\"contribution\":\"" + idea + "\",\"status\":\"ACCEPTED\"}"},
        {"PATCH", "/v1/responses/" + response, "{\"status\":\"ACCEPTED\"}"},
        {"POST", "/v1/consultations/" + consultation + "/decisions", """
            {"title":{"en":"x"},"text":{"en":"x"},"body":"x","decidedOn":"2026-11-20","influence":{"en":"x"},"effect":"CONFIRMED"}"""},
        {"PATCH", "/v1/decisions/" + decision, "{\"body\":\"Mayor\"}"},
        {"POST", "/v1/consultations/" + consultation + "/results", "{\"title\":{\"en\":\"x\"}}"},
        {"PATCH", "/v1/results/" + result, "{\"progress\":10}"},
        {"POST", "/v1/outcome-notices/send", "{\"maxRecipients\":10}"},
    };
  }

  @Test
  void participantsMayNotWriteOutcomesAndAnonymousCallersMustAuthenticate() throws Exception {
    String ana = api.participant(false);
    for (String[] w : writes()) {
      assertProblem(api.as(ana, w[0], w[1], w[2]), 403, "access-denied");
      assertProblem(api.send(w[0], w[1], null, w[2], "Consulta-Tenant", "lisbon"), 401, "unauthenticated");
    }
    assertProblem(api.as(ana, "GET", "/v1/consultations/" + consultation + "/theme-suggestions", null), 403, "access-denied");
    assertProblem(api.send("GET", "/v1/me/trail", api.manager, null), 403, "access-denied");
  }

  @Test
  void responsesAreForRespondersAndDecisionsAndResultsForManagers() throws Exception {
    assertProblem(api.send("POST", "/v1/consultations/" + consultation + "/themes", api.moderator, "{\"title\":{\"en\":\"x\"}}"), 403,
        "access-denied");
    assertProblem(api.send("POST", "/v1/consultations/" + consultation + "/decisions", api.responder, writes()[6][2]), 403, "access-denied");
    assertProblem(api.send("PATCH", "/v1/results/" + result, api.responder, "{\"progress\":10}"), 403, "access-denied");
    assertProblem(api.send("POST", "/v1/outcome-notices/send", api.manager, "{\"maxRecipients\":10}"), 403, "access-denied");
    assertThat(api.send("GET", "/v1/consultations/" + consultation + "/theme-suggestions", api.moderator, null).status()).isEqualTo(200);
    assertThat(api.send("POST", "/v1/outcome-notices/send", api.admin, "{\"maxRecipients\":10}").status()).isEqualTo(200);
  }

  @Test
  void anotherTenantsOutcomesAreNotFound() throws Exception {
    String[][] reads = {
        {"GET", "/v1/consultations/" + consultation + "/themes"},
        {"GET", "/v1/themes/" + theme},
        {"GET", "/v1/themes/" + theme + "/contributions"},
        {"GET", "/v1/consultations/" + consultation + "/theme-stats"},
        {"GET", "/v1/consultations/" + consultation + "/theme-suggestions"},
        {"GET", "/v1/responses/" + response},
        {"GET", "/v1/consultations/" + consultation + "/responses"},
        {"GET", "/v1/contributions/" + idea + "/responses"},
        {"GET", "/v1/decisions/" + decision},
        {"GET", "/v1/decisions/" + decision + "/input"},
        {"GET", "/v1/consultations/" + consultation + "/decisions"},
        {"GET", "/v1/contributions/" + idea + "/decisions"},
        {"GET", "/v1/results/" + result},
        {"GET", "/v1/consultations/" + consultation + "/results"},
        {"GET", "/v1/consultations/" + consultation + "/report"},
    };
    for (String[] r : reads) {
      assertProblem(api.send(r[0], r[1], api.portoStaff, null), 404, "not-found");
    }
    for (String[] w : writes()) {
      if (!w[1].startsWith("/v1/outcome-notices")) {
        assertProblem(api.send(w[0], w[1], api.portoStaff, w[2]), 404, "not-found");
      }
    }
    assertProblem(api.send("POST", "/v1/responses", api.portoStaff, "{\"theme\":\"" + theme + "\",\"status\":\"ACCEPTED\"}"), 404, "not-found");
    assertThat(api.send("GET", "/v1/themes/" + theme, api.manager, null).body().get("version").asLong()).as("unchanged").isEqualTo(1);
  }

  @Test
  void unknownAndMalformedIdsAreNotFound() throws Exception {
    for (String path : new String[] {"/v1/themes/", "/v1/responses/", "/v1/decisions/", "/v1/results/"}) {
      assertProblem(api.send("GET", path + UUID.randomUUID(), api.manager, null), 404, "not-found");
      assertProblem(api.send("GET", path + "not-a-uuid", api.manager, null), 404, "not-found");
    }
    assertProblem(api.send("GET", "/v1/consultations/" + UUID.randomUUID() + "/report", api.manager, null), 404, "not-found");
  }

  @Test
  void anInvalidBodyNamesEveryBadField() throws Exception {
    Reply decision = api.send("POST", "/v1/consultations/" + consultation + "/decisions", api.manager,
        "{\"text\":{\"en\":\"x\"},\"decidedOn\":\"20 November\",\"effect\":\"MAYBE\",\"colour\":\"red\"}");
    assertProblem(decision, 422, "invalid-input");
    assertThat(decision.violations()).containsExactlyInAnyOrder("colour", "title", "body", "decidedOn", "influence", "effect");

    Reply result = api.send("POST", "/v1/consultations/" + consultation + "/results", api.manager,
        "{\"title\":{\"en\":\"x\"},\"progress\":150,\"milestones\":[{\"title\":{\"en\":\"m\"},\"due\":\"soon\"}]}");
    assertProblem(result, 422, "invalid-input");
    assertThat(result.violations()).contains("milestones[0].due");

    Reply both = api.send("POST", "/v1/responses", api.responder,
        "{\"contribution\":\"" + idea + "\",\"theme\":\"" + theme + "\",\"status\":\"NOT_ACCEPTED\"}");
    assertProblem(both, 422, "invalid-input");
    assertThat(both.violations()).contains("rationale");

    Reply unknown = api.send("POST", "/v1/themes/" + theme + "/contributions", api.responder,
        "{\"contributions\":[\"" + UUID.randomUUID() + "\",\"" + idea + "\",\"" + UUID.randomUUID() + "\"]}");
    assertProblem(unknown, 422, "invalid-input");
    assertThat(unknown.violations()).containsExactly("contributions[0]", "contributions[2]");
    assertProblem(api.send("POST", "/v1/themes/" + theme + "/contributions", api.responder, "{\"contributions\":[]}"), 422, "invalid-input");

    assertProblem(api.send("POST", "/v1/outcome-notices/send", api.admin, "{}"), 422, "invalid-input");
    assertProblem(api.send("POST", "/v1/outcome-notices/send", api.admin, "{\"maxRecipients\":0}"), 422, "invalid-input");
    assertProblem(api.send("PATCH", "/v1/responses/" + response, api.responder, "{\"rationale\":{\"en\":\"no status\"}}"), 422, "invalid-input");
    assertProblem(api.send("GET", "/v1/themes/" + theme + "/contributions?limit=0", api.manager, null), 422, "invalid-input");
  }

  @Test
  void malformedRequestsAreRefusedBeforeTheEngine() throws Exception {
    assertProblem(api.send("POST", "/v1/responses", api.responder, "{\"status\":"), 400, "malformed");
    assertProblem(api.send("PATCH", "/v1/themes/" + theme, api.responder, "{}", "If-Match", "v1"), 400, "malformed");
    assertProblem(api.send("POST", "/v1/outcome-notices/send", api.admin, "{\"maxRecipients\":1}", "Idempotency-Key", "with space"), 400,
        "malformed");
    assertProblem(api.send("POST", "/v1/responses", api.responder, "status=ACCEPTED", "Content-Type", "text/plain"), 415,
        "unsupported-media-type");
    Reply wrongMethod = api.send("DELETE", "/v1/themes/" + theme + "/contributions", api.responder, null);
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.header("Allow")).isEqualTo("GET, POST");
  }
}
