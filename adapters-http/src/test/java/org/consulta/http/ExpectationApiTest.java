package org.consulta.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consulta.http.OutcomeApi.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.consulta.http.OutcomeApi.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Expectations through a real socket against the in-memory engine on a clock the test moves:
 * commitments declared, withdrawn and evaluated, the dashboard, monitoring, offline sessions, the
 * working calendar, participants' expectations and ratings, the gap report, the promise and the
 * track record. Every exchange is checked against the OpenAPI document.
 */
class ExpectationApiTest {
  static ExpectationApi api;

  @BeforeAll
  static void start() {
    api = new ExpectationApi();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  static List<String> ids(JsonNode items) {
    return items.findValuesAsText("id");
  }

  static List<String> eventTypes(ExpectationApi on) throws Exception {
    return on.send("GET", "/v1/events?limit=1000", on.admin, null).body().get("items").findValuesAsText("type");
  }

  @Test
  void aCommitmentIsDeclaredOnADraftListedAndWithdrawnWithIfMatch() throws Exception {
    String draft = api.draft();
    Reply respond = api.declare(draft, ExpectationApi.WITHIN_A_DAY);
    String first = respond.text("id");
    assertThat(respond.header("Location")).isEqualTo("/v1/commitments/" + first);
    assertThat(respond.header("ETag")).isEqualTo("\"v1\"");
    assertThat(respond.text("consultation")).isEqualTo(draft);
    assertThat(respond.text("status")).isEqualTo("PENDING");
    assertThat(respond.body().get("riskShare").asDouble()).isEqualTo(0.75);
    assertThat(respond.body().get("terms").get("scope").get("type").asText()).isEqualTo("all_contributions");
    Reply decide = api.declare(draft, "{\"terms\":{\"type\":\"decide_by\",\"date\":\"" + api.today().plusDays(60) + "\"},\"riskShare\":0.5}");
    String second = decide.text("id");
    assertThat(decide.body().get("riskShare").asDouble()).isEqualTo(0.5);

    Reply listed = api.send("GET", "/v1/consultations/" + draft + "/commitments", api.manager, null);
    assertThat(listed.status()).isEqualTo(200);
    assertThat(ids(listed.body().get("items"))).containsExactly(first, second);

    Reply withdrawn = api.send("POST", "/v1/commitments/" + second + "/withdrawal", api.manager, null, "If-Match", decide.header("ETag"));
    assertThat(withdrawn.status()).as("%s", withdrawn.body()).isEqualTo(200);
    assertThat(withdrawn.header("ETag")).isEqualTo("\"v2\"");
    assertThat(withdrawn.body().has("withdrawnAt")).isTrue();
    assertProblem(api.send("POST", "/v1/commitments/" + second + "/withdrawal", api.manager, null, "If-Match", "\"v1\""), 412, "version-conflict");
    assertProblem(api.send("POST", "/v1/commitments/" + second + "/withdrawal", api.manager, null, "If-Match", "\"v2\""), 409, "illegal-transition");
    assertThat(ids(api.send("GET", "/v1/consultations/" + draft + "/commitments", api.manager, null).body().get("items")))
        .as("live ones only").containsExactly(first);
    assertThat(eventTypes(api)).contains("commitment.declared", "commitment.withdrawn");
  }

  @Test
  void aResponseDeadlineIsEvaluatedAsTheClockMovesAndTheDashboardShowsIt() throws Exception {
    String consultation = api.draft();
    String commitment = api.declare(consultation, ExpectationApi.WITHIN_A_DAY).text("id");
    api.move(consultation, "OPEN");
    String ana = api.participant();
    Instant submitted = api.clock.instant();
    String idea = api.submit(consultation, ana, "Shade trees");

    Reply onTrack = api.anonymous("GET", "/v1/consultations/" + consultation + "/evaluations");
    assertThat(onTrack.status()).as("%s", onTrack.body()).isEqualTo(200);
    JsonNode evaluation = onTrack.body().get("items").get(0);
    assertThat(evaluation.get("commitment").asText()).isEqualTo(commitment);
    assertThat(evaluation.get("status").asText()).isEqualTo("ON_TRACK");
    JsonNode tally = evaluation.get("evidence");
    assertThat(tally.get("type").asText()).isEqualTo("deadline_tally");
    assertThat(tally.get("total").asLong()).isEqualTo(1);
    assertThat(tally.get("open").asLong()).isEqualTo(1);
    assertThat(Instant.parse(tally.get("nextDue").asText())).isEqualTo(submitted.plus(Duration.ofHours(24)));

    api.clock.advance(Duration.ofHours(19));
    JsonNode atRisk = api.anonymous("GET", "/v1/consultations/" + consultation + "/evaluations").body().get("items").get(0);
    assertThat(atRisk.get("status").asText()).isEqualTo("AT_RISK");
    assertThat(atRisk.get("evidence").get("atRisk").asLong()).isEqualTo(1);
    assertThat(api.send("GET", "/v1/consultations/" + consultation + "/commitments", api.manager, null).body().get("items").get(0)
        .get("status").asText()).as("the evaluation stored it").isEqualTo("AT_RISK");

    api.respond(idea);
    Reply dashboard = api.anonymous("GET", "/v1/consultations/" + consultation + "/expectations");
    assertThat(dashboard.status()).as("%s", dashboard.body()).isEqualTo(200);
    assertThat(dashboard.text("consultation")).isEqualTo(consultation);
    JsonNode answered = dashboard.body().get("evaluations").get(0);
    assertThat(answered.get("status").asText()).isEqualTo("ON_TRACK");
    assertThat(answered.get("evidence").get("onTime").asLong()).isEqualTo(1);
    assertThat(answered.get("value").asDouble()).isEqualTo(1.0);
    assertThat(dashboard.body().get("participation").get("participants").asLong()).isEqualTo(1);
    assertThat(dashboard.body().get("gap").get("lines").findValuesAsText("kind")).containsExactly("READ", "ANSWER", "INFLUENCE", "OUTCOME");

    api.move(consultation, "CLOSED");
    assertThat(api.anonymous("GET", "/v1/consultations/" + consultation + "/evaluations").body().get("items").get(0).get("status").asText())
        .isEqualTo("MET");
    JsonNode events = api.send("GET", "/v1/events?limit=1000", api.admin, null).body().get("items");
    List<String> changes = StreamSupport.stream(events.spliterator(), false)
        .filter(e -> e.get("event").get("type").asText().equals("commitment.status_changed"))
        .filter(e -> e.get("event").get("commitment").asText().equals(commitment))
        .map(e -> e.get("actor").asText() + ":" + e.get("event").get("to").asText()).toList();
    assertThat(changes).containsExactly("clock:ON_TRACK", "clock:AT_RISK", "clock:ON_TRACK", "clock:MET");
  }

  @Test
  void aSchedulerMonitorsEveryConsultationWithLiveCommitments() throws Exception {
    String consultation = api.draft();
    String commitment = api.declare(consultation, ExpectationApi.WITHIN_A_DAY).text("id");
    api.move(consultation, "OPEN");
    api.submit(consultation, api.participant(), "Benches");
    api.clock.advance(Duration.ofHours(19));

    Reply monitored = api.send("POST", "/v1/expectations/monitor", api.system, null, "Idempotency-Key", "every-5-minutes-1");
    assertThat(monitored.status()).as("%s", monitored.body()).isEqualTo(200);
    JsonNode mine = StreamSupport.stream(monitored.body().get("items").spliterator(), false)
        .filter(e -> e.get("commitment").asText().equals(commitment)).findFirst().orElseThrow();
    assertThat(mine.get("status").asText()).as("straight from pending: nobody looked before").isEqualTo("AT_RISK");
    Reply again = api.send("POST", "/v1/expectations/monitor", api.manager, null);
    assertThat(again.body().get("items").findValuesAsText("commitment")).as("only changes").doesNotContain(commitment);
    assertProblem(api.as(api.participant(), "POST", "/v1/expectations/monitor", null), 403, "access-denied");
    assertProblem(api.send("POST", "/v1/expectations/monitor", api.responder, null), 403, "access-denied");
  }

  @Test
  void offlineSessionsAreScheduledListedCancelledAndCountTowardsTheirCommitment() throws Exception {
    String consultation = api.draft();
    api.declare(consultation, "{\"terms\":{\"type\":\"hold_offline_sessions\",\"count\":1,\"channels\":[\"IN_PERSON\"]}}");
    api.move(consultation, "OPEN");
    Instant tomorrow = api.clock.instant().plus(Duration.ofDays(1));
    Reply hall = api.send("POST", "/v1/consultations/" + consultation + "/sessions", api.manager,
        "{\"channel\":\"IN_PERSON\",\"startsAt\":\"" + tomorrow + "\",\"place\":{\"en\":\"Town hall\",\"fr\":\"Mairie\"}}");
    assertThat(hall.status()).as("%s", hall.body()).isEqualTo(201);
    String hallId = hall.text("id");
    assertThat(hall.header("Location")).isEqualTo("/v1/sessions/" + hallId);
    assertThat(hall.header("ETag")).isEqualTo("\"v1\"");
    Reply phone = api.send("POST", "/v1/consultations/" + consultation + "/sessions", api.manager,
        "{\"channel\":\"PHONE\",\"startsAt\":\"" + tomorrow.plus(Duration.ofHours(2)) + "\",\"place\":{\"en\":\"0800 123 456\"}}");
    String phoneId = phone.text("id");

    Reply cancelled = api.send("POST", "/v1/sessions/" + phoneId + "/cancellation", api.manager, null);
    assertThat(cancelled.status()).as("%s", cancelled.body()).isEqualTo(200);
    assertThat(cancelled.header("ETag")).isEqualTo("\"v2\"");
    assertThat(cancelled.body().has("cancelledAt")).isTrue();
    Reply again = api.send("POST", "/v1/sessions/" + phoneId + "/cancellation", api.manager, null, "Idempotency-Key", "cancel-phone");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.header("ETag")).as("unchanged").isEqualTo("\"v2\"");
    Reply listed = api.anonymous("GET", "/v1/consultations/" + consultation + "/sessions");
    assertThat(listed.status()).isEqualTo(200);
    assertThat(ids(listed.body().get("items"))).containsExactly(hallId, phoneId);

    JsonNode planned = api.anonymous("GET", "/v1/consultations/" + consultation + "/evaluations").body().get("items").get(0);
    assertThat(planned.get("evidence").get("type").asText()).isEqualTo("sessions");
    assertThat(planned.get("evidence").get("planned").asLong()).isEqualTo(1);
    api.clock.advance(Duration.ofDays(1).plusMinutes(1));
    JsonNode held = api.anonymous("GET", "/v1/consultations/" + consultation + "/evaluations").body().get("items").get(0);
    assertThat(held.get("evidence").get("held").asLong()).isEqualTo(1);
    assertThat(held.get("status").asText()).isEqualTo("MET");
    assertProblem(api.send("POST", "/v1/sessions/" + hallId + "/cancellation", api.manager, null), 409, "illegal-transition");
    assertThat(eventTypes(api)).contains("session.scheduled", "session.cancelled");
  }

