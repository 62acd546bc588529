package org.consulta.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.consulta.http.OutcomeApi.Reply;
import org.junit.jupiter.api.Test;

/**
 * The reference population, weighted results, single commitment and session reads, and the outcome
 * report carrying the commitments, over HTTP; every exchange checked against the OpenAPI document.
 */
class ExpectationReferenceApiTest {
  private static final String SCHEMA = """
      {"dimensions":[{"key":"district","label":{"en":"District"},"options":["north","south"],"ordered":false}]}""";
  private static final String CENSUS = """
      {"shares":{"district":{"north":0.5,"south":0.5}},"source":"Census 2021"}""";

  private static String person(ExpectationApi api, String district) throws Exception {
    Reply r = api.send("POST", "/v1/participants", null, "{\"demographics\":{\"district\":\"" + district + "\"}}", "Consulta-Tenant", "lisbon");
    assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
    return r.text("id");
  }

  @Test
  void theReferencePopulationIsTheAdminsToDefineAndWeightsReactionsToThePopulation() throws Exception {
    try (ExpectationApi api = new ExpectationApi()) {
      assertThat(api.send("PUT", "/v1/demographic-schema", api.admin, SCHEMA).status()).isEqualTo(200);
      assertThat(api.send("GET", "/v1/reference-population", api.manager, null).status()).isEqualTo(404);
      assertThat(api.send("PUT", "/v1/reference-population", api.manager, CENSUS).status()).isEqualTo(403);
      Reply bad = api.send("PUT", "/v1/reference-population", api.admin, "{\"shares\":{\"district\":{\"north\":0.5,\"west\":0.2}}}");
      assertThat(bad.status()).isEqualTo(422);
      assertThat(bad.body().get("violations").findValuesAsText("field")).contains("reference.shares.district", "reference.shares.district.west");
      Reply defined = api.send("PUT", "/v1/reference-population", api.admin, CENSUS);
      assertThat(defined.status()).as("%s", defined.body()).isEqualTo(200);
      assertThat(api.send("GET", "/v1/reference-population", api.manager, null).text("source")).isEqualTo("Census 2021");

      String c = api.draft();
      String results = "/v1/consultations/" + c + "/weighted-results";
      assertThat(api.send("GET", results + "?dimensions=age", api.manager, null).status()).isEqualTo(422);
      api.move(c, "OPEN");
      String idea = api.submit(c, person(api, "north"), "Car-free Sundays");
      for (String district : new String[] {"north", "north", "north", "south"}) {
        String p = person(api, district);
        Reply r = api.as(p, "PUT", "/v1/contributions/" + idea + "/reaction", district.equals("north") ? "{\"support\":\"SUPPORT\"}" : "{\"support\":\"OPPOSE\"}");
        assertThat(r.status()).as("%s", r.body()).isEqualTo(200);
      }
      Reply weighted = api.anonymous("GET", results + "?dimensions=district");
      assertThat(weighted.status()).as("%s", weighted.body()).isEqualTo(200);
      assertThat(weighted.body().get("respondents").asLong()).isEqualTo(4);
      var question = weighted.body().get("questions").get(0);
      assertThat(question.get("contribution").asText()).isEqualTo(idea);
      assertThat(question.get("shares").get(0).get("rawShare").asDouble()).isEqualTo(0.75);
      assertThat(question.get("shares").get(0).get("weightedShare").asDouble()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(api.anonymous("GET", results + "?dimensions=district&maxWeight=oops").status()).isEqualTo(422);
    }
  }

  @Test
  void aCommitmentAndASessionAreReadOneByOneAndTheReportShowsTheCommitments() throws Exception {
    try (ExpectationApi api = new ExpectationApi()) {
      String c = api.draft();
      Reply declared = api.declare(c, ExpectationApi.WITHIN_A_DAY);
      String commitment = declared.text("id");
      Reply one = api.send("GET", "/v1/commitments/" + commitment, api.manager, null);
      assertThat(one.status()).as("%s", one.body()).isEqualTo(200);
      assertThat(one.header("ETag")).isEqualTo("\"v1\"");
      assertThat(api.send("GET", "/v1/commitments/" + commitment, api.portoStaff, null).status()).isEqualTo(404);
      Reply session = api.send("POST", "/v1/consultations/" + c + "/sessions", api.manager,
          "{\"channel\":\"IN_PERSON\",\"startsAt\":\"2030-03-20T18:00:00Z\",\"place\":{\"en\":\"Library\"}}");
      assertThat(session.status()).as("%s", session.body()).isEqualTo(201);
      assertThat(api.send("GET", "/v1/sessions/" + session.text("id"), api.manager, null).text("channel")).isEqualTo("IN_PERSON");
      api.move(c, "OPEN");
      api.submit(c, api.participant(), "Benches");
      Reply evaluations = api.anonymous("GET", "/v1/consultations/" + c + "/evaluations");
      assertThat(evaluations.body().get("items").get(0).get("consultation").asText()).isEqualTo(c);
      Reply report = api.anonymous("GET", "/v1/consultations/" + c + "/report");
      assertThat(report.status()).as("%s", report.body()).isEqualTo(200);
      assertThat(report.body().get("expectations").get("evaluations").get(0).get("status").asText()).isEqualTo("ON_TRACK");
      Reply markdown = api.anonymous("GET", "/v1/consultations/" + c + "/report", "Accept", "text/markdown");
      assertThat(markdown.raw().body()).contains("## Our commitments", "We will answer every contribution within 24 hours.");
    }
  }
}
