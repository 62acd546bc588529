package org.consulta.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.consulta.core.Consulta;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Token buckets per caller, through a real socket, against a clock the test moves. */
class RateLimitTest {
  /** Every exchange is checked against the OpenAPI document, 429s included. */
  static final ContractValidatingClient CLIENT = new ContractValidatingClient(HttpClient.newHttpClient(), OpenApiContract.load());

  /** A clock the test moves. */
  static final class FakeClock extends Clock {
    volatile Instant now = Instant.parse("2030-01-01T00:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }
  }

  FakeClock clock = new FakeClock();
  ConsultaServer server;
  String keyA;
  String keyB;
  String system;

  @BeforeEach
  void start() {
    ApiKeys keys = new ApiKeys();
    keyA = keys.issue(TenantId.of("lisbon"), "a", Set.of(Role.MANAGER));
    keyB = keys.issue(TenantId.of("lisbon"), "b", Set.of(Role.MANAGER));
    system = keys.issue(TenantId.of("lisbon"), "backend", Set.of(Role.SYSTEM));
    RateLimits limits = RateLimits.builder()
        .perApiKey(3, Duration.ofSeconds(30))
        .perParticipant(2, Duration.ofMinutes(1))
        .perAnonymousClient(5, Duration.ofMinutes(1))
        .clock(clock)
        .build();
    server = ConsultaServer.start(ConsultaHttp.builder(Consulta.builder().build())
        .authenticator(new ApiKeyAuthenticator(keys)).rateLimits(limits).build(), 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(b.build(), null);
  }

  HttpResponse<String> asKey(String key) throws Exception {
    return get("/v1/consultations", "Authorization", "Bearer " + key);
  }

  @Test
  void aKeyGetsItsBurstThen429WithRetryAfterUntilTheBucketRefills() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(asKey(keyA).statusCode()).isEqualTo(200);
    }
    HttpResponse<String> limited = asKey(keyA);
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("10");
    assertThat(limited.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(limited.body()).contains("https://consulta.dev/problems/rate-limited");

    clock.advance(Duration.ofSeconds(10));
    assertThat(asKey(keyA).statusCode()).isEqualTo(200);
    assertThat(asKey(keyA).statusCode()).isEqualTo(429);
  }

  @Test
  void eachKeyHasItsOwnBucket() throws Exception {
    for (int i = 0; i < 3; i++) {
      asKey(keyA);
    }
    assertThat(asKey(keyA).statusCode()).isEqualTo(429);
    assertThat(asKey(keyB).statusCode()).isEqualTo(200);
  }

  @Test
  void participantsAreLimitedPerParticipantEvenThroughASystemKey() throws Exception {
    String ana = register();
    String ben = register();
    for (int i = 0; i < 2; i++) {
      assertThat(get("/v1/participants/me", "Authorization", "Bearer " + system, "Consulta-On-Behalf-Of", ana).statusCode()).isEqualTo(200);
    }
    HttpResponse<String> limited = get("/v1/participants/me", "Authorization", "Bearer " + system, "Consulta-On-Behalf-Of", ana);
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("30");
    assertThat(get("/v1/participants/me", "Authorization", "Bearer " + system, "Consulta-On-Behalf-Of", ben).statusCode()).isEqualTo(200);
  }

  @Test
  void anonymousClientsAreLimitedByAddress() throws Exception {
    int ok = 0;
    for (int i = 0; i < 6; i++) {
      if (get("/v1/consultations", "Consulta-Tenant", "lisbon").statusCode() == 200) {
        ok++;
      }
    }
    assertThat(ok).isEqualTo(5);
    assertThat(get("/v1/consultations", "Consulta-Tenant", "lisbon").statusCode()).isEqualTo(429);
  }

  @Test
  void idleBucketsAreDroppedAndAFloodOfCallersStaysBounded() {
    RateLimiter limiter = new RateLimiter(RateLimits.builder().perStaff(1, Duration.ofSeconds(1)).maxTrackedCallers(10).clock(clock).build());
    for (int i = 0; i < 10_000; i++) {
      limiter.charge(org.consulta.core.access.Actor.of(TenantId.of("lisbon"), "staff-" + i, Role.MANAGER), FakeRequest.of("GET", "/"));
    }
    assertThat(limiter.trackedCallers()).isLessThanOrEqualTo(10);
    clock.advance(Duration.ofSeconds(2));
    limiter.charge(org.consulta.core.access.Actor.of(TenantId.of("lisbon"), "staff-9999", Role.MANAGER), FakeRequest.of("GET", "/"));
  }

  @Test
  void eachLimitIsSetOnce() {
    assertThatThrownBy(() -> RateLimits.builder().perApiKey(1, Duration.ofSeconds(1)).perApiKey(2, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("perApiKey was already set");
    assertThatThrownBy(() -> RateLimits.builder().perApiKey(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
  }

  String register() throws Exception {
    HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("/v1/participants"))
        .header("Authorization", "Bearer " + system).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), "{}");
    assertThat(r.statusCode()).isEqualTo(201);
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).get("id").asText();
  }
}
