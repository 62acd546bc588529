package org.consulta.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.consulta.core.Consulta;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** JWT bearer tokens through a real socket, with the issuer's keys served from a JWKS URL. */
class JwtAuthenticatorTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ISSUER = "https://id.example.test/realms/citizens";
  static final String AUDIENCE = "consulta";
  static final HttpClient CLIENT = HttpClient.newHttpClient();

  static RSAKey key;
  static RSAKey impostor;
  static HttpServer jwksServer;
  static final AtomicInteger jwksFetches = new AtomicInteger();
  static Consulta consulta;
  static ConsultaServer server;

  @BeforeAll
  static void start() throws Exception {
    key = new RSAKeyGenerator(2048).keyID("k1").generate();
    impostor = new RSAKeyGenerator(2048).keyID("k1").generate();
    byte[] jwks = new JWKSet(key).toPublicJWKSet().toString().getBytes(StandardCharsets.UTF_8);
    jwksServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    jwksServer.createContext("/jwks", exchange -> {
      jwksFetches.incrementAndGet();
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, jwks.length);
      exchange.getResponseBody().write(jwks);
      exchange.close();
    });
    jwksServer.start();
    consulta = Consulta.builder().build();
    JwtAuthenticator jwt = JwtAuthenticator.builder(consulta)
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .jwks(URI.create("http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/jwks"))
        .build();
    Authenticator auth = new ApiKeyAuthenticator(new ApiKeys()).orElse(jwt);
    server = ConsultaServer.start(ConsultaHttp.builder(consulta).authenticator(auth).build(), 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    jwksServer.stop(0);
  }

  static JWTClaimsSet.Builder claims(String subject, String... roles) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .subject(subject)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .claim("tenant", "lisbon")
        .claim("roles", List.of(roles));
  }

  static String sign(JWTClaimsSet claims, RSAKey with) throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
    jwt.sign(new RSASSASigner(with));
    return jwt.serialize();
  }

  static String token(String subject, String... roles) throws Exception {
    return sign(claims(subject, roles).build(), key);
  }

  static String token(Consumer<JWTClaimsSet.Builder> change) throws Exception {
    JWTClaimsSet.Builder b = claims("staff-1", "manager");
    change.accept(b);
    return sign(b.build(), key);
  }

  record Reply(int status, JsonNode body) {
    String detail() {
      return body.get("detail").asText();
    }
  }

  static Reply send(String method, String path, String token, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body().isEmpty() ? null : JSON.readTree(r.body()));
  }

  static void assertUnauthenticated(Reply reply, String detail) {
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.body().get("type").asText()).isEqualTo("https://consulta.dev/problems/unauthenticated");
    assertThat(reply.detail()).contains(detail);
  }

  static String openConsultation() throws Exception {
    String manager = token("staff-1", "manager");
    Reply created = send("POST", "/v1/consultations", manager, ApiTest.CONSULTATION);
    assertThat(created.status()).isEqualTo(201);
    String id = created.body().get("id").asText();
    assertThat(send("POST", "/v1/consultations/" + id + "/transitions", manager, "{\"to\":\"OPEN\"}").status()).isEqualTo(200);
    return id;
  }

  @Test
  void aStaffTokenActsWithItsRolesInItsTenant() throws Exception {
    Reply created = send("POST", "/v1/consultations", token("staff-1", "MANAGER", "some-other-idp-role"), ApiTest.CONSULTATION);
    assertThat(created.status()).isEqualTo(201);
    Reply read = send("GET", "/v1/consultations/" + created.body().get("id").asText(), token("staff-2", "auditor"), null);
    assertThat(read.status()).isEqualTo(200);
  }

  @Test
  void theJwksIsFetchedFromItsUrlOnceAndCached() throws Exception {
    assertThat(send("GET", "/v1/consultations", token("staff-1", "auditor"), null).status()).isEqualTo(200);
    int fetched = jwksFetches.get();
    for (int i = 0; i < 5; i++) {
      assertThat(send("GET", "/v1/consultations", token("staff-1", "auditor"), null).status()).isEqualTo(200);
    }
    assertThat(fetched).isPositive();
    assertThat(jwksFetches.get()).isEqualTo(fetched);
  }

  @Test
  void aParticipantTokenRegistersWithItsSubjectThenSubmits() throws Exception {
    String consultation = openConsultation();
    String citizen = token("citizen-7", "participant");

    assertUnauthenticated(send("GET", "/v1/participants/me", citizen, null), "register with POST /v1/participants");

    Reply registered = send("POST", "/v1/participants", citizen, "{\"displayName\":\"Ana\"}");
    assertThat(registered.status()).isEqualTo(201);
    String id = registered.body().get("id").asText();
    assertThat(consulta.participants().findByExternalRef(Actor.system(TenantId.of("lisbon")), "citizen-7"))
        .hasValueSatisfying(p -> assertThat(p.id().toString()).isEqualTo(id));

    assertThat(send("GET", "/v1/participants/me", citizen, null).body().get("id").asText()).isEqualTo(id);
    Reply idea = send("POST", "/v1/consultations/" + consultation + "/contributions", citizen,
        "{\"kind\":\"IDEA\",\"body\":\"More benches\",\"language\":\"en\",\"channel\":\"ONLINE\"}");
    assertThat(idea.status()).isEqualTo(201);
  }

  @Test
  void aRegisteredSubjectCannotRegisterAgain() throws Exception {
    String citizen = token("citizen-8", "participant");
    assertThat(send("POST", "/v1/participants", citizen, "{}").status()).isEqualTo(201);
    assertThat(send("POST", "/v1/participants", citizen, "{}").status()).isEqualTo(409);
  }

  @Test
  void aParticipantTokenCannotRegisterUnderAnotherExternalRef() throws Exception {
    Reply reply = send("POST", "/v1/participants", token("citizen-9", "participant"), "{\"externalRef\":\"someone-else\"}");
    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.body().get("violations").findValuesAsText("field")).containsExactly("externalRef");
  }

  @Test
  void aMissingTokenIsUnauthenticated() throws Exception {
    assertThat(send("GET", "/v1/consultations", null, null).status()).isEqualTo(401);
    HttpResponse<String> anonymous = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("/v1/events"))
        .header("Consulta-Tenant", "lisbon").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"consulta\"");
  }

  @Test
  void garbageIsNotAWellFormedJwt() throws Exception {
    assertUnauthenticated(send("GET", "/v1/consultations", "not-a-jwt", null), "not a well-formed JWT");
    assertUnauthenticated(send("GET", "/v1/consultations", "e30.e30.e30", null), "not a well-formed JWT");
    JwtAuthenticator jwt = JwtAuthenticator.builder(consulta).issuer(ISSUER).audience(AUDIENCE).jwks(new JWKSet(key)).build();
    assertThatThrownBy(() -> jwt.authenticate(FakeRequest.of("GET", "/v1/consultations", "Authorization", "Bearer " + "x".repeat(20_000))))
        .isInstanceOf(AuthenticationException.class).hasMessageContaining("not a well-formed JWT");
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefusedWithoutEchoingIt() throws Exception {
    String forged = sign(claims("staff-1", "admin").build(), impostor);
    Reply reply = send("GET", "/v1/consultations", forged, null);
    assertUnauthenticated(reply, "signature is invalid");
    assertThat(reply.body().toString()).doesNotContain(forged.substring(0, 20)).doesNotContain("staff-1");
  }

  @Test
  void aTokenWithAnUnknownKeyIdIsRefused() throws Exception {
    RSAKey other = new RSAKeyGenerator(2048).keyID("k-unknown").generate();
    assertUnauthenticated(send("GET", "/v1/consultations", sign(claims("staff-1", "admin").build(), other), null), "no key of the issuer");
  }

  @Test
  void unsignedAndSymmetricTokensAreRefused() throws Exception {
    String none = new PlainJWT(claims("staff-1", "admin").build()).serialize();
    assertUnauthenticated(send("GET", "/v1/consultations", none, null), "unsigned");
    SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(), claims("staff-1", "admin").build());
    hmac.sign(new MACSigner(key.toPublicJWK().toRSAPublicKey().getEncoded()));
    assertUnauthenticated(send("GET", "/v1/consultations", hmac.serialize(), null), "algorithm is not accepted");
  }

  @Test
  void expiredAndNotYetValidTokensAreRefused() throws Exception {
    Instant now = Instant.now();
    assertUnauthenticated(send("GET", "/v1/consultations", token(b -> b.expirationTime(Date.from(now.minusSeconds(120)))), null), "expired");
    assertUnauthenticated(send("GET", "/v1/consultations", token(b -> b.expirationTime(null)), null), "no expiry");
    assertUnauthenticated(send("GET", "/v1/consultations", token(b -> b.notBeforeTime(Date.from(now.plusSeconds(600)))), null), "not valid yet");
  }

  @Test
  void withinTheClockSkewAJustExpiredTokenIsAccepted() throws Exception {
    Reply reply = send("GET", "/v1/consultations", token(b -> b.expirationTime(Date.from(Instant.now().minusSeconds(20)))), null);
    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void aWrongIssuerOrAudienceIsRefused() throws Exception {
    assertUnauthenticated(send("GET", "/v1/consultations", token(b -> b.issuer("https://evil.test")), null), "issuer");
    assertUnauthenticated(send("GET", "/v1/consultations", token(b -> b.audience("another-api")), null), "audience");
    assertUnauthenticated(send("GET", "/v1/consultations", token(b -> b.audience((String) null)), null), "audience");
  }

  @Test
  void missingOrUnusableClaimsAreRefused() throws Exception {
    assertUnauthenticated(send("GET", "/v1/consultations", token(b -> b.claim("tenant", null)), null), "no tenant claim 'tenant'");
    assertUnauthenticated(send("GET", "/v1/consultations", token(b -> b.claim("tenant", "Not A Tenant!")), null), "not a tenant id");
    assertUnauthenticated(send("GET", "/v1/consultations", token(b -> b.subject(null)), null), "no subject");
    assertUnauthenticated(send("GET", "/v1/consultations", token(b -> b.claim("roles", List.of("viewer"))), null), "grants no Consulta role");
    assertUnauthenticated(send("GET", "/v1/consultations", token(b -> b.claim("roles", 42)), null), "neither a list nor a string");
    assertUnauthenticated(send("GET", "/v1/consultations", token("someone", "participant", "admin"), null), "one or the other");
  }

  @Test
  void apiKeysStillAuthenticateNextToJwts() throws Exception {
    ApiKeys keys = new ApiKeys();
    String manager = keys.issue(TenantId.of("lisbon"), "backend", java.util.Set.of(Role.MANAGER));
    Authenticator auth = new ApiKeyAuthenticator(keys).orElse(JwtAuthenticator.builder(consulta)
        .issuer(ISSUER).audience(AUDIENCE).jwks(new JWKSet(key)).build());
    assertThat(auth.authenticate(FakeRequest.of("GET", "/v1/consultations", "Authorization", "Bearer " + manager)))
        .hasValueSatisfying(a -> assertThat(a.roles()).containsExactly(Role.MANAGER));
    assertThat(auth.authenticate(FakeRequest.of("GET", "/v1/consultations", "Authorization", "Bearer " + token("staff-1", "auditor"))))
        .hasValueSatisfying(a -> assertThat(a.subject()).isEqualTo("staff-1"));
    assertThat(auth.authenticate(FakeRequest.of("GET", "/v1/consultations", "Authorization", "Basic dXNlcjpwYXNz"))).isEmpty();
  }

  @Test
  void rolesAreMappedFromANestedClaimAndTheTenantCanBeFixed() throws Exception {
    JwtAuthenticator jwt = JwtAuthenticator.builder(consulta)
        .issuer(ISSUER).audience(AUDIENCE).jwks(new JWKSet(key))
        .tenant(TenantId.of("porto"))
        .rolesClaim("realm_access.roles")
        .roleMapping(Map.of("consulta-moderator", Role.MODERATOR, "consulta-responder", Role.RESPONDER))
        .build();
    String token = token(b -> b.claim("tenant", null).claim("roles", null)
        .claim("realm_access", Map.of("roles", List.of("consulta-moderator", "consulta-responder", "manager", "offline_access"))));
    Optional<Actor> actor = jwt.authenticate(FakeRequest.of("GET", "/v1/consultations", "Authorization", "Bearer " + token));
    assertThat(actor).hasValue(new Actor(TenantId.of("porto"), "staff-1", java.util.Set.of(Role.MODERATOR, Role.RESPONDER)));
  }

  @Test
  void aSpaceSeparatedRolesClaimAndDefaultRolesWork() throws Exception {
    JwtAuthenticator jwt = JwtAuthenticator.builder(consulta)
        .issuer(ISSUER).audience(AUDIENCE).jwks(new JWKSet(key)).rolesClaim("scope").defaultRoles(Role.AUDITOR).build();
    String scoped = token(b -> b.claim("scope", "openid manager moderator"));
    assertThat(jwt.authenticate(FakeRequest.of("GET", "/v1/consultations", "Authorization", "Bearer " + scoped)))
        .hasValueSatisfying(a -> assertThat(a.roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.MODERATOR));
    String plain = token(b -> b.claim("scope", "openid"));
    assertThat(jwt.authenticate(FakeRequest.of("GET", "/v1/consultations", "Authorization", "Bearer " + plain)))
        .hasValueSatisfying(a -> assertThat(a.roles()).containsExactly(Role.AUDITOR));
  }

  @Test
  void participantsCanBeRegisteredOnFirstUse() throws Exception {
    JwtAuthenticator jwt = JwtAuthenticator.builder(consulta)
        .issuer(ISSUER).audience(AUDIENCE).jwks(new JWKSet(key)).autoRegisterParticipants().build();
    String token = token("citizen-auto", "participant");
    Actor first = jwt.authenticate(FakeRequest.of("GET", "/v1/participants/me", "Authorization", "Bearer " + token)).orElseThrow();
    Actor again = jwt.authenticate(FakeRequest.of("GET", "/v1/participants/me", "Authorization", "Bearer " + token)).orElseThrow();
    assertThat(first).isEqualTo(again);
    assertThat(first.roles()).containsExactly(Role.PARTICIPANT);
    assertThat(consulta.participants().findByExternalRef(Actor.system(TenantId.of("lisbon")), "citizen-auto")).isPresent();
  }

  @Test
  void anUnreachableJwksIsAServiceProblemNotAnAuthenticationFailure() throws Exception {
    JwtAuthenticator jwt = JwtAuthenticator.builder(consulta)
        .issuer(ISSUER).audience(AUDIENCE).jwks(URI.create("http://127.0.0.1:9/jwks")).build();
    assertThatThrownBy(() -> jwt.authenticate(FakeRequest.of("GET", "/v1/consultations", "Authorization", "Bearer " + token("staff-1", "admin"))))
        .isInstanceOfSatisfying(HttpProblem.class, p -> assertThat(p.status).isEqualTo(503));
  }

  @Test
  void eachOptionIsSetOnceAndTheEssentialsAreRequired() {
    assertThatThrownBy(() -> JwtAuthenticator.builder(consulta).issuer("a").issuer("b"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("issuer was already set to a");
    assertThatThrownBy(() -> JwtAuthenticator.builder(consulta).tenant(TenantId.of("lisbon")).tenantClaim("t"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> JwtAuthenticator.builder(consulta).issuer("a").audience("b").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("jwks");
    assertThatThrownBy(() -> JwtAuthenticator.builder(consulta).algorithms("HS256")).isInstanceOf(IllegalArgumentException.class);
  }
}
