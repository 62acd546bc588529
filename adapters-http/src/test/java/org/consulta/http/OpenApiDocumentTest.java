package org.consulta.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.consulta.core.Consulta;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document: a valid 3.1 document, complete for the router, and a contract that bites. */
class OpenApiDocumentTest {
  static final String TEXT = new String(OpenApiRoutes.document(), StandardCharsets.UTF_8);
  static final OpenApiContract CONTRACT = new OpenApiContract(TEXT);

  @Test
  void swaggerParserReadsTheDocumentAsOpenApi31WithoutAMessage() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(TEXT, null, options);

    assertThat(result.getMessages()).isEmpty();
    OpenAPI api = result.getOpenAPI();
    assertThat(api.getOpenapi()).isEqualTo("3.1.0");
    assertThat(api.getSpecVersion()).isEqualTo(SpecVersion.V31);
    assertThat(api.getComponents().getSchemas()).containsKeys("Consultation", "NewConsultation", "ConsultationUpdate", "Participant",
        "NewParticipant", "ParticipantUpdate", "ContactDetails", "DemographicSchema", "Contribution", "NewContribution",
        "ContributionBatch", "BatchResult", "ReactionChange", "ContributionCounts", "ConsultationPage", "ContributionPage",
        "RecordedEvent", "ConsultaEvent", "EventPage", "Problem");
    assertThat(api.getComponents().getSecuritySchemes().get("bearer").getScheme()).isEqualTo("bearer");
  }

  @Test
  void everyRouteIsDocumentedAndEveryDocumentedOperationIsRouted() {
    ConsultaServlet servlet = new ConsultaServlet(ConsultaHttp.builder(Consulta.builder().build()).build());
    Set<String> routed = servlet.router().routes().stream().map(r -> r.method() + " " + r.template()).collect(Collectors.toCollection(TreeSet::new));

    assertThat(CONTRACT.operations()).containsExactlyInAnyOrderElementsOf(routed);
  }

  @Test
  void everyEventTypeHasASchemaSoWebhookPayloadsAndTheLogAreDocumented() {
    Set<String> types = new TreeSet<>();
    collectEventTypes(org.consulta.core.event.ConsultaEvent.class, types);
    Set<String> documented = new TreeSet<>(CONTRACT.document().at("/components/schemas/ConsultaEvent/discriminator/mapping").propertyNames());

    assertThat(types).contains("theme.members_changed", "outcome.digest_sent");
    assertThat(documented).containsExactlyInAnyOrderElementsOf(types);
  }

  private static void collectEventTypes(Class<?> type, Set<String> out) {
    if (type.isRecord()) {
      out.add(org.consulta.core.event.ConsultaEvent.typeOf(type));
    } else {
      for (Class<?> sub : type.getPermittedSubclasses()) {
        collectEventTypes(sub, out);
      }
    }
  }

  @Test
  void everyReferenceResolvesAndEverySchemaCompiles() {
    List<String> dangling = new ArrayList<>();
    collectDanglingRefs(CONTRACT.document(), dangling);
    assertThat(dangling).isEmpty();
    for (String name : CONTRACT.document().get("components").get("schemas").propertyNames()) {
      // validating anything compiles the schema and every schema it references
      assertThat(CONTRACT.validate("/components/schemas/" + name, CONTRACT.parse("null"))).as(name).isNotNull();
    }
  }

  @Test
  void theContractRejectsAnUndocumentedResponseProperty() {
    String body = "{\"total\":0,\"byKind\":{},\"byChannel\":{},\"byState\":{},\"average\":1}";
    List<String> breaches = check("GET", "/v1/consultations/" + java.util.UUID.randomUUID() + "/counts", null, 200, "application/json", body);

    assertThat(breaches).singleElement().asString().contains("average");
  }

  @Test
  void theContractRejectsAnUndocumentedStatusAndAMissingETag() {
    String id = java.util.UUID.randomUUID().toString();
    assertThat(check("GET", "/v1/consultations/" + id + "/counts", null, 202, "application/json", "{}"))
        .singleElement().asString().contains("202 is not documented");
    assertThat(check("GET", "/v1/contributions/" + id, null, 200, "application/json", "{}"))
        .anySatisfy(b -> assertThat(b).contains("lacks the required header ETag"));
  }

  @Test
  void theContractRejectsASuccessfulAnswerToARequestItDoesNotAllow() {
    String counts = "{\"total\":0,\"byKind\":{},\"byChannel\":{},\"byState\":{}}";
    assertThat(check("GET", "/v1/consultations/" + java.util.UUID.randomUUID() + "/counts?verbose=1", null, 200, "application/json", counts))
        .singleElement().asString().contains("undocumented query parameter verbose");
  }

  @Test
  void anUndocumentedMethodMustBeA405ListingTheDocumentedMethods() {
    String problem = "{\"type\":\"https://consulta.dev/problems/method-not-allowed\",\"title\":\"Method not allowed\",\"status\":405,\"detail\":\"no\"}";
    List<String> breaches = check("DELETE", "/v1/consultations", null, 405, "application/problem+json", problem, "Allow", "GET");

    assertThat(breaches).singleElement().asString().contains("differs from the documented methods [GET, POST]");
  }

  private static List<String> check(String method, String path, String requestBody, int status, String type, String body, String... headers) {
    Map<String, List<String>> response = new java.util.HashMap<>();
    response.put("Content-Type", List.of(type));
    for (int i = 0; i < headers.length; i += 2) {
      response.put(headers[i], List.of(headers[i + 1]));
    }
    HttpHeaders none = HttpHeaders.of(Map.of("Consulta-Tenant", List.of("lisbon")), (a, b) -> true);
    return CONTRACT.check(method, URI.create("http://localhost" + path), none, requestBody, status, HttpHeaders.of(response, (a, b) -> true), body);
  }

  private static void collectDanglingRefs(JsonNode node, List<String> dangling) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && CONTRACT.document().at(ref.asString().substring(1)).isMissingNode()) {
        dangling.add(ref.asString());
      }
      node.values().forEach(child -> collectDanglingRefs(child, dangling));
    } else if (node.isArray()) {
      node.values().forEach(child -> collectDanglingRefs(child, dangling));
    }
  }
}
