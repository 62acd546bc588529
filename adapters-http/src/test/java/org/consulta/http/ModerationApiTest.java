package org.consulta.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.consulta.core.Consulta;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.moderation.Screener;
import org.consulta.core.moderation.ScreeningContext;
import org.consulta.core.moderation.ScreeningInput;
import org.consulta.core.moderation.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Moderation through a real socket: flags, the queue, claims, decisions, appeals with four eyes,
 * edits, campaigns and the transparency report, each error status of those routes, and another
 * tenant's ids. Every exchange is checked against the OpenAPI document.
 */
class ModerationApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final TenantId LISBON = TenantId.of("lisbon");
  static final TenantId PORTO = TenantId.of("porto");
  static final ContractValidatingClient CLIENT = new ContractValidatingClient(HttpClient.newHttpClient(), OpenApiContract.load());
  static ConsultaServer server;
  static String manager;
  static String system;
  static String auditor;
  static String admin;
  static String modA;
  static String modB;
  static String portoAdmin;
  static String portoSystem;

  /** Holds texts containing "HOLD-ME" for a moderator, citing spam. */
  static final class HoldMe implements Screener {
    @Override
    public String name() {
      return "hold-me";
    }

    @Override
    public Verdict screen(ScreeningInput input, ScreeningContext context) {
      return input.body().contains("HOLD-ME") ? Verdict.hold(name(), "spam", 0.9, "the test marker in body") : Verdict.pass(name());
    }
  }

  /** Puts texts starting with "CAMPAIGN:" that repeat an earlier text of the consultation into the first one's campaign. */
  static final class SameText implements Screener {
    private final Map<String, ContributionId> firsts = new ConcurrentHashMap<>();

    @Override
    public String name() {
      return "same-text";
    }

    @Override
    public Verdict screen(ScreeningInput input, ScreeningContext context) {
      if (!input.body().startsWith("CAMPAIGN:") || input.edit()) {
        return Verdict.pass(name());
      }
      ContributionId first = firsts.computeIfAbsent(input.consultation() + input.body(), k -> input.contribution());
      return first.equals(input.contribution())
          ? Verdict.pass(name())
          : Verdict.campaign(name(), CampaignId.seededBy(first), 1.0, "same text as the campaign's first");
    }
  }

  @BeforeAll
  static void start() {
    ApiKeys keys = new ApiKeys();
    manager = keys.issue(LISBON, "manager", Set.of(Role.MANAGER));
    system = keys.issue(LISBON, "backend", Set.of(Role.SYSTEM));
    auditor = keys.issue(LISBON, "auditor", Set.of(Role.AUDITOR));
    admin = keys.issue(LISBON, "admin", Set.of(Role.ADMIN));
    modA = keys.issue(LISBON, "mod-a", Set.of(Role.MODERATOR));
    modB = keys.issue(LISBON, "mod-b", Set.of(Role.MODERATOR));
    portoAdmin = keys.issue(PORTO, "admin", Set.of(Role.ADMIN, Role.MANAGER, Role.MODERATOR));
    portoSystem = keys.issue(PORTO, "backend", Set.of(Role.SYSTEM));
    Consulta consulta = Consulta.builder().screeners(List.of(new HoldMe(), new SameText())).build();
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

    String text(String field) {
      return body.get(field).asText();
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
    HttpResponse<String> response = CLIENT.send(b.build(), body);
    JsonNode json = response.body().isEmpty() ? null : JSON.readTree(response.body());
    return new Reply(response.statusCode(), json, response);
  }

  /** As a participant, through the system key. */
  static Reply as(String participant, String method, String path, String body, String... headers) throws Exception {
    String[] all = new String[headers.length + 2];
    all[0] = "Consulta-On-Behalf-Of";
    all[1] = participant;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return send(method, path, system, body, all);
  }

  static final String CONSULTATION = """
      {"title":{"en":"Riverside park"},"purpose":{"en":"Decide what the park offers"},
       "influence":{"level":"CONSULT"},"acceptedKinds":["IDEA","COMMENT"],"channels":["ONLINE"]%s}""";

  /** Post-moderation: every published contribution gets a case (the default, reactive, waits for flags and screeners). */
  static final String POST_MODERATED = """
      ,"moderation":{"mode":"POST","flagThreshold":3,"decisionDeadline":"PT72H","appealWindow":"PT336H","houseRules":[
        {"code":"spam","text":{"en":"No adverts"},"appealable":true},
        {"code":"off-topic","text":{"en":"Stay on topic"},"appealable":true},
        {"code":"personal-data","text":{"en":"No personal data"},"appealable":false}]}""";

  static String consultation() throws Exception {
    return consultation(POST_MODERATED);
  }

  static String consultation(String extra) throws Exception {
    Reply created = send("POST", "/v1/consultations", manager, CONSULTATION.formatted(extra));
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    String id = created.text("id");
    assertThat(send("POST", "/v1/consultations/" + id + "/transitions", manager, "{\"to\":\"OPEN\"}").status()).isEqualTo(200);
    return id;
  }

  static String participant() throws Exception {
    return participant("lisbon");
  }

  static String participant(String tenant) throws Exception {
    Reply r = send("POST", "/v1/participants", null, "{}", "Consulta-Tenant", tenant);
    assertThat(r.status()).isEqualTo(201);
    return r.text("id");
  }

  static Reply submit(String consultation, String author, String text) throws Exception {
    Reply r = as(author, "POST", "/v1/consultations/" + consultation + "/contributions",
        "{\"kind\":\"IDEA\",\"body\":\"" + text + "\",\"language\":\"en\",\"channel\":\"ONLINE\"}");
    assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
    return r;
  }

  static String caseOf(String contribution) throws Exception {
    Reply r = send("GET", "/v1/contributions/" + contribution + "/moderation", modA, null);
    assertThat(r.status()).as("%s", r.body()).isEqualTo(200);
    return r.text("id");
  }

  static void assertProblem(Reply reply, int status, String kind) {
    assertThat(reply.status()).as("%s %s", reply.raw().request().method(), reply.raw().uri()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.body().get("type").asText()).isEqualTo("https://consulta.dev/problems/" + kind);
  }

  static String period() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return "?from=" + today.minusDays(1) + "&to=" + today.plusDays(2);
  }

  static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void aFlaggedContributionIsClaimedRejectedAppealedAndOverturnedByASecondModerator() throws Exception {
    String consultation = consultation();
    String ana = participant();
    String ben = participant();
    String idea = submit(consultation, ana, "Shade trees along the river").text("id");

    Reply flag = as(ben, "POST", "/v1/contributions/" + idea + "/flags", "{\"reason\":\"spam\"}");
    assertThat(flag.status()).isEqualTo(201);
    assertThat(flag.text("contribution")).isEqualTo(idea);
    assertThat(flag.text("participant")).isEqualTo(ben);
    assertThat(flag.text("reason")).isEqualTo("spam");

    Reply queue = send("GET", "/v1/moderation/queue?consultation=" + consultation + "&unclaimed=true&limit=10", modA, null);
    assertThat(queue.status()).isEqualTo(200);
    assertThat(queue.body().get("items")).hasSize(1);
    JsonNode queued = queue.body().get("items").get(0);
    assertThat(queued.get("contribution").asText()).isEqualTo(idea);
    assertThat(texts(queued.get("triggers"))).contains("FLAGS");
    assertThat(queued.get("flags").asLong()).isEqualTo(1);

    Reply claimed = send("POST", "/v1/moderation/queue/claim", modA, "{\"consultation\":\"" + consultation + "\",\"lease\":\"PT30M\"}");
    assertThat(claimed.status()).isEqualTo(200);
    String caseId = claimed.text("id");
    assertThat(caseId).isEqualTo(queued.get("id").asText());
    assertThat(claimed.body().get("claim").get("moderator").asText()).isEqualTo("key:mod-a");
    assertThat(claimed.header("ETag")).isEqualTo("\"v" + claimed.body().get("version").asLong() + "\"");

    Reply read = send("GET", "/v1/moderation/cases/" + caseId, auditor, null);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo(claimed.header("ETag"));
    assertThat(caseOf(idea)).isEqualTo(caseId);

    Reply decided = send("POST", "/v1/moderation/cases/" + caseId + "/decision", modA,
        "{\"action\":\"REJECT\",\"reason\":\"spam\",\"note\":\"an advert\"}", "If-Match", claimed.header("ETag"));
    assertThat(decided.status()).as("%s", decided.body()).isEqualTo(200);
    assertThat(decided.text("status")).isEqualTo("DECIDED");
    assertThat(decided.header("ETag")).isNotEqualTo(claimed.header("ETag"));
    assertThat(decided.body().get("decisions").get(0).has("appealableUntil")).isTrue();
    assertThat(as(ana, "GET", "/v1/contributions/" + idea, null).text("state")).isEqualTo("REJECTED");

    Reply appeal = as(ana, "POST", "/v1/contributions/" + idea + "/appeal", "{\"statement\":\"It is an idea, not an advert\"}");
    assertThat(appeal.status()).isEqualTo(201);
    List<String> fields = new ArrayList<>();
    appeal.body().fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("contribution", "status", "filedAt", "decisionDueBy");
    assertThat(appeal.text("status")).isEqualTo("APPEALED");
    assertThat(appeal.raw().body()).doesNotContain("mod-a", "an advert", "It is an idea");

    assertThat(send("POST", "/v1/moderation/queue/claim", modA, "{\"consultation\":\"" + consultation + "\"}").status())
        .as("an appeal never goes to the moderator whose decision is appealed").isEqualTo(204);
    Reply second = send("POST", "/v1/moderation/queue/claim", modB, "{\"consultation\":\"" + consultation + "\"}");
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.text("status")).isEqualTo("APPEALED");
    assertThat(second.body().get("appeal").get("against").asText()).isEqualTo("key:mod-a");

    Reply overturned = send("POST", "/v1/moderation/cases/" + caseId + "/appeal-decision", modB,
        "{\"outcome\":\"OVERTURNED\",\"note\":\"a real idea\"}", "If-Match", second.header("ETag"));
    assertThat(overturned.status()).as("%s", overturned.body()).isEqualTo(200);
    assertThat(overturned.text("status")).isEqualTo("CLOSED");
    assertThat(overturned.body().get("appeal").get("outcome").asText()).isEqualTo("OVERTURNED");
    assertThat(as(ana, "GET", "/v1/contributions/" + idea, null).text("state")).isEqualTo("PUBLISHED");

    Reply report = send("GET", "/v1/consultations/" + consultation + "/transparency" + period(), null, null, "Consulta-Tenant", "lisbon");
    assertThat(report.status()).isEqualTo(200);
    JsonNode totals = report.body().get("totals");
    assertThat(totals.get("FLAGGED").asLong()).isEqualTo(1);
    assertThat(totals.get("REJECTED").asLong()).isEqualTo(1);
    assertThat(totals.get("DECIDED").asLong()).isEqualTo(1);
    assertThat(totals.get("APPEALED").asLong()).isEqualTo(1);
    assertThat(totals.get("OVERTURNED").asLong()).isEqualTo(1);
    assertThat(report.body().get("byReason").get("spam").get("FLAGGED").asLong()).isEqualTo(1);
    assertThat(report.body().get("decisions").asLong()).isEqualTo(1);
    assertThat(report.body().has("medianTimeToDecision")).isTrue();
    assertThat(report.body().get("overturnRate").asDouble()).isEqualTo(1.0);

    Reply events = send("GET", "/v1/events?limit=1000", auditor, null);
    assertThat(events.body().get("items").findValuesAsText("type")).contains("contribution.flagged", "moderation.case_opened",
        "moderation.case_claimed", "moderation.decided", "appeal.filed", "appeal.decided");
  }

  @Test
  void claimingOneCaseRenewsTheLeaseAndReleasingTwiceIsHarmless() throws Exception {
    String consultation = consultation();
    String idea = submit(consultation, participant(), "Benches").text("id");
    String caseId = caseOf(idea);

    Reply first = send("POST", "/v1/moderation/cases/" + caseId + "/claim", modA, null);
    Reply renewed = send("POST", "/v1/moderation/cases/" + caseId + "/claim", modA, null, "Idempotency-Key", "claim-1");
    assertThat(first.status()).isEqualTo(200);
    assertThat(renewed.status()).isEqualTo(200);
    assertThat(renewed.body().get("claim").get("moderator").asText()).isEqualTo("key:mod-a");
    assertProblem(send("POST", "/v1/moderation/cases/" + caseId + "/claim", modB, null), 409, "conflict");
    assertProblem(send("POST", "/v1/moderation/cases/" + caseId + "/release", modB, null), 409, "conflict");

    Reply released = send("POST", "/v1/moderation/cases/" + caseId + "/release", modA, null);
    assertThat(released.status()).isEqualTo(200);
    assertThat(released.body().has("claim")).isFalse();
    Reply again = send("POST", "/v1/moderation/cases/" + caseId + "/release", modA, null);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.header("ETag")).isEqualTo(released.header("ETag"));
    assertThat(send("POST", "/v1/moderation/cases/" + caseId + "/claim", modB, null).status()).isEqualTo(200);
  }

  @Test
  void heldItemsWaitInTheQueueAndEscalatedOnesGoToAnAdmin() throws Exception {
    String consultation = consultation();
    Reply held = submit(consultation, participant(), "Buy now HOLD-ME");
    assertThat(held.text("state")).isEqualTo("PENDING_MODERATION");
    submit(consultation, participant(), "Fountains");

    Reply queue = send("GET", "/v1/moderation/queue?consultation=" + consultation + "&reason=spam&language=en", auditor, null);
    assertThat(queue.body().get("items")).hasSize(1);
    JsonNode k = queue.body().get("items").get(0);
    assertThat(texts(k.get("triggers"))).containsExactly("SCREENING");
    assertThat(k.get("verdicts").findValuesAsText("outcome")).contains("HOLD");

    String caseId = k.get("id").asText();
    Reply escalated = send("POST", "/v1/moderation/cases/" + caseId + "/decision", modA, "{\"action\":\"ESCALATE\",\"reason\":\"spam\"}");
    assertThat(escalated.status()).isEqualTo(200);
    assertThat(escalated.text("status")).isEqualTo("OPEN");
    assertThat(escalated.body().get("escalated").asBoolean()).isTrue();
    assertProblem(send("POST", "/v1/moderation/cases/" + caseId + "/claim", modA, null), 403, "access-denied");
    Reply approved = send("POST", "/v1/moderation/cases/" + caseId + "/decision", admin, "{\"action\":\"APPROVE\"}");
    assertThat(approved.status()).isEqualTo(200);
    assertThat(send("GET", "/v1/contributions/" + held.text("id"), null, null, "Consulta-Tenant", "lisbon").text("state")).isEqualTo("PUBLISHED");
  }

  @Test
  void campaignsAreListedWithTheirSize() throws Exception {
    String consultation = consultation();
    String first = submit(consultation, participant(), "CAMPAIGN: keep the old oaks").text("id");
    submit(consultation, participant(), "CAMPAIGN: keep the old oaks");
    Reply third = submit(consultation, participant(), "CAMPAIGN: keep the old oaks");
    assertThat(third.text("campaign")).isEqualTo(first);
    submit(consultation, participant(), "A playground");

    Reply campaigns = send("GET", "/v1/consultations/" + consultation + "/campaigns?limit=10", null, null, "Consulta-Tenant", "lisbon");
    assertThat(campaigns.status()).isEqualTo(200);
    assertThat(campaigns.body().get("items")).hasSize(1);
    assertThat(campaigns.body().get("items").get(0).get("id").asText()).isEqualTo(first);
    assertThat(campaigns.body().get("items").get(0).get("size").asLong()).isEqualTo(3);

    Reply report = send("GET", "/v1/consultations/" + consultation + "/transparency" + period(), auditor, null);
    assertThat(report.body().get("totals").get("SCREENED").asLong()).isEqualTo(4);
    assertThat(report.body().get("totals").get("CAMPAIGN").asLong()).isEqualTo(3);
    assertThat(report.body().get("byReason").get("").get("SCREENED").asLong()).isEqualTo(4);
  }

  @Test
  void anAuthorEditsTheirContributionWithIfMatchAndTheEditIsScreened() throws Exception {
    String consultation = consultation();
    String ana = participant();
    Reply idea = submit(consultation, ana, "Shade");
    String id = idea.text("id");

    Reply edited = as(ana, "PATCH", "/v1/contributions/" + id, "{\"body\":\"Shade trees\"}", "If-Match", idea.header("ETag"));
    assertThat(edited.status()).as("%s", edited.body()).isEqualTo(200);
    assertThat(edited.text("body")).isEqualTo("Shade trees");
    assertThat(edited.header("ETag")).isNotEqualTo(idea.header("ETag"));
    assertProblem(as(ana, "PATCH", "/v1/contributions/" + id, "{\"body\":\"late\"}", "If-Match", idea.header("ETag")), 412, "version-conflict");
    assertProblem(as(participant(), "PATCH", "/v1/contributions/" + id, "{\"body\":\"mine now\"}"), 403, "access-denied");
    assertProblem(as(ana, "PATCH", "/v1/contributions/" + id, "{\"body\":\"x\",\"title\":\"no\"}"), 422, "invalid-input");

    Reply held = as(ana, "PATCH", "/v1/contributions/" + id, "{\"body\":\"Shade HOLD-ME\"}");
    assertThat(held.status()).isEqualTo(200);
    assertThat(held.text("state")).isEqualTo("PENDING_MODERATION");
    Reply events = send("GET", "/v1/events?limit=1000", auditor, null);
    assertThat(events.body().get("items").findValuesAsText("type")).contains("contribution.edited", "contribution.screened");
  }

  @Test
  void aRedactionMasksItsSpansAndSpansOutsideTheTextOrUnknownReasonsAreInvalid() throws Exception {
    String consultation = consultation();
    String id = submit(consultation, participant(), "Call 555-0100 about trees").text("id");
    String caseId = caseOf(id);

    Reply outside = send("POST", "/v1/moderation/cases/" + caseId + "/decision", modA,
        "{\"action\":\"REDACT\",\"reason\":\"no-such-rule\",\"spans\":[{\"field\":\"body\",\"start\":5,\"end\":500}]}");
    assertProblem(outside, 422, "invalid-input");
    assertThat(outside.body().get("violations").findValuesAsText("field")).contains("reason", "spans[0].end");
    assertProblem(send("POST", "/v1/moderation/cases/" + caseId + "/decision", modA, "{\"action\":\"REJECT\"}"), 422, "invalid-input");

    Reply redacted = send("POST", "/v1/moderation/cases/" + caseId + "/decision", modA,
        "{\"action\":\"REDACT\",\"reason\":\"personal-data\",\"spans\":[{\"field\":\"body\",\"start\":5,\"end\":13}]}");
    assertThat(redacted.status()).as("%s", redacted.body()).isEqualTo(200);
    Reply publicView = send("GET", "/v1/contributions/" + id, null, null, "Consulta-Tenant", "lisbon");
    assertThat(publicView.text("body")).doesNotContain("555-0100").startsWith("Call ").endsWith(" about trees");
  }

  @Test
  void flagsAndDecisionsRepeatTheirFirstResultForTheSameIdempotencyKey() throws Exception {
    String consultation = consultation();
    String ben = participant();
    String id = submit(consultation, participant(), "Kiosk").text("id");

    Reply flag = as(ben, "POST", "/v1/contributions/" + id + "/flags", "{\"reason\":\"off-topic\"}", "Idempotency-Key", "flag-1");
    Reply replayed = as(ben, "POST", "/v1/contributions/" + id + "/flags", "{\"reason\":\"off-topic\"}", "Idempotency-Key", "flag-1");
    assertThat(replayed.status()).isEqualTo(201);
    assertThat(replayed.body()).isEqualTo(flag.body());
    assertProblem(as(ben, "POST", "/v1/contributions/" + id + "/flags", "{\"reason\":\"spam\"}", "Idempotency-Key", "flag-1"), 422,
        "idempotency-key-reused");
    assertProblem(as(ben, "POST", "/v1/contributions/" + id + "/flags", "{\"reason\":\"off-topic\"}"), 409, "conflict");

    Reply claim = send("POST", "/v1/moderation/queue/claim", modA, "{\"consultation\":\"" + consultation + "\"}", "Idempotency-Key", "next-1");
    Reply sameClaim = send("POST", "/v1/moderation/queue/claim", modA, "{\"consultation\":\"" + consultation + "\"}", "Idempotency-Key", "next-1");
    assertThat(sameClaim.text("id")).isEqualTo(claim.text("id"));

    String caseId = claim.text("id");
    String approve = "{\"action\":\"APPROVE\",\"note\":\"on topic after all\"}";
    Reply decided = send("POST", "/v1/moderation/cases/" + caseId + "/decision", modA, approve, "Idempotency-Key", "decide-1");
    Reply again = send("POST", "/v1/moderation/cases/" + caseId + "/decision", modA, approve, "Idempotency-Key", "decide-1");
    assertThat(decided.status()).isEqualTo(200);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(decided.body());
    assertProblem(send("POST", "/v1/moderation/cases/" + caseId + "/decision", modA, approve), 409, "conflict");
  }

  @Test
  void everyErrorOfTheModerationRoutesHasItsStatusAndProblemType() throws Exception {
    String consultation = consultation();
    String ana = participant();
    String ben = participant();
    Reply idea = submit(consultation, ana, "Lanterns");
    String id = idea.text("id");
    String caseId = caseOf(id);
    String cases = "/v1/moderation/cases/" + caseId;

    assertProblem(as(ben, "POST", "/v1/contributions/" + id + "/flags", "{\"reason\":"), 400, "malformed");
    assertProblem(send("POST", cases + "/decision", modA, "{\"action\":\"APPROVE\"}", "If-Match", "v1"), 400, "malformed");
    assertProblem(send("POST", cases + "/claim", modA, null, "Idempotency-Key", "with space"), 400, "malformed");

    assertProblem(send("GET", "/v1/moderation/queue", null, null), 401, "unauthenticated");
    assertProblem(send("GET", "/v1/moderation/queue", null, null, "Consulta-Tenant", "lisbon"), 401, "unauthenticated");
    assertProblem(send("POST", "/v1/contributions/" + id + "/flags", null, "{\"reason\":\"spam\"}", "Consulta-Tenant", "lisbon"), 401,
        "unauthenticated");

    assertProblem(as(ben, "GET", "/v1/moderation/queue", null), 403, "access-denied");
    assertProblem(as(ben, "POST", "/v1/moderation/queue/claim", null), 403, "access-denied");
    assertProblem(send("POST", cases + "/decision", auditor, "{\"action\":\"APPROVE\"}"), 403, "access-denied");
    assertProblem(as(ben, "POST", "/v1/contributions/" + id + "/appeal", "{\"statement\":\"not mine\"}"), 403, "access-denied");
    assertProblem(send("POST", "/v1/contributions/" + id + "/flags", modA, "{\"reason\":\"spam\"}"), 403, "access-denied");

    assertProblem(send("GET", "/v1/moderation/cases/" + UUID.randomUUID(), modA, null), 404, "not-found");
    assertProblem(send("GET", "/v1/moderation/cases/not-a-uuid", modA, null), 404, "not-found");
    assertProblem(as(ben, "GET", cases, null), 404, "not-found");
    assertProblem(send("POST", "/v1/contributions/" + UUID.randomUUID() + "/flags", system, "{\"reason\":\"spam\"}", "Consulta-On-Behalf-Of", ben),
        404, "not-found");
    String reactive = consultation("");
    String unreviewed = submit(reactive, ana, "Swings").text("id");
    assertProblem(send("GET", "/v1/contributions/" + unreviewed + "/moderation", modA, null), 404, "not-found");

    assertProblem(as(ana, "POST", "/v1/contributions/" + id + "/flags", "{\"reason\":\"spam\"}"), 409, "conflict");
    assertProblem(as(ana, "POST", "/v1/contributions/" + id + "/appeal", "{\"statement\":\"nothing decided yet\"}"), 409, "conflict");
    Reply claimed = send("POST", cases + "/claim", modA, null);
    assertProblem(send("POST", cases + "/decision", modB, "{\"action\":\"APPROVE\"}"), 409, "conflict");
    assertProblem(send("POST", cases + "/appeal-decision", modB, "{\"outcome\":\"UPHELD\"}"), 409, "conflict");

    assertProblem(send("POST", cases + "/decision", modA, "{\"action\":\"REJECT\",\"reason\":\"spam\"}", "If-Match", "\"v1\""), 412,
        "version-conflict");
    assertProblem(as(ben, "POST", "/v1/contributions/" + id + "/flags", "{\"reason\":\"spam\"}", "Content-Type", "text/plain"), 415,
        "unsupported-media-type");
    assertProblem(send("POST", "/v1/moderation/queue/claim", modA, "x", "Content-Type", "text/plain"), 415, "unsupported-media-type");

    assertProblem(as(ben, "POST", "/v1/contributions/" + id + "/flags", "{\"reason\":\"rude\"}"), 422, "invalid-input");
    assertProblem(as(ben, "POST", "/v1/contributions/" + id + "/flags", "{\"reason\":\"spam\",\"extra\":1}"), 422, "invalid-input");
    assertProblem(send("GET", "/v1/moderation/queue?unclaimed=maybe", modA, null), 422, "invalid-input");
    assertProblem(send("GET", "/v1/moderation/queue?consultation=park", modA, null), 422, "invalid-input");
    assertProblem(send("POST", "/v1/moderation/queue/claim", modA, "{\"lease\":\"PT9H\"}"), 422, "invalid-input");
    assertProblem(send("POST", "/v1/moderation/queue/claim", modA, "{\"lease\":\"soon\"}"), 422, "invalid-input");
    assertProblem(send("POST", "/v1/moderation/queue/claim", modA, "{\"priority\":1}"), 422, "invalid-input");
    String transparency = "/v1/consultations/" + consultation + "/transparency";
    assertProblem(send("GET", transparency + "?from=2026-13-01&to=2026-12-01", auditor, null), 422, "invalid-input");
    assertProblem(send("GET", transparency + "?from=2026-12-01&to=2026-11-01", auditor, null), 422, "invalid-input");
    assertProblem(send("GET", transparency + "?from=2026-01-01&to=2027-06-01", auditor, null), 422, "invalid-input");
    assertProblem(send("GET", transparency + "?from=2026-11-01", auditor, null), 422, "invalid-input");
    assertProblem(send("GET", "/v1/consultations/" + consultation + "/campaigns?limit=0", auditor, null), 422, "invalid-input");

    Reply rejected = send("POST", cases + "/decision", modA, "{\"action\":\"REJECT\",\"reason\":\"spam\"}", "If-Match", claimed.header("ETag"));
    assertThat(rejected.status()).isEqualTo(200);
    assertThat(as(ana, "POST", "/v1/contributions/" + id + "/appeal", "{\"statement\":\"please look again\"}").status()).isEqualTo(201);
    assertProblem(as(ana, "POST", "/v1/contributions/" + id + "/appeal", "{\"statement\":\"and again\"}"), 409, "conflict");
    assertProblem(send("POST", cases + "/appeal-decision", modA, "{\"outcome\":\"UPHELD\"}"), 403, "access-denied");
    assertProblem(send("POST", cases + "/claim", modA, null), 403, "access-denied");
  }

  @Test
  void anotherTenantsIdsAreNotFoundOnEveryModerationRoute() throws Exception {
    String consultation = consultation();
    String ana = participant();
    String id = submit(consultation, ana, "Picnic tables").text("id");
    String caseId = caseOf(id);
    String portoAna = participant("porto");

    String[][] asParticipant = {
        {"PATCH", "/v1/contributions/" + id, "{\"body\":\"x\"}"},
        {"POST", "/v1/contributions/" + id + "/flags", "{\"reason\":\"spam\"}"},
        {"POST", "/v1/contributions/" + id + "/appeal", "{\"statement\":\"x\"}"},
    };
    for (String[] p : asParticipant) {
      assertProblem(send(p[0], p[1], portoSystem, p[2], "Consulta-On-Behalf-Of", portoAna), 404, "not-found");
    }
    String[][] asStaff = {
        {"GET", "/v1/contributions/" + id + "/moderation", null},
        {"GET", "/v1/moderation/cases/" + caseId, null},
        {"POST", "/v1/moderation/cases/" + caseId + "/claim", null},
        {"POST", "/v1/moderation/cases/" + caseId + "/release", null},
        {"POST", "/v1/moderation/cases/" + caseId + "/decision", "{\"action\":\"APPROVE\"}"},
        {"POST", "/v1/moderation/cases/" + caseId + "/appeal-decision", "{\"outcome\":\"UPHELD\"}"},
        {"GET", "/v1/consultations/" + consultation + "/campaigns", null},
        {"GET", "/v1/consultations/" + consultation + "/transparency" + period(), null},
    };
    for (String[] p : asStaff) {
      assertProblem(send(p[0], p[1], portoAdmin, p[2]), 404, "not-found");
    }
    Reply queue = send("GET", "/v1/moderation/queue?consultation=" + consultation, portoAdmin, null);
    assertThat(queue.status()).isEqualTo(200);
    assertThat(queue.body().get("items")).isEmpty();
    assertThat(send("POST", "/v1/moderation/queue/claim", portoAdmin, "{\"consultation\":\"" + consultation + "\"}").status()).isEqualTo(204);
    assertThat(send("GET", "/v1/moderation/cases/" + caseId, modA, null).body().has("claim")).isFalse();
  }
}