  @Test
  void theWorkingCalendarIsTheAdminsToDefineAndAnyonesToRead() throws Exception {
    try (ExpectationApi own = new ExpectationApi()) {
      Reply standard = own.anonymous("GET", "/v1/calendar");
      assertThat(standard.status()).as("%s", standard.body()).isEqualTo(200);
      assertThat(standard.text("zone")).isEqualTo("Z");
      assertThat(standard.body().get("weekend")).extracting(JsonNode::asText).containsExactly("SATURDAY", "SUNDAY");
      String lisbon = "{\"zone\":\"Europe/Lisbon\",\"weekend\":[\"SUNDAY\",\"SATURDAY\"],\"holidays\":[\"2030-12-25\",\"2030-04-25\"]}";

      assertProblem(own.send("PUT", "/v1/calendar", own.manager, lisbon), 403, "access-denied");
      assertProblem(own.send("PUT", "/v1/calendar", null, lisbon, "Consulta-Tenant", "lisbon"), 401, "unauthenticated");
      Reply defined = own.send("PUT", "/v1/calendar", own.admin, lisbon);
      assertThat(defined.status()).as("%s", defined.body()).isEqualTo(200);
      assertThat(defined.text("zone")).isEqualTo("Europe/Lisbon");
      assertThat(defined.body().get("holidays")).extracting(JsonNode::asText).containsExactly("2030-04-25", "2030-12-25");
      Reply read = own.as(own.participant(), "GET", "/v1/calendar", null);
      assertThat(read.body()).isEqualTo(defined.body());
      assertThat(eventTypes(own)).contains("calendar.defined");
    }
  }

