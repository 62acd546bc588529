package org.consulta.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.consulta.http.OutcomeApi.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Outcome tracking through a real socket against the in-memory engine: themes and their members,
 * responses and revisions, decisions and traceability, results as a tree, the participant's trail
 * and the events. Every exchange is checked against the OpenAPI document.
 */
class OutcomeApiTest {
  static OutcomeApi api;

  @BeforeAll
  static void start() {
    api = new OutcomeApi();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void aThemeGathersContributionsAndItsResponseAnswersMembersAddedLater() throws Exception {
    String consultation = api.consultation();
    String ana = api.participant(false);
    String shade = api.submit(consultation, ana, "Shade trees");
    String benches = api.submit(consultation, api.participant(false), "More benches");
    String late = api.submit(consultation, api.participant(false), "Trees by the river");

    Reply created = api.send("POST", "/v1/consultations/" + consultation + "/themes", api.responder,
        "{\"title\":{\"en\":\"Greenery\"},\"description\":{\"en\":\"Trees and plants\"}}");
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    String theme = created.text("id");
    assertThat(created.header("Location")).isEqualTo("/v1/themes/" + theme);
    assertThat(created.header("ETag")).isEqualTo("\"v1\"");
    assertThat(created.text("origin")).isEqualTo("MANUAL");
    assertThat(created.text("consultation")).isEqualTo(consultation);

    Reply added = api.send("POST", "/v1/themes/" + theme + "/contributions", api.responder,
        "{\"contributions\":[\"" + shade + "\",\"" + benches + "\"]}");
    assertThat(added.status()).as("%s", added.body()).isEqualTo(200);
    assertThat(added.body().get("added").asInt()).isEqualTo(2);
    Reply again = api.send("POST", "/v1/themes/" + theme + "/contributions", api.responder, "{\"contributions\":[\"" + shade + "\"]}");
    assertThat(again.body().get("added").asInt()).as("already a member").isZero();

    Reply removed = api.send("POST", "/v1/themes/" + theme + "/contributions/remove", api.responder, "{\"contributions\":[\"" + benches + "\"]}");
    assertThat(removed.status()).isEqualTo(200);
    assertThat(removed.body().get("removed").asInt()).isEqualTo(1);

    Reply response = api.send("POST", "/v1/responses", api.responder,
        "{\"theme\":\"" + theme + "\",\"status\":\"ALREADY_PLANNED\",\"rationale\":{\"en\":\"Planting starts in spring\"}}");
    assertThat(response.status()).as("%s", response.body()).isEqualTo(201);
    String responseId = response.text("id");
    assertThat(response.header("Location")).isEqualTo("/v1/responses/" + responseId);
    assertThat(response.text("theme")).isEqualTo(theme);

    api.send("POST", "/v1/themes/" + theme + "/contributions", api.responder, "{\"contributions\":[\"" + late + "\"]}");
    Reply answersLate = api.anonymous("GET", "/v1/contributions/" + late + "/responses");
    assertThat(answersLate.status()).isEqualTo(200);
    assertThat(answersLate.body().get("items").findValuesAsText("id")).containsExactly(responseId);
    assertThat(api.anonymous("GET", "/v1/contributions/" + benches + "/responses").body().get("items")).isEmpty();

    Reply members = api.anonymous("GET", "/v1/themes/" + theme + "/contributions?limit=1");
    assertThat(members.status()).isEqualTo(200);
    assertThat(members.body().get("items").findValuesAsText("id")).containsExactly(shade);
    Reply rest = api.anonymous("GET", "/v1/themes/" + theme + "/contributions?limit=10&after=" + members.text("next"));
    assertThat(rest.body().get("items").findValuesAsText("id")).containsExactly(late);
    assertThat(rest.body().has("next")).isFalse();

    Reply read = api.anonymous("GET", "/v1/themes/" + theme);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().get("title").get("en").asText()).isEqualTo("Greenery");
    Reply list = api.anonymous("GET", "/v1/consultations/" + consultation + "/themes");
    assertThat(list.body().get("items").findValuesAsText("id")).containsExactly(theme);

    Reply stats = api.send("GET", "/v1/consultations/" + consultation + "/theme-stats", api.manager, null);
    assertThat(stats.status()).isEqualTo(200);
    JsonNode greenery = stats.body().get("items").get(0);
    assertThat(greenery.get("theme").asText()).isEqualTo(theme);
    assertThat(greenery.get("total").asLong()).isEqualTo(2);
    assertThat(greenery.get("byChannel").get("ONLINE").asLong()).isEqualTo(2);
  }

