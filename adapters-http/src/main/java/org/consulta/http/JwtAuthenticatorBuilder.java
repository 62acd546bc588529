package org.consulta.http;

import static java.util.Objects.requireNonNull;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.consulta.core.Consulta;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;

/**
 * Configures a {@link JwtAuthenticator}; each option once. Not thread-safe.
 *
 * <p>Defaults: algorithms RS256 and ES256, clock skew 60 s, tenant claim {@code tenant}, roles
 * claim {@code roles} (a list, or a space-separated string) matched case-insensitively to {@link
 * Role} names, unknown names ignored, no default roles, JWKS cached 5 minutes.
 */
public final class JwtAuthenticatorBuilder {
  final Consulta consulta;
  String issuer;
  String audience;
  URI jwksUri;
  JWKSet jwkSet;
  Duration jwksTtl;
  Set<JWSAlgorithm> algorithms;
  Duration clockSkew;
  Clock clock;
  TenantId tenant;
  String tenantClaim;
  String rolesClaim;
  Map<String, Role> roleNames;
  Set<Role> defaultRoles;
  boolean autoRegister;
  long participantCacheSize = 100_000;

  JwtAuthenticatorBuilder(Consulta consulta) {
    this.consulta = consulta;
  }

  /**
   * @param issuer the {@code iss} every token must carry, exactly
   * @return this
   */
  public JwtAuthenticatorBuilder issuer(String issuer) {
    once(this.issuer, "issuer");
    this.issuer = requireNonNull(issuer, "issuer");
    return this;
  }

  /**
   * @param audience a value the token's {@code aud} must contain (this API's client id)
   * @return this
   */
  public JwtAuthenticatorBuilder audience(String audience) {
    once(this.audience, "audience");
    this.audience = requireNonNull(audience, "audience");
    return this;
  }

  /**
   * @param uri where the issuer publishes its keys (its {@code jwks_uri}); fetched when first
   *     needed, cached, refreshed ahead of expiry and on an unknown key id (at most every 30 s)
   * @return this
   */
  public JwtAuthenticatorBuilder jwks(URI uri) {
    onceJwks();
    this.jwksUri = requireNonNull(uri, "uri");
    return this;
  }

  /**
   * @param keys the issuer's public keys, for issuers without a JWKS URL and for tests
   * @return this
   */
  public JwtAuthenticatorBuilder jwks(JWKSet keys) {
    onceJwks();
    this.jwkSet = requireNonNull(keys, "keys").toPublicJWKSet();
    return this;
  }

  /**
   * @param ttl how long fetched keys are used before they are fetched again (default 5 minutes)
   * @return this
   */
  public JwtAuthenticatorBuilder jwksCacheTimeToLive(Duration ttl) {
    once(this.jwksTtl, "jwksCacheTimeToLive");
    if (ttl.compareTo(Duration.ofSeconds(30)) < 0) {
      throw new IllegalArgumentException("jwksCacheTimeToLive must be at least 30 seconds");
    }
    this.jwksTtl = ttl;
    return this;
  }

  /**
   * @param names the JWS algorithms accepted, e.g. {@code "RS256", "ES256", "PS256", "EdDSA"};
   *     never {@code none} and, with public keys, no HMAC
   * @return this
   */
  public JwtAuthenticatorBuilder algorithms(String... names) {
    once(this.algorithms, "algorithms");
    Set<JWSAlgorithm> set = new LinkedHashSet<>();
    for (String name : names) {
      JWSAlgorithm alg = JWSAlgorithm.parse(name);
      if (!JWSAlgorithm.Family.SIGNATURE.contains(alg)) {
        throw new IllegalArgumentException(name + " is not an asymmetric signature algorithm");
      }
      set.add(alg);
    }
    if (set.isEmpty()) {
      throw new IllegalArgumentException("name at least one algorithm");
    }
    this.algorithms = set;
    return this;
  }

  /**
   * @param skew tolerance for {@code exp} and {@code nbf} between clocks (default 60 s, at most 5 min)
   * @return this
   */
  public JwtAuthenticatorBuilder clockSkew(Duration skew) {
    once(this.clockSkew, "clockSkew");
    if (skew.isNegative() || skew.compareTo(Duration.ofMinutes(5)) > 0) {
      throw new IllegalArgumentException("clockSkew must be 0..5 minutes");
    }
    this.clockSkew = skew;
    return this;
  }

  /**
   * @param clock the clock for {@code exp} and {@code nbf} (default the system clock)
   * @return this
   */
  public JwtAuthenticatorBuilder clock(Clock clock) {
    once(this.clock, "clock");
    this.clock = requireNonNull(clock, "clock");
    return this;
  }