  @Test
  void participantsStateAndRateTheirExpectationsAndStaffRecordOfflineOnes() throws Exception {
    String consultation = api.draft();
    api.move(consultation, "OPEN");
    String ana = api.participant();
    String bea = api.participant();
    String mine = "/v1/consultations/" + consultation + "/my-expectations";

    Reply stated = api.as(ana, "POST", mine, "{\"kinds\":[\"ANSWER\",\"READ\"]}");
    assertThat(stated.status()).as("%s", stated.body()).isEqualTo(200);
    assertThat(stated.body().get("items").findValuesAsText("kind")).containsExactlyInAnyOrder("READ", "ANSWER");
    assertThat(stated.body().get("items").findValuesAsText("channel")).containsOnly("ONLINE");
    assertThat(api.as(ana, "POST", mine, "{\"kinds\":[\"ANSWER\"]}").body().get("items")).as("kinds add up").hasSize(2);
    Reply paper = api.send("POST", mine, api.manager, "{\"kinds\":[\"OUTCOME\"],\"onBehalfOf\":\"" + bea + "\",\"channel\":\"PAPER\"}");
    assertThat(paper.status()).as("%s", paper.body()).isEqualTo(200);
    assertThat(paper.body().get("items").get(0).get("participant").asText()).isEqualTo(bea);
    assertThat(paper.body().get("items").get(0).get("channel").asText()).isEqualTo("PAPER");
    assertProblem(api.send("POST", mine, api.manager, "{\"kinds\":[\"READ\"]}"), 403, "access-denied");
    assertProblem(api.as(ana, "POST", mine, "{\"kinds\":[\"READ\"],\"channel\":\"PAPER\"}"), 422, "invalid-input");

    Reply rated = api.as(ana, "POST", mine + "/ratings", "{\"kind\":\"ANSWER\",\"fulfilment\":\"PARTLY\",\"score\":3}");
    assertThat(rated.status()).as("%s", rated.body()).isEqualTo(200);
    assertThat(rated.text("fulfilment")).isEqualTo("PARTLY");
    assertThat(rated.body().get("score").asInt()).isEqualTo(3);
    Reply notStated = api.as(ana, "POST", mine + "/ratings", "{\"kind\":\"INFLUENCE\",\"fulfilment\":\"NO\",\"score\":1}");
    assertProblem(notStated, 422, "invalid-input");
    assertThat(notStated.violations()).containsExactly("kind");
    Reply offline = api.send("POST", mine + "/ratings", api.responder, "{\"kind\":\"OUTCOME\",\"fulfilment\":\"NO\",\"score\":1,\"onBehalfOf\":\"" + bea + "\"}");
    assertThat(offline.status()).as("%s", offline.body()).isEqualTo(200);
    assertThat(offline.text("participant")).isEqualTo(bea);

    Reply read = api.as(ana, "GET", mine, null);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().get("items").findValuesAsText("participant")).containsOnly(ana);
    assertThat(read.body().get("items").findValuesAsText("fulfilment")).containsExactly("PARTLY");
    assertThat(api.send("GET", mine, api.manager, null).body().get("items")).as("staff state nothing themselves").isEmpty();
    assertThat(eventTypes(api)).contains("expectations.stated", "expectation.rated");
  }

  @Test
  void theGapReportSetsWhatWasExpectedAgainstWhatWasDeliveredAndRated() throws Exception {
    String consultation = api.draft();
    api.move(consultation, "OPEN");
    String ana = api.participant();
    String bea = api.participant();
    String mine = "/v1/consultations/" + consultation + "/my-expectations";
    api.as(ana, "POST", mine, "{\"kinds\":[\"ANSWER\"]}");
    api.send("POST", mine, api.manager, "{\"kinds\":[\"ANSWER\"],\"onBehalfOf\":\"" + bea + "\",\"channel\":\"PHONE\"}");
    api.respond(api.submit(consultation, ana, "A fountain"));
    api.as(ana, "POST", mine + "/ratings", "{\"kind\":\"ANSWER\",\"fulfilment\":\"YES\",\"score\":4}");

    Reply gap = api.anonymous("GET", "/v1/consultations/" + consultation + "/gap-report");
    assertThat(gap.status()).as("%s", gap.body()).isEqualTo(200);
    assertThat(gap.body().get("participants").asLong()).isEqualTo(2);
    JsonNode answer = gap.body().get("lines").get(1);
    assertThat(answer.get("kind").asText()).isEqualTo("ANSWER");
    assertThat(answer.get("all").get("expected").asLong()).isEqualTo(2);
    assertThat(answer.get("all").get("delivered").asLong()).isEqualTo(1);
    assertThat(answer.get("all").get("yes").asLong()).isEqualTo(1);
    assertThat(answer.get("all").get("meanScore").asDouble()).isEqualTo(4.0);
    assertThat(answer.get("byChannel").size()).as("channels of fewer than 5 people are left out for the public").isZero();
    JsonNode staff = api.send("GET", "/v1/consultations/" + consultation + "/gap-report", api.manager, null).body().get("lines").get(1);
    assertThat(staff.get("byChannel").get("ONLINE").get("delivered").asLong()).isEqualTo(1);
    assertThat(staff.get("byChannel").get("PHONE").get("delivered").asLong()).isZero();
  }

  @Test
  void thePromiseIsStatedInTheLanguageAskedAndAsPlainTextWhenAccepted() throws Exception {
    String consultation = api.draft();
    api.declare(consultation, "{\"terms\":{\"type\":\"respond_within\",\"scope\":{\"type\":\"all_contributions\"},"
        + "\"allowance\":{\"amount\":10,\"unit\":\"WORKING_DAYS\"}}}");
    api.declare(consultation, "{\"terms\":{\"type\":\"decide_by\",\"date\":\"" + api.today().plusMonths(3) + "\"}}");
    api.move(consultation, "OPEN");
    String promise = "/v1/consultations/" + consultation + "/promise";

    Reply french = api.anonymous("GET", promise + "?lang=fr");
    assertThat(french.status()).as("%s", french.body()).isEqualTo(200);
    assertThat(french.header("Content-Type")).startsWith("application/json");
    assertThat(french.header("Content-Language")).isEqualTo("fr");
    assertThat(french.header("Vary")).isEqualTo("Accept");
    assertThat(french.text("language")).isEqualTo("fr");
    assertThat(french.body().get("sentences")).hasSize(2);
    assertThat(french.body().get("sentences").get(0).asText()).contains("10 jours ouvrés");

    Reply text = api.anonymous("GET", promise + "?lang=fr-CH", "Accept", "text/plain");
    assertThat(text.status()).isEqualTo(200);
    assertThat(text.header("Content-Type")).startsWith("text/plain").containsIgnoringCase("charset=utf-8");
    assertThat(text.header("Content-Language")).isEqualTo("fr");
    assertThat(text.raw().body()).isEqualTo(french.body().get("sentences").get(0).asText() + " " + french.body().get("sentences").get(1).asText());
    Reply english = api.anonymous("GET", promise, "Accept", "text/*, application/json;q=0.5");
    assertThat(english.header("Content-Type")).startsWith("text/plain");
    assertThat(english.header("Content-Language")).as("the default").isEqualTo("en");
    assertThat(english.raw().body()).contains("10 working days");

    assertProblem(api.anonymous("GET", promise, "Accept", "text/html"), 406, "not-acceptable");
    assertProblem(api.anonymous("GET", promise + "?lang=klingon!"), 422, "invalid-input");
  }

  @Test
  void theTrackRecordIsPublicUntilTheTenantMakesItInternal() throws Exception {
    try (ExpectationApi own = new ExpectationApi()) {
      String past = own.draft();
      own.declare(past, ExpectationApi.WITHIN_A_DAY);
      own.move(past, "OPEN");
      own.clock.advance(Duration.ofHours(1));
      String idea = own.submit(past, own.participant(), "Lights");
      own.clock.advance(Duration.ofHours(2));
      own.respond(idea);
      own.move(past, "CLOSED");
      own.draft();

      Reply record = own.anonymous("GET", "/v1/track-record");
      assertThat(record.status()).as("%s", record.body()).isEqualTo(200);
      assertThat(record.body().get("consultations").findValuesAsText("consultation")).as("past ones only").containsExactly(past);
      assertThat(record.body().get("answers").get("answered").asLong()).isEqualTo(1);
      assertThat(record.body().get("answers").get("median").asText()).isEqualTo("PT2H");
      assertThat(record.body().get("shareWithinPromise").asDouble()).isEqualTo(1.0);
      assertThat(record.body().get("commitmentsMet").asLong()).isEqualTo(1);

      assertProblem(own.send("PUT", "/v1/track-record/visibility", own.manager, "{\"visibility\":\"INTERNAL\"}"), 403, "access-denied");
      Reply internal = own.send("PUT", "/v1/track-record/visibility", own.admin, "{\"visibility\":\"INTERNAL\"}");
      assertThat(internal.status()).as("%s", internal.body()).isEqualTo(200);
      assertThat(internal.text("visibility")).isEqualTo("INTERNAL");
      assertProblem(own.anonymous("GET", "/v1/track-record"), 401, "unauthenticated");
      assertProblem(own.as(own.participant(), "GET", "/v1/track-record", null), 403, "access-denied");
      assertThat(own.send("GET", "/v1/track-record", own.manager, null).status()).isEqualTo(200);
      assertThat(own.send("PUT", "/v1/track-record/visibility", own.system, "{\"visibility\":\"PUBLIC\"}").status()).isEqualTo(200);
      assertThat(own.anonymous("GET", "/v1/track-record").status()).isEqualTo(200);
      assertThat(eventTypes(own)).contains("track.record_visibility_set");
    }
  }
}