  @Test
  void aThemeIsRenamedWithIfMatchAndAStaleETagIsAPreconditionFailure() throws Exception {
    String consultation = api.consultation();
    Reply created = api.send("POST", "/v1/consultations/" + consultation + "/themes", api.responder, "{\"title\":{\"en\":\"Play\"}}");
    String theme = created.text("id");

    Reply renamed = api.send("PATCH", "/v1/themes/" + theme, api.responder, "{\"title\":{\"en\":\"Play areas\"}}", "If-Match", created.header("ETag"));
    assertThat(renamed.status()).as("%s", renamed.body()).isEqualTo(200);
    assertThat(renamed.header("ETag")).isEqualTo("\"v2\"");
    assertThat(renamed.body().get("title").get("en").asText()).isEqualTo("Play areas");
    OutcomeApi.assertProblem(api.send("PATCH", "/v1/themes/" + theme, api.responder, "{\"title\":{\"en\":\"x\"}}", "If-Match", "\"v1\""),
        412, "version-conflict");
    OutcomeApi.assertProblem(api.send("PATCH", "/v1/themes/" + theme, api.responder, "{\"title\":{\"en\":\"x\"},\"expectedVersion\":1}"),
        409, "version-conflict");
    Reply minimal = api.send("PATCH", "/v1/themes/" + theme, api.responder, "{\"description\":{\"en\":\"Swings\"}}", "Prefer", "return=minimal");
    assertThat(minimal.status()).isEqualTo(200);
    assertThat(minimal.raw().body()).isEmpty();
    assertThat(minimal.header("ETag")).isEqualTo("\"v3\"");
  }

  @Test
  void aResponseIsRevisedKeepingItsHistoryAndListedPerConsultation() throws Exception {
    String consultation = api.consultation();
    String idea = api.submit(consultation, api.participant(false), "A fountain");

    Reply given = api.send("POST", "/v1/responses", api.responder,
        "{\"contribution\":\"" + idea + "\",\"status\":\"UNDER_CONSIDERATION\",\"rationale\":{\"en\":\"Costs are being checked\"}}",
        "Idempotency-Key", "respond-1");
    assertThat(given.status()).as("%s", given.body()).isEqualTo(201);
    String id = given.text("id");
    Reply replayed = api.send("POST", "/v1/responses", api.responder,
        "{\"contribution\":\"" + idea + "\",\"status\":\"UNDER_CONSIDERATION\",\"rationale\":{\"en\":\"Costs are being checked\"}}",
        "Idempotency-Key", "respond-1");
    assertThat(replayed.status()).isEqualTo(201);
    assertThat(replayed.text("id")).isEqualTo(id);
    OutcomeApi.assertProblem(api.send("POST", "/v1/responses", api.responder, "{\"contribution\":\"" + idea + "\",\"status\":\"ACCEPTED\"}"),
        409, "conflict");

    Reply revised = api.send("PATCH", "/v1/responses/" + id, api.responder, "{\"status\":\"ACCEPTED\"}", "If-Match", given.header("ETag"));
    assertThat(revised.status()).as("%s", revised.body()).isEqualTo(200);
    assertThat(revised.text("status")).isEqualTo("ACCEPTED");
    assertThat(revised.header("ETag")).isEqualTo("\"v2\"");
    assertThat(revised.body().get("history")).hasSize(1);
    assertThat(revised.body().get("history").get(0).get("status").asText()).isEqualTo("UNDER_CONSIDERATION");
    OutcomeApi.assertProblem(api.send("PATCH", "/v1/responses/" + id, api.responder, "{\"status\":\"NOT_ACCEPTED\",\"rationale\":{\"en\":\"No\"}}",
        "If-Match", given.header("ETag")), 412, "version-conflict");

    Reply read = api.anonymous("GET", "/v1/responses/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo("\"v2\"");
    Reply listed = api.anonymous("GET", "/v1/consultations/" + consultation + "/responses?limit=5");
    assertThat(listed.body().get("items").findValuesAsText("id")).containsExactly(id);
    Reply answers = api.anonymous("GET", "/v1/contributions/" + idea + "/responses");
    assertThat(answers.body().get("items").findValuesAsText("id")).containsExactly(id);
  }

