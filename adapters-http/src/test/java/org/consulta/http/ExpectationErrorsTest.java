package org.consulta.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consulta.http.OutcomeApi.assertProblem;

import java.time.Duration;
import java.util.UUID;
import org.consulta.http.OutcomeApi.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The expectation routes' errors: who may write (403, 401), another tenant's ids (404), bodies that
 * name every bad field (422), commitments after opening (409), wrong media types (415), malformed
 * requests (400) and idempotent replays. Every exchange is checked against the OpenAPI document.
 */
class ExpectationErrorsTest {
  static ExpectationApi api;
  static String draft;
  static String open;
  static String commitment;
  static String session;
  static String ana;

  @BeforeAll
  static void start() throws Exception {
    api = new ExpectationApi();
    draft = api.draft();
    commitment = api.declare(draft, ExpectationApi.WITHIN_A_DAY).text("id");
    open = api.draft();
    api.declare(open, ExpectationApi.WITHIN_A_DAY);
    api.move(open, "OPEN");
    session = api.send("POST", "/v1/consultations/" + open + "/sessions", api.manager,
        "{\"channel\":\"PAPER\",\"startsAt\":\"" + api.clock.instant().plus(Duration.ofDays(7)) + "\",\"place\":{\"en\":\"Library\"}}").text("id");
    ana = api.participant();
    api.as(ana, "POST", "/v1/consultations/" + open + "/my-expectations", "{\"kinds\":[\"ANSWER\"]}");
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  /** Every expectation write of staff: method, path, body. */
  static String[][] staffWrites() {
    return new String[][] {
        {"POST", "/v1/consultations/" + draft + "/commitments", ExpectationApi.WITHIN_A_DAY},
        {"POST", "/v1/commitments/" + commitment + "/withdrawal", null},
        {"POST", "/v1/consultations/" + open + "/sessions", "{\"channel\":\"PAPER\",\"startsAt\":\"2031-01-01T10:00:00Z\",\"place\":{\"en\":\"x\"}}"},
        {"POST", "/v1/sessions/" + session + "/cancellation", null},
        {"POST", "/v1/expectations/monitor", null},
    };
  }

  /** Writes of admins and the system only. */
  static String[][] adminWrites() {
    return new String[][] {
        {"PUT", "/v1/calendar", "{\"zone\":\"UTC\",\"weekend\":[\"SUNDAY\"],\"holidays\":[]}"},
        {"PUT", "/v1/track-record/visibility", "{\"visibility\":\"INTERNAL\"}"},
    };
  }

  @Test
  void participantsMayNotManageExpectationsAndAnonymousCallersMustAuthenticate() throws Exception {
    for (String[][] writes : new String[][][] {staffWrites(), adminWrites()}) {
      for (String[] w : writes) {
        assertProblem(api.as(ana, w[0], w[1], w[2]), 403, "access-denied");
        assertProblem(api.send(w[0], w[1], null, w[2], "Consulta-Tenant", "lisbon"), 401, "unauthenticated");
      }
    }
    for (String[] w : adminWrites()) {
      assertProblem(api.send(w[0], w[1], api.manager, w[2]), 403, "access-denied");
    }
    assertProblem(api.send("POST", "/v1/consultations/" + draft + "/commitments", api.responder, ExpectationApi.WITHIN_A_DAY), 403, "access-denied");
    assertProblem(api.send("POST", "/v1/consultations/" + open + "/my-expectations/ratings", null,
        "{\"kind\":\"ANSWER\",\"fulfilment\":\"YES\",\"score\":5}", "Consulta-Tenant", "lisbon"), 401, "unauthenticated");
    assertThat(api.send("GET", "/v1/consultations/" + draft + "/commitments", api.manager, null).body().get("items")).as("unchanged").hasSize(1);
  }

  @Test
  void anotherTenantsExpectationsAreNotFound() throws Exception {
    String[] consultationReads = {"commitments", "evaluations", "expectations", "sessions", "my-expectations", "gap-report", "promise"};
    for (String consultation : new String[] {draft, open}) {
      for (String read : consultationReads) {
        assertProblem(api.send("GET", "/v1/consultations/" + consultation + "/" + read, api.portoStaff, null), 404, "not-found");
      }
    }
    assertProblem(api.send("POST", "/v1/consultations/" + draft + "/commitments", api.portoStaff, ExpectationApi.WITHIN_A_DAY), 404, "not-found");
    assertProblem(api.send("POST", "/v1/commitments/" + commitment + "/withdrawal", api.portoStaff, null), 404, "not-found");
    assertProblem(api.send("POST", "/v1/consultations/" + open + "/sessions", api.portoStaff, staffWrites()[2][2]), 404, "not-found");
    assertProblem(api.send("POST", "/v1/sessions/" + session + "/cancellation", api.portoStaff, null), 404, "not-found");
    assertProblem(api.send("POST", "/v1/consultations/" + open + "/my-expectations", api.portoStaff,
        "{\"kinds\":[\"READ\"],\"onBehalfOf\":\"" + ana + "\",\"channel\":\"PAPER\"}"), 404, "not-found");
    assertProblem(api.send("POST", "/v1/consultations/" + open + "/my-expectations/ratings", api.portoStaff,
        "{\"kind\":\"ANSWER\",\"fulfilment\":\"YES\",\"score\":5,\"onBehalfOf\":\"" + ana + "\"}"), 404, "not-found");
    assertProblem(api.send("POST", "/v1/consultations/" + open + "/my-expectations", api.manager,
        "{\"kinds\":[\"READ\"],\"onBehalfOf\":\"" + UUID.randomUUID() + "\",\"channel\":\"PAPER\"}"), 404, "not-found");
    assertThat(api.send("GET", "/v1/consultations/" + draft + "/commitments", api.manager, null).body().get("items").get(0).get("version").asLong())
        .as("unchanged").isEqualTo(1);
    assertThat(api.anonymous("GET", "/v1/consultations/" + open + "/sessions").body().get("items").get(0).has("cancelledAt")).isFalse();
  }

  @Test
  void unknownAndMalformedIdsAreNotFound() throws Exception {
    for (String id : new String[] {UUID.randomUUID().toString(), "not-a-uuid"}) {
      assertProblem(api.send("POST", "/v1/commitments/" + id + "/withdrawal", api.manager, null), 404, "not-found");
      assertProblem(api.send("POST", "/v1/sessions/" + id + "/cancellation", api.manager, null), 404, "not-found");
      assertProblem(api.send("GET", "/v1/consultations/" + id + "/evaluations", api.manager, null), 404, "not-found");
      assertProblem(api.send("POST", "/v1/consultations/" + id + "/commitments", api.manager, ExpectationApi.WITHIN_A_DAY), 404, "not-found");
    }
    assertProblem(api.anonymous("GET", "/v1/consultations/" + draft + "/commitments"), 404, "not-found");
    assertProblem(api.send("GET", "/v1/commitments/" + commitment, api.portoStaff, null), 404, "not-found");
    assertProblem(api.anonymous("GET", "/v1/commitments/" + commitment), 404, "not-found");
    for (String id : new String[] {UUID.randomUUID().toString(), "not-a-uuid"}) {
      assertProblem(api.send("GET", "/v1/commitments/" + id, api.manager, null), 404, "not-found");
      assertProblem(api.send("GET", "/v1/sessions/" + id, api.manager, null), 404, "not-found");
    }
  }

  @Test
  void anInvalidCommitmentNamesEveryBadField() throws Exception {
    String path = "/v1/consultations/" + draft + "/commitments";
    Reply engine = api.send("POST", path, api.manager, """
        {"terms":{"type":"respond_within","scope":{"type":"of_kinds","kinds":["PROPOSAL","IDEA"]},"allowance":{"amount":5,"unit":"WORKING_DAYS"}},
         "riskShare":1.5}""");
    assertProblem(engine, 422, "invalid-input");
    assertThat(engine.violations()).containsExactlyInAnyOrder("riskShare", "terms.scope.kinds");

    Reply binding = api.send("POST", path, api.manager, """
        {"terms":{"type":"respond_within","scope":{"type":"of_kinds","kinds":["NOPE"]},"allowance":{"amount":5,"unit":"HOURS"}},
         "riskShare":"high","colour":"red"}""");
    assertProblem(binding, 422, "invalid-input");
    assertThat(binding.violations()).hasSize(3).contains("colour", "riskShare").anySatisfy(f -> assertThat(f).startsWith("terms.scope.kinds"));

    Reply past = api.send("POST", path, api.manager, "{\"terms\":{\"type\":\"decide_by\",\"date\":\"" + api.today().minusDays(1) + "\"}}");
    assertProblem(past, 422, "invalid-input");
    assertThat(past.violations()).containsExactly("terms.date");
    Reply custom = api.send("POST", path, api.manager, "{\"terms\":{\"type\":\"custom\",\"name\":\"quota\",\"statement\":{\"en\":\"We count\"}}}");
    assertProblem(custom, 422, "invalid-input");
    assertThat(custom.violations()).containsExactly("terms.name");
    assertThat(api.send("POST", path, api.manager, "{\"riskShare\":0.5}").violations()).containsExactly("terms");
    assertThat(api.send("POST", path, api.manager, "{\"terms\":{\"type\":\"promise_everything\"}}").violations()).containsExactly("terms");
    Reply allowance = api.send("POST", path, api.manager, "{\"terms\":{\"type\":\"moderate_within\",\"allowance\":{\"amount\":0,\"unit\":\"HOURS\"}}}");
    assertThat(allowance.violations()).singleElement().asString().startsWith("terms.allowance");
  }

  @Test
  void otherInvalidBodiesNameTheirFields() throws Exception {
    Reply sessionBody = api.send("POST", "/v1/consultations/" + open + "/sessions", api.manager,
        "{\"channel\":\"ONLINE\",\"startsAt\":\"" + api.clock.instant().minus(Duration.ofDays(1)) + "\",\"place\":{\"en\":\"\"}}");
    assertProblem(sessionBody, 422, "invalid-input");
    assertThat(sessionBody.violations()).contains("channel", "startsAt").anySatisfy(f -> assertThat(f).startsWith("place"));
    Reply calendar = api.send("PUT", "/v1/calendar", api.admin, "{\"zone\":\"Europe/Atlantis\",\"weekend\":[\"FUNDAY\"],\"holidays\":[\"soon\"]}");
    assertProblem(calendar, 422, "invalid-input");
    assertThat(calendar.violations()).hasSize(3).anySatisfy(f -> assertThat(f).startsWith("zone"))
        .anySatisfy(f -> assertThat(f).startsWith("weekend")).anySatisfy(f -> assertThat(f).startsWith("holidays"));
    Reply noHolidays = api.send("PUT", "/v1/calendar", api.admin, "{\"zone\":\"Europe/Lisbon\",\"weekend\":[\"SUNDAY\"]}");
    assertProblem(noHolidays, 422, "invalid-input");
    assertThat(noHolidays.violations()).as("a NavigableSet is not read as empty when missing").containsExactly("holidays");
    Reply allWeek = api.send("PUT", "/v1/calendar", api.admin, "{\"zone\":\"UTC\",\"weekend\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\","
        + "\"THURSDAY\",\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"],\"holidays\":[]}");
    assertProblem(allWeek, 422, "invalid-input");
    Reply visibility = api.send("PUT", "/v1/track-record/visibility", api.admin, "{}");
    assertProblem(visibility, 422, "invalid-input");
    assertThat(visibility.violations()).containsExactly("visibility");
    Reply expectations = api.as(ana, "POST", "/v1/consultations/" + open + "/my-expectations", "{\"kinds\":[]}");
    assertThat(expectations.violations()).containsExactly("kinds");
    Reply rating = api.as(ana, "POST", "/v1/consultations/" + open + "/my-expectations/ratings", "{\"kind\":\"ANSWER\",\"fulfilment\":\"MAYBE\",\"score\":9}");
    assertProblem(rating, 422, "invalid-input");
    assertThat(rating.violations()).contains("fulfilment");
    assertThat(api.as(ana, "POST", "/v1/consultations/" + open + "/my-expectations/ratings", "{\"kind\":\"ANSWER\",\"fulfilment\":\"YES\",\"score\":9}")
        .violations()).containsExactly("score");
  }