  /**
   * @param tenant the one tenant every token acts in, for an identity provider per tenant;
   *     excludes {@link #tenantClaim}
   * @return this
   */
  public JwtAuthenticatorBuilder tenant(TenantId tenant) {
    once(this.tenant, "tenant");
    once(this.tenantClaim, "tenantClaim");
    this.tenant = requireNonNull(tenant, "tenant");
    return this;
  }

  /**
   * @param name the claim holding the tenant id (default {@code tenant}; a dotted path reaches
   *     into nested objects); excludes {@link #tenant}
   * @return this
   */
  public JwtAuthenticatorBuilder tenantClaim(String name) {
    once(this.tenantClaim, "tenantClaim");
    once(this.tenant, "tenant");
    this.tenantClaim = requireNonNull(name, "name");
    return this;
  }

  /**
   * @param name the claim holding the roles (default {@code roles}; a dotted path such as {@code
   *     realm_access.roles} reaches into nested objects)
   * @return this
   */
  public JwtAuthenticatorBuilder rolesClaim(String name) {
    once(this.rolesClaim, "rolesClaim");
    this.rolesClaim = requireNonNull(name, "name");
    return this;
  }

  /**
   * @param names the identity provider's role names and the Consulta role each grants; names
   *     not listed are ignored (default: Consulta's role names, case-insensitive)
   * @return this
   */
  public JwtAuthenticatorBuilder roleMapping(Map<String, Role> names) {
    once(this.roleNames, "roleMapping");
    this.roleNames = Map.copyOf(names);
    return this;
  }

  /**
   * @param roles the roles of a token whose roles claim is absent or grants no Consulta role,
   *     e.g. {@link Role#PARTICIPANT} for a citizens-only identity provider (default none: such
   *     a token is refused)
   * @return this
   */
  public JwtAuthenticatorBuilder defaultRoles(Role... roles) {
    once(this.defaultRoles, "defaultRoles");
    this.defaultRoles = Set.of(roles);
    return this;
  }

  /**
   * Registers a participant token's subject on first use (no data, no consents) instead of
   * answering 401 until it registers itself with {@code POST /v1/participants}.
   *
   * @return this
   */
  public JwtAuthenticatorBuilder autoRegisterParticipants() {
    if (autoRegister) {
      throw new IllegalStateException("autoRegisterParticipants was already set");
    }
    this.autoRegister = true;
    return this;
  }

  /**
   * @param size how many subject-to-participant mappings to keep (default 100,000)
   * @return this
   */
  public JwtAuthenticatorBuilder participantCacheSize(long size) {
    if (size < 0) {
      throw new IllegalArgumentException("participantCacheSize must be >= 0");
    }
    this.participantCacheSize = size;
    return this;
  }

  /**
   * @return the authenticator
   * @throws IllegalStateException if issuer, audience or the JWKS is missing
   */
  public JwtAuthenticator build() {
    if (issuer == null || audience == null || (jwksUri == null && jwkSet == null)) {
      throw new IllegalStateException("issuer, audience and jwks are required");
    }
    if (algorithms == null) {
      algorithms = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);
    }
    if (clockSkew == null) {
      clockSkew = Duration.ofSeconds(60);
    }
    if (clock == null) {
      clock = Clock.systemUTC();
    }
    return new JwtAuthenticator(this);
  }

  JWKSource<SecurityContext> jwkSource() {
    if (jwkSet != null) {
      return new ImmutableJWKSet<>(jwkSet);
    }
    try {
      long ttl = (jwksTtl != null ? jwksTtl : Duration.ofMinutes(5)).toMillis();
      // 5 s to connect and to read: an identity provider (or a loaded CI machine) can be slow on the
      // first fetch, and a timeout here answers 503 to a request whose token may be valid
      return JWKSourceBuilder.<SecurityContext>create(jwksUri.toURL(), new DefaultResourceRetriever(5_000, 5_000, 256 * 1024))
          .cache(ttl, 15_000)
          .build();
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new IllegalArgumentException("the JWKS URI is not a URL", e);
    }
  }

  private void onceJwks() {
    if (jwksUri != null || jwkSet != null) {
      throw new IllegalStateException("jwks was already set to " + (jwksUri != null ? jwksUri : "a key set"));
    }
  }

  private static void once(Object current, String name) {
    if (current != null) {
      throw new IllegalStateException(name + " was already set to " + current);
    }
  }
}