  @Test
  void aDecisionTracesToItsInputBothWays() throws Exception {
    String consultation = api.consultation();
    String direct = api.submit(consultation, api.participant(false), "Lights on the path");
    String member = api.submit(consultation, api.participant(false), "Safer paths at night");
    String theme = api.theme(consultation, "Safety");
    api.send("POST", "/v1/themes/" + theme + "/contributions", api.responder, "{\"contributions\":[\"" + member + "\"]}");

    Reply recorded = api.send("POST", "/v1/consultations/" + consultation + "/decisions", api.manager, """
        {"title":{"en":"Path lighting"},"text":{"en":"Light the river path"},"body":"City council","meeting":"2026-11-20 session",
         "decidedOn":"2026-11-20","influence":{"en":"Residents asked for it"},"effect":"CHANGED",
         "themes":["%s"],"contributions":["%s"]}""".formatted(theme, direct));
    assertThat(recorded.status()).as("%s", recorded.body()).isEqualTo(201);
    String decision = recorded.text("id");
    assertThat(recorded.header("Location")).isEqualTo("/v1/decisions/" + decision);
    assertThat(recorded.text("decidedOn")).isEqualTo("2026-11-20");

    Reply input = api.anonymous("GET", "/v1/decisions/" + decision + "/input?limit=10");
    assertThat(input.status()).isEqualTo(200);
    assertThat(input.body().get("themes").findValuesAsText("id")).containsExactly(theme);
    assertThat(input.body().get("contributions").get("items").findValuesAsText("id")).containsExactly(direct);
    assertThat(api.anonymous("GET", "/v1/contributions/" + member + "/decisions").body().get("items").findValuesAsText("id"))
        .as("through its theme").containsExactly(decision);
    assertThat(api.anonymous("GET", "/v1/contributions/" + direct + "/decisions").body().get("items").findValuesAsText("id"))
        .containsExactly(decision);

    Reply changed = api.send("PATCH", "/v1/decisions/" + decision, api.manager, "{\"effect\":\"PARTLY_CHANGED\",\"contributions\":[]}",
        "If-Match", recorded.header("ETag"));
    assertThat(changed.status()).as("%s", changed.body()).isEqualTo(200);
    assertThat(changed.text("effect")).isEqualTo("PARTLY_CHANGED");
    assertThat(changed.body().get("contributions")).isEmpty();
    assertThat(api.anonymous("GET", "/v1/decisions/" + decision).header("ETag")).isEqualTo("\"v2\"");
    assertThat(api.anonymous("GET", "/v1/consultations/" + consultation + "/decisions").body().get("items").findValuesAsText("id"))
        .containsExactly(decision);
  }

  @Test
  void resultsFormATreeWhoseParentRollsUpItsChildrensProgress() throws Exception {
    String consultation = api.consultation();
    Reply decision = api.send("POST", "/v1/consultations/" + consultation + "/decisions", api.manager, """
        {"title":{"en":"Playground"},"text":{"en":"Build it"},"body":"Council","decidedOn":"2026-11-20",
         "influence":{"en":"Asked for"},"effect":"CONFIRMED"}""");
    String decisionId = decision.text("id");
    Reply parent = api.send("POST", "/v1/consultations/" + consultation + "/results", api.manager,
        "{\"title\":{\"en\":\"New playground\"},\"decisions\":[\"" + decisionId + "\"],"
            + "\"milestones\":[{\"title\":{\"en\":\"Design\"},\"due\":\"2027-03-01\"}]}");
    assertThat(parent.status()).as("%s", parent.body()).isEqualTo(201);
    String parentId = parent.text("id");
    assertThat(parent.header("Location")).isEqualTo("/v1/results/" + parentId);
    String child = "{\"parent\":\"" + parentId + "\",\"title\":{\"en\":\"%s\"},\"progress\":%d,\"status\":\"IN_PROGRESS\"}";
    Reply swings = api.send("POST", "/v1/consultations/" + consultation + "/results", api.manager, child.formatted("Swings", 40));
    Reply slide = api.send("POST", "/v1/consultations/" + consultation + "/results", api.manager, child.formatted("Slide", 80));
    assertThat(swings.status()).isEqualTo(201);
    assertThat(slide.status()).isEqualTo(201);

    Reply node = api.anonymous("GET", "/v1/results/" + parentId);
    assertThat(node.status()).isEqualTo(200);
    assertThat(node.header("ETag")).isEqualTo("\"v1\"");
    assertThat(node.body().get("progress").asDouble()).isEqualTo(60.0);
    assertThat(node.body().get("children")).hasSize(2);

    Reply done = api.send("PATCH", "/v1/results/" + swings.text("id"), api.manager,
        "{\"progress\":100,\"status\":\"COMPLETED\",\"note\":{\"en\":\"Swings are up\"}}", "If-Match", swings.header("ETag"));
    assertThat(done.status()).as("%s", done.body()).isEqualTo(200);
    assertThat(done.body().get("timeline").findValuesAsText("status")).contains("COMPLETED");
    Reply tree = api.anonymous("GET", "/v1/consultations/" + consultation + "/results");
    assertThat(tree.status()).isEqualTo(200);
    assertThat(tree.body().get("items")).hasSize(1);
    assertThat(tree.body().get("items").get(0).get("progress").asDouble()).isEqualTo(90.0);
  }

