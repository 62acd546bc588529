package org.consulta.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.consulta.core.Consulta;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cross-origin requests from a browser portal, through a real socket. */
class CorsTest {
  static final HttpClient CLIENT = HttpClient.newHttpClient();
  static final String PORTAL = "https://participa.lisboa.pt";
  static ConsultaServer withCors;
  static ConsultaServer withoutCors;

  @BeforeAll
  static void start() {
    Consulta consulta = Consulta.builder().build();
    withCors = ConsultaServer.start(ConsultaHttp.builder(consulta).cors(Cors.builder().allowOrigins(PORTAL).build()).build(), 0);
    withoutCors = ConsultaServer.start(ConsultaHttp.builder(consulta).build(), 0);
  }

  @AfterAll
  static void stop() {
    withCors.close();
    withoutCors.close();
  }

  static HttpResponse<String> send(ConsultaServer server, String method, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve("/v1/consultations"));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    b.method(method, HttpRequest.BodyPublishers.noBody());
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aPreflightFromAnAllowedOriginIsAnsweredBeforeAuthentication() throws Exception {
    HttpResponse<String> r = send(withCors, "OPTIONS", "Origin", PORTAL, "Access-Control-Request-Method", "POST",
        "Access-Control-Request-Headers", "authorization, content-type, idempotency-key");
    assertThat(r.statusCode()).isEqualTo(204);
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue(PORTAL);
    assertThat(r.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, POST, PUT, PATCH, DELETE");
    assertThat(r.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(h -> assertThat(h)
        .contains("Authorization", "Content-Type", "Idempotency-Key", "If-Match", "Consulta-Tenant"));
    assertThat(r.headers().firstValue("Access-Control-Max-Age")).hasValue("600");
    assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
  }

  @Test
  void aPreflightFromAnotherOriginOrForAnUnlistedHeaderIsRefused() throws Exception {
    HttpResponse<String> origin = send(withCors, "OPTIONS", "Origin", "https://evil.test", "Access-Control-Request-Method", "GET");
    assertThat(origin.statusCode()).isEqualTo(403);
    assertThat(origin.body()).contains("/problems/cors-rejected");
    assertThat(origin.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    HttpResponse<String> header = send(withCors, "OPTIONS", "Origin", PORTAL, "Access-Control-Request-Method", "GET",
        "Access-Control-Request-Headers", "X-Custom");
    assertThat(header.statusCode()).isEqualTo(403);
    assertThat(header.body()).contains("X-Custom");
  }

  @Test
  void anAllowedOriginCanReadResponsesAndTheirHeaders() throws Exception {
    HttpResponse<String> r = send(withCors, "GET", "Origin", PORTAL, "Consulta-Tenant", "lisbon");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue(PORTAL);
    assertThat(r.headers().firstValue("Access-Control-Expose-Headers")).hasValue("ETag, Location, Retry-After");
    assertThat(r.headers().allValues("Vary")).contains("Origin");
  }

  @Test
  void errorsToAnAllowedOriginAreReadableToo() throws Exception {
    HttpResponse<String> r = send(withCors, "GET", "Origin", PORTAL);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue(PORTAL);
  }

  @Test
  void anotherOriginIsServedWithoutCorsHeaders() throws Exception {
    HttpResponse<String> r = send(withCors, "GET", "Origin", "https://evil.test", "Consulta-Tenant", "lisbon");
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void withoutCorsConfiguredOptionsIsNotAllowedAndNoHeadersAreSent() throws Exception {
    HttpResponse<String> r = send(withoutCors, "OPTIONS", "Origin", PORTAL, "Access-Control-Request-Method", "GET");
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void originsAreExactOrAny() {
    assertThat(Cors.builder().allowAnyOrigin().build().allows("https://anything.test")).isTrue();
    assertThatThrownBy(() -> Cors.builder().allowOrigins("https://a.test/path")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cors.builder().allowOrigins(PORTAL).allowAnyOrigin()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Cors.builder().build()).isInstanceOf(IllegalStateException.class);
  }
}
