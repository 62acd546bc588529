package org.consulta.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.consulta.core.Consulta;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile requests through a real socket; each gets its documented answer and the server keeps
 * serving (checked after every test). Syntax-level problems (not JSON, truncated, too deep, bad
 * UTF-8, numbers too long to parse) are 400 {@code malformed}; well-formed JSON whose values do not
 * fit (wrong types, out-of-range numbers) is 422 {@code invalid-input} naming the field.
 */
class HostileInputTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static ConsultaServer server;
  static String manager;
  static String system;

  @BeforeAll
  static void start() {
    ApiKeys keys = new ApiKeys();
    manager = keys.issue(TenantId.of("lisbon"), "manager", Set.of(Role.MANAGER));
    system = keys.issue(TenantId.of("lisbon"), "backend", Set.of(Role.SYSTEM));
    server = ConsultaServer.start(ConsultaHttp.builder(Consulta.builder().build()).authenticator(new ApiKeyAuthenticator(keys)).build(), 0);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @AfterEach
  void theServerStillServes() throws Exception {
    assertThat(send("GET", "/v1/consultations", null, bytes("")).status()).isEqualTo(200);
  }

  record Reply(int status, JsonNode body) {
    String kind() {
      return body.get("type").asText().substring(Problems.TYPE_BASE.length());
    }
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static Reply send(String method, String path, byte[] body, byte[] unusedForGet, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(10));
    if (java.util.Arrays.stream(headers).noneMatch("Authorization"::equals)) {
      b.header("Authorization", "Bearer " + manager);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body().isEmpty() ? null : JSON.readTree(r.body()));
  }

  static Reply post(String path, byte[] body, String... headers) throws Exception {
    return send("POST", path, body, null, headers);
  }

  static void assertProblem(Reply reply, int status, String kind) {
    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.kind()).isEqualTo(kind);
  }

  static String openConsultation() throws Exception {
    Reply created = post("/v1/consultations", bytes(ApiTest.CONSULTATION));
    String id = created.body().get("id").asText();
    assertThat(post("/v1/consultations/" + id + "/transitions", bytes("{\"to\":\"OPEN\"}")).status()).isEqualTo(200);
    return id;
  }

  /** An idea in an open consultation, and the participant who submitted it. */
  static String[] anIdea() throws Exception {
    String consultation = openConsultation();
    String participant = JSON.readTree(CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("/v1/participants"))
        .header("Consulta-Tenant", "lisbon").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString()).body()).get("id").asText();
    HttpResponse<String> idea = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("/v1/consultations/" + consultation + "/contributions"))
        .header("Authorization", "Bearer " + system).header("Consulta-On-Behalf-Of", participant).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"IDEA\",\"body\":\"Trees\",\"language\":\"en\",\"channel\":\"ONLINE\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(idea.statusCode()).isEqualTo(201);
    return new String[] {JSON.readTree(idea.body()).get("id").asText(), participant};
  }

  @Test
  void malformedAndTruncatedJsonIsMalformed() throws Exception {
    for (String body : new String[] {"{\"title\":", "{\"title\":{\"en\":\"Park\"}", "{\"title\":\"unterminated", "nope", "", "[]", "42",
        "{} {}", "{'title':1}", "{\"a\":1,}"}) {
      assertProblem(post("/v1/consultations", bytes(body)), 400, "malformed");
    }
  }

  @Test
  void wrongTypesAreInvalidInputNamingTheField() throws Exception {
    Reply kinds = post("/v1/consultations", bytes(ApiTest.CONSULTATION.replace("[\"IDEA\",\"COMMENT\",\"PROPOSAL\"]", "5")));
    assertProblem(kinds, 422, "invalid-input");
    assertThat(kinds.body().get("violations").findValuesAsText("field")).containsExactly("acceptedKinds");

    String[] idea = anIdea();
    Reply stance = send("PUT", "/v1/contributions/" + idea[0] + "/reaction", bytes("{\"support\":\"SUPPORT\",\"stance\":\"high\"}"), null,
        "Authorization", "Bearer " + system, "Consulta-On-Behalf-Of", idea[1]);
    assertProblem(stance, 422, "invalid-input");
    assertThat(stance.body().get("violations").findValuesAsText("field")).containsExactly("stance");
    assertProblem(post("/v1/consultations/" + openConsultation() + "/transitions", bytes("{\"to\":[\"OPEN\"]}")), 422, "invalid-input");
  }

  @Test
  void hugeNumbersAreRefusedQuickly() throws Exception {
    String[] idea = anIdea();
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      for (String stance : new String[] {"1e999999", "-1e999999", "1234567890123456789012345678901234567890"}) {
        Reply reply = send("PUT", "/v1/contributions/" + idea[0] + "/reaction", bytes("{\"support\":\"SUPPORT\",\"stance\":" + stance + "}"), null,
            "Authorization", "Bearer " + system, "Consulta-On-Behalf-Of", idea[1]);
        assertProblem(reply, 422, "invalid-input");
      }
      Reply underflow = send("PUT", "/v1/contributions/" + idea[0] + "/reaction", bytes("{\"support\":\"SUPPORT\",\"stance\":1e-999999999}"), null,
          "Authorization", "Bearer " + system, "Consulta-On-Behalf-Of", idea[1]);
      assertThat(underflow.status()).isEqualTo(200); // rounds to 0, a valid stance
      Reply version = send("PATCH", "/v1/consultations/" + openConsultation(),
          bytes("{\"summary\":{\"en\":\"x\"},\"expectedVersion\":1234567890123456789012345678901234567890}"), null);
      assertProblem(version, 422, "invalid-input");
      assertProblem(post("/v1/consultations", bytes("{\"n\":" + "9".repeat(5_000) + "}")), 400, "malformed");
      assertProblem(post("/v1/consultations", bytes("{\"n\":1." + "1".repeat(5_000) + "e99999999}")), 400, "malformed");
    });
  }

  @Test
  void deeplyNestedJsonIsMalformedAndFast() {
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      assertProblem(post("/v1/consultations", bytes("[".repeat(100_000))), 400, "malformed");
      assertProblem(post("/v1/consultations", bytes("{\"a\":".repeat(100_000))), 400, "malformed");
      assertProblem(post("/v1/consultations", bytes("{\"title\":" + "[".repeat(201) + "]".repeat(201) + "}")), 400, "malformed");
    });
  }

  @Test
  void invalidUtf8IsMalformed() throws Exception {
    byte[][] bodies = {
        {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
        {'{', '"', 't', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'},
        {'{', '"', 't', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'},
        {'{', '"', 't', '"', ':', '"', (byte) 0xE2, (byte) 0x82},
    };
    for (byte[] body : bodies) {
      assertProblem(post("/v1/consultations", body), 400, "malformed");
    }
  }

  @Test
  void aTenMegabyteBodyIsTooLargeWhateverItsFraming() throws Exception {
    byte[] big = new byte[10 << 20];
    java.util.Arrays.fill(big, (byte) ' ');
    String declared = raw("POST /v1/consultations HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + manager
        + "\r\nContent-Type: application/json\r\nContent-Length: " + big.length + "\r\n\r\n", new byte[64 * 1024]);
    assertThat(declared).startsWith("HTTP/1.1 413").contains("/problems/too-large");

    String chunked = raw("POST /v1/consultations HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + manager
        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n", chunked(big));
    assertThat(chunked).startsWith("HTTP/1.1 413").contains("/problems/too-large");
  }

  @Test
  void headerInjectionIsRefusedByTheContainerAndTheServerStaysUp() throws Exception {
    String[] requests = {
        "GET /v1/consultations HTTP/1.1\r\nHost: localhost\r\nConsulta-Tenant: lisbon\rX-Injected: yes\r\n\r\n",
        "GET /v1/consultations HTTP/1.1\r\nHost: localhost\r\nConsulta-Tenant: lis\u0000bon\r\n\r\n",
        "GET /v1/consultations HTTP/1.1\r\nHost: localhost\r\nConsulta-Tenant: lisbon\r\n folded: continuation\r\n\r\n",
        "GET /v1/consultations\r\nX: y HTTP/1.1\r\nHost: localhost\r\n\r\n",
    };
    for (String request : requests) {
      String response = raw(request, new byte[0]);
      assertThat(response).as(request).matches("(?s)HTTP/1\\.1 (4\\d\\d|505) .*");
      assertThat(response).doesNotContain("X-Injected");
    }
    String huge = raw("GET /v1/consultations HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(64 * 1024) + "\r\n\r\n", new byte[0]);
    assertThat(huge).startsWith("HTTP/1.1 431");
  }

  @Test
  void theContainersOwnRejectionsAreProblemJson() throws Exception {
    String[][] cases = {
        {"GET /v1/consultations HTTP/1.1\r\nHost: localhost\r\nConsulta-Tenant: lis\u0000bon\r\n\r\n", "400", "malformed"},
        {"GET /v1/consultations HTTP/1.1\r\nHost: localhost\r\nConsulta-Tenant: lisbon\rX-Injected: yes\r\n\r\n", "400", "malformed"},
        {"GET /v1/consultations HTTP/1.1 extra\r\nHost: localhost\r\n\r\n", "400", "malformed"},
        {"GET /v1/consultations\r\nX: y HTTP/1.1\r\nHost: localhost\r\n\r\n", "505", "http-version-not-supported"},
        {"GET /v1/consultations HTTP/1.7\r\nHost: localhost\r\n\r\n", "505", "http-version-not-supported"},
        {"GET /v1/consultations HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(64 * 1024) + "\r\n\r\n", "431", "header-too-large"},
    };
    for (String[] c : cases) {
      String response = raw(c[0], new byte[0]);
      String head = response.substring(0, response.indexOf("\r\n\r\n"));
      JsonNode problem = JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
      assertThat(head).as(c[2]).startsWith("HTTP/1.1 " + c[1]).containsIgnoringCase("Content-Type: application/problem+json");
      assertThat(problem.get("type").asText()).isEqualTo(Problems.TYPE_BASE + c[2]);
      assertThat(problem.get("status").asInt()).isEqualTo(Integer.parseInt(c[1]));
      assertThat(problem.get("title").asText()).isNotBlank();
      assertThat(problem.get("detail").asText()).matches("[\\x20-\\x7e]+");
      assertThat(send("GET", "/v1/consultations", null, null).status()).isEqualTo(200);
    }
  }

  @Test
  void headerValuesTheApiReadsAreValidated() throws Exception {
    String tenant = raw("GET /v1/consultations HTTP/1.1\r\nHost: localhost\r\nConsulta-Tenant: lis\u00e9bon\r\nConnection: close\r\n\r\n", new byte[0]);
    assertThat(tenant).startsWith("HTTP/1.1 400").contains("/problems/malformed");
    assertProblem(post("/v1/consultations", bytes(ApiTest.CONSULTATION), "Idempotency-Key", "x".repeat(200)), 400, "malformed");
    assertProblem(send("PATCH", "/v1/consultations/" + openConsultation(), bytes("{}"), null, "If-Match", "\"v1\", <script>"), 400, "malformed");
    String path = raw("GET /v1/consultations/%0d%0aX-Injected:%20yes HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", new byte[0]);
    assertThat(path).startsWith("HTTP/1.1 400");
    assertThat(path.substring(0, path.indexOf("\r\n\r\n"))).doesNotContain("X-Injected");
  }

  @Test
  void responsesDoNotNameTheServerSoftwareOrItsVersion() throws Exception {
    String ok = raw("GET /v1/consultations HTTP/1.1\r\nHost: localhost\r\nConsulta-Tenant: lisbon\r\nConnection: close\r\n\r\n", new byte[0]);
    String jettyError = raw("GET /v1/consultations HTTP/1.1\r\nHost: localhost\r\nX: " + "x".repeat(20_000) + "\r\nConnection: close\r\n\r\n",
        new byte[0]);
    for (String response : new String[] {ok, jettyError}) {
      String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n"))).toLowerCase(java.util.Locale.ROOT);
      assertThat(head).isNotEmpty().doesNotContain("\r\nserver:").doesNotContain("x-powered-by").doesNotContain("jetty");
      assertThat(response.toLowerCase(java.util.Locale.ROOT)).doesNotContain("jetty");
    }
    assertThat(ok).startsWith("HTTP/1.1 200");
    assertThat(jettyError).startsWith("HTTP/1.1 431");
  }

  /** Sends bytes on a fresh connection and returns what came back, as ISO-8859-1, however the exchange ended. */
  static String raw(String head, byte[] body) throws IOException {
    try (Socket socket = new Socket(server.uri().getHost(), server.uri().getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      try {
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
      } catch (IOException e) {
        // the server may answer and close before reading everything: that is the point
      }
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try {
        int n;
        while ((n = in.read(buffer)) != -1) {
          response.write(buffer, 0, n);
          String text = response.toString(StandardCharsets.ISO_8859_1);
          if (complete(text)) {
            break;
          }
        }
      } catch (IOException e) {
        // reset after the answer was read
      }
      return response.toString(StandardCharsets.ISO_8859_1);
    }
  }

  private static boolean complete(String text) {
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return false;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\r\ncontent-length: *(\\d+)").matcher(text.substring(0, end));
    return m.find() && text.length() - end - 4 >= Integer.parseInt(m.group(1));
  }

  private static byte[] chunked(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int size = 64 * 1024;
    for (int i = 0; i < data.length; i += size) {
      int n = Math.min(size, data.length - i);
      out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(data, i, n);
      out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }
}