  @Test
  void aParticipantFollowsTheirOwnTrail() throws Exception {
    String consultation = api.consultation();
    String ana = api.participant(false);
    String first = api.submit(consultation, ana, "Bike racks");
    String second = api.submit(consultation, ana, "Water fountain");
    api.submit(consultation, api.participant(false), "Someone else's");
    api.send("POST", "/v1/responses", api.responder, "{\"contribution\":\"" + first + "\",\"status\":\"ACCEPTED\"}");

    Reply page = api.as(ana, "GET", "/v1/me/trail?limit=1", null);
    assertThat(page.status()).as("%s", page.body()).isEqualTo(200);
    JsonNode entry = page.body().get("items").get(0);
    assertThat(entry.get("contribution").get("id").asText()).isEqualTo(first);
    assertThat(entry.get("state").asText()).isEqualTo("PUBLISHED");
    assertThat(entry.get("responses").findValuesAsText("status")).containsExactly("ACCEPTED");
    Reply next = api.as(ana, "GET", "/v1/me/trail?after=" + page.text("next"), null);
    assertThat(next.body().get("items").findValues("contribution").stream().map(c -> c.get("id").asText())).containsExactly(second);
  }

  @Test
  void everyOutcomeChangeIsAnEventInTheLog() throws Exception {
    String consultation = api.consultation();
    String idea = api.submit(consultation, api.participant(false), "Picnic area");
    String theme = api.theme(consultation, "Leisure");
    api.send("PATCH", "/v1/themes/" + theme, api.responder, "{\"title\":{\"en\":\"Leisure time\"}}");
    api.send("POST", "/v1/themes/" + theme + "/contributions", api.responder, "{\"contributions\":[\"" + idea + "\"]}");
    Reply response = api.send("POST", "/v1/responses", api.responder, "{\"theme\":\"" + theme + "\",\"status\":\"ACCEPTED\"}");
    api.send("PATCH", "/v1/responses/" + response.text("id"), api.responder, "{\"status\":\"PARTLY_ACCEPTED\",\"rationale\":{\"en\":\"Half\"}}");
    Reply decision = api.send("POST", "/v1/consultations/" + consultation + "/decisions", api.manager, """
        {"title":{"en":"Picnic"},"text":{"en":"Tables"},"body":"Council","decidedOn":"2026-11-20","influence":{"en":"Asked"},
         "effect":"CHANGED","themes":["%s"]}""".formatted(theme));
    api.send("PATCH", "/v1/decisions/" + decision.text("id"), api.manager, "{\"meeting\":\"December session\"}");
    Reply result = api.send("POST", "/v1/consultations/" + consultation + "/results", api.manager, "{\"title\":{\"en\":\"Tables\"}}");
    api.send("PATCH", "/v1/results/" + result.text("id"), api.manager, "{\"progress\":50}");

    Reply events = api.send("GET", "/v1/events?limit=1000", api.admin, null);
    assertThat(events.status()).isEqualTo(200);
    assertThat(events.body().get("items").findValuesAsText("type")).contains("theme.created", "theme.updated", "theme.members_changed",
        "response.given", "response.revised", "decision.recorded", "decision.changed", "result.created", "result.changed");
  }
}