  @Test
  void commitmentsAreDeclaredAndWithdrawnOnlyBeforeOpening() throws Exception {
    assertProblem(api.send("POST", "/v1/consultations/" + open + "/commitments", api.manager, ExpectationApi.WITHIN_A_DAY), 409, "illegal-transition");
    String kept = api.send("GET", "/v1/consultations/" + open + "/commitments", api.manager, null).body().get("items").get(0).get("id").asText();
    assertProblem(api.send("POST", "/v1/commitments/" + kept + "/withdrawal", api.manager, null), 409, "illegal-transition");
    String closing = api.draft();
    api.move(closing, "OPEN");
    api.move(closing, "CLOSED");
    assertProblem(api.as(ana, "POST", "/v1/consultations/" + closing + "/my-expectations", "{\"kinds\":[\"READ\"]}"), 409, "illegal-transition");
  }

  @Test
  void bodiesMustBeJson() throws Exception {
    String[][] writes = {
        {"POST", "/v1/consultations/" + draft + "/commitments"},
        {"POST", "/v1/consultations/" + open + "/sessions"},
        {"PUT", "/v1/calendar"},
        {"PUT", "/v1/track-record/visibility"},
    };
    for (String[] w : writes) {
      assertProblem(api.send(w[0], w[1], api.admin, "terms=respond", "Content-Type", "text/plain"), 415, "unsupported-media-type");
    }
    assertProblem(api.as(ana, "POST", "/v1/consultations/" + open + "/my-expectations", null), 415, "unsupported-media-type");
    assertProblem(api.send("POST", "/v1/consultations/" + draft + "/commitments", api.manager, "{\"terms\":"), 400, "malformed");
  }

