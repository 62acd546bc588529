package org.consulta.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consulta.http.OutcomeApi.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.consulta.http.OutcomeApi.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The "you said, we did" report over HTTP: JSON by default, text forms by {@code Accept}, 406 for
 * what is not offered, {@code ?lang=}; and the negotiation rules on their own. Every exchange is
 * checked against the OpenAPI document.
 */
class OutcomeReportTest {
  static OutcomeApi api;
  static String consultation;
  static String theme;

  @BeforeAll
  static void start() throws Exception {
    api = new OutcomeApi();
    consultation = api.consultation();
    String idea = api.submit(consultation, api.participant(false), "Shade trees");
    api.submit(consultation, api.participant(false), "A kiosk");
    theme = api.theme(consultation, "Greenery");
    api.send("POST", "/v1/themes/" + theme + "/contributions", api.responder, "{\"contributions\":[\"" + idea + "\"]}");
    api.send("POST", "/v1/responses", api.responder, "{\"theme\":\"" + theme + "\",\"status\":\"ACCEPTED\"}");
    api.send("POST", "/v1/consultations/" + consultation + "/decisions", api.manager, """
        {"title":{"en":"Trees"},"text":{"en":"Plant 40 trees"},"body":"Council","decidedOn":"2026-11-20","influence":{"en":"Asked"},
         "effect":"CHANGED","themes":["%s"]}""".formatted(theme));
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  String report() {
    return "/v1/consultations/" + consultation + "/report";
  }

  @Test
  void theReportIsJsonByDefaultAndPublic() throws Exception {
    Reply report = api.anonymous("GET", report());
    assertThat(report.status()).as("%s", report.body()).isEqualTo(200);
    assertThat(report.header("Content-Type")).startsWith("application/json");
    assertThat(report.header("Vary")).isEqualTo("Accept");
    assertThat(report.text("consultation")).isEqualTo(consultation);
    JsonNode section = report.body().get("themes").get(0);
    assertThat(section.get("theme").get("id").asText()).isEqualTo(theme);
    assertThat(section.get("response").get("status").asText()).isEqualTo("ACCEPTED");
    JsonNode impact = report.body().get("impact");
    assertThat(impact.get("contributions").asLong()).isEqualTo(2);
    assertThat(impact.get("answered").asLong()).isEqualTo(1);
    assertThat(impact.get("decisionsWithInput").asLong()).isEqualTo(1);

    Reply asked = api.send("GET", report() + "?lang=pt", null, null, "Consulta-Tenant", "lisbon", "Accept", "application/json");
    assertThat(asked.status()).isEqualTo(200);
    ObjectNode same = report.body().deepCopy();
    assertThat(asked.body()).as("the JSON holds every language").isEqualTo(same.put("generatedAt", asked.text("generatedAt")));
  }

  @Test
  void textFormsAreRenderedByCoreInTheLanguageAsked() throws Exception {
    for (String type : List.of("text/html", "text/markdown")) {
      Reply r = api.send("GET", report() + "?lang=en", null, null, "Consulta-Tenant", "lisbon", "Accept", type);
      assertThat(r.status()).as("%s", r.raw().body()).isEqualTo(200);
      assertThat(r.header("Content-Type")).startsWith(type).containsIgnoringCase("charset=utf-8");
      assertThat(r.header("Content-Language")).isEqualTo("en");
      assertThat(r.header("Vary")).isEqualTo("Accept");
      assertThat(r.raw().body()).contains("Greenery", "Plant 40 trees");
    }
    Reply html = api.send("GET", report() + "?lang=pt", null, null, "Consulta-Tenant", "lisbon", "Accept", "text/html, application/json;q=0.5");
    assertThat(html.header("Content-Type")).startsWith("text/html");
    assertThat(html.header("Content-Language")).isEqualTo("pt");
    assertThat(html.raw().body()).contains("lang=\"pt\"");
    Reply markdown = api.send("GET", report(), null, null, "Consulta-Tenant", "lisbon", "Accept", "text/*;q=0.9, text/markdown");
    assertThat(markdown.header("Content-Type")).startsWith("text/markdown");
    assertThat(markdown.header("Content-Language")).as("the report's first language").isEqualTo("en");
  }

  @Test
  void anUnofferedMediaTypeIsNotAcceptableAndAnUnknownLanguageIsInvalid() throws Exception {
    Reply xml = api.send("GET", report(), null, null, "Consulta-Tenant", "lisbon", "Accept", "application/xml");
    assertProblem(xml, 406, "not-acceptable");
    assertThat(xml.body().get("detail").asText()).contains("application/json");
    assertProblem(api.send("GET", report(), null, null, "Consulta-Tenant", "lisbon", "Accept", "application/json;q=0"), 406, "not-acceptable");
    assertProblem(api.anonymous("GET", report() + "?lang=klingon!"), 422, "invalid-input");
    assertProblem(api.anonymous("GET", report() + "?lang=de"), 422, "invalid-input");
    Reply pt = api.send("GET", report() + "?lang=PT", null, null, "Consulta-Tenant", "lisbon", "Accept", "*/*");
    assertThat(pt.status()).as("a language of the consultation, in any case").isEqualTo(200);
  }

  @Test
  void negotiationPrefersTheMostSpecificRangeThenTheHighestQualityThenTheFirstOffer() {
    List<String> offers = List.of("application/json", "text/html", "text/markdown");
    assertThat(MediaRanges.choose(null, offers)).contains("application/json");
    assertThat(MediaRanges.choose("*/*", offers)).contains("application/json");
    assertThat(MediaRanges.choose("text/*", offers)).contains("text/html");
    assertThat(MediaRanges.choose("text/*;q=0.5, text/markdown", offers)).contains("text/markdown");
    assertThat(MediaRanges.choose("text/html;q=0.2, application/json;q=0.1", offers)).contains("text/html");
    assertThat(MediaRanges.choose("*/*, application/json;q=0", offers)).contains("text/html");
    assertThat(MediaRanges.choose("TEXT/Markdown; charset=utf-8", offers)).contains("text/markdown");
    assertThat(MediaRanges.choose("image/png", offers)).isEqualTo(Optional.empty());
    assertThat(MediaRanges.choose("text/html;q=2", offers)).as("a malformed quality accepts nothing").isEqualTo(Optional.empty());
  }
}