  @Test
  void aRepeatedIdempotencyKeyReplaysTheDeclarationAndAnotherBodyWithItIsRefused() throws Exception {
    String consultation = api.draft();
    String body = "{\"terms\":{\"type\":\"reach\",\"metric\":\"PARTICIPANTS\",\"target\":500,\"by\":\"" + api.today().plusDays(90) + "\"}}";
    Reply first = api.send("POST", "/v1/consultations/" + consultation + "/commitments", api.manager, body, "Idempotency-Key", "declare-reach-1");
    assertThat(first.status()).as("%s", first.body()).isEqualTo(201);
    Reply replayed = api.send("POST", "/v1/consultations/" + consultation + "/commitments", api.manager, body, "Idempotency-Key", "declare-reach-1");
    assertThat(replayed.status()).isEqualTo(201);
    assertThat(replayed.text("id")).isEqualTo(first.text("id"));
    assertThat(replayed.header("Location")).isEqualTo(first.header("Location"));
    assertThat(api.send("GET", "/v1/consultations/" + consultation + "/commitments", api.manager, null).body().get("items")).hasSize(1);
    assertProblem(api.send("POST", "/v1/consultations/" + consultation + "/commitments", api.manager, ExpectationApi.WITHIN_A_DAY,
        "Idempotency-Key", "declare-reach-1"), 422, "idempotency-key-reused");
  }

  @Test
  void malformedHeadersAndUnknownMethodsAreRefusedBeforeTheEngine() throws Exception {
    assertProblem(api.send("POST", "/v1/commitments/" + commitment + "/withdrawal", api.manager, null, "If-Match", "v1"), 400, "malformed");
    assertProblem(api.send("POST", "/v1/expectations/monitor", api.manager, null, "Idempotency-Key", "with space"), 400, "malformed");
    assertProblem(api.send("POST", "/v1/sessions/" + session + "/cancellation", api.manager, null, "Idempotency-Key", "with space"), 400, "malformed");
    Reply wrongMethod = api.send("DELETE", "/v1/calendar", api.admin, null);
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.header("Allow")).isEqualTo("PUT, GET");
    assertProblem(api.anonymous("GET", "/v1/consultations/" + open + "/promise", "Accept", "application/xml"), 406, "not-acceptable");
  }
}
