package org.consulta.http;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.consulta.core.Consulta;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.error.ConflictException;
import org.consulta.core.participant.NewParticipantBuilder;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates {@code Authorization: Bearer <jwt>} issued by the embedder's identity provider:
 * the signature is checked against the provider's JWKS (fetched from a URL and cached, or given
 * as a key set), then the issuer, the audience, {@code exp} and {@code nbf} (with a clock skew),
 * and {@code sub}; the tenant and roles are read from configurable claims. Bearer values starting
 * with {@value ApiKeys#PREFIX} are left to {@link ApiKeyAuthenticator}; combine the two:
 *
 * <pre>{@code
 * JwtAuthenticator jwt = JwtAuthenticator.builder(consulta)
 *     .issuer("https://id.lisboa.pt/realms/citizens")
 *     .audience("consulta")
 *     .jwks(URI.create("https://id.lisboa.pt/realms/citizens/protocol/openid-connect/certs"))
 *     .tenantClaim("tenant")
 *     .rolesClaim("realm_access.roles")
 *     .build();
 * Authenticator auth = new ApiKeyAuthenticator(keys).orElse(jwt);
 * }</pre>
 *
 * <p><b>Participants.</b> A token whose roles include {@link Role#PARTICIPANT} acts as the
 * participant registered with {@code externalRef} equal to its {@code sub}; the mapping is looked
 * up once (as {@link Actor#system}) and cached. A subject not registered yet may only call {@code
 * POST /v1/participants}, which registers it with {@code externalRef = sub} (it acts there as an
 * anonymous visitor of the tenant); any other call answers 401 saying so. With {@link
 * JwtAuthenticatorBuilder#autoRegisterParticipants()} the participant is instead registered, with no data and no
 * consents, on first use. A token granting both the participant role and a staff role is refused.
 *
 * <p><b>Errors.</b> Every failed check throws {@link AuthenticationException} (401, problem type
 * {@code unauthenticated}) whose message names the check, never the token or its claims' values.
 * When the JWKS cannot be fetched the answer is 503: the token may well be valid.
 *
 * <p>Thread-safe; build one and share it.
 */
public final class JwtAuthenticator implements Authenticator {
  private static final Logger LOG = LoggerFactory.getLogger(JwtAuthenticator.class);
  private static final int MAX_TOKEN_CHARS = 16 * 1024;

  private final DefaultJWTProcessor<SecurityContext> processor;
  private final Consulta consulta;
  private final Optional<TenantId> fixedTenant;
  private final String tenantClaim;
  private final String rolesClaim;
  private final Map<String, Role> roleNames;
  private final Set<Role> defaultRoles;
  private final boolean autoRegister;
  private final Cache<String, ParticipantId> participants;

  JwtAuthenticator(JwtAuthenticatorBuilder b) {
    this.consulta = b.consulta;
    this.fixedTenant = Optional.ofNullable(b.tenant);
    this.tenantClaim = b.tenantClaim != null ? b.tenantClaim : "tenant";
    this.rolesClaim = b.rolesClaim != null ? b.rolesClaim : "roles";
    this.roleNames = b.roleNames;
    this.defaultRoles = b.defaultRoles != null ? b.defaultRoles : Set.of();
    this.autoRegister = b.autoRegister;
    this.participants = CacheBuilder.newBuilder().maximumSize(b.participantCacheSize).expireAfterAccess(1, TimeUnit.HOURS).build();
    this.processor = new DefaultJWTProcessor<>();
    processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(b.algorithms, b.jwkSource()));
    processor.setJWTClaimsSetVerifier(new ClaimsVerifier(b.issuer, b.audience, b.clock, b.clockSkew));
  }

  /**
   * @param consulta the engine, to map participant tokens to participants
   * @return a builder; issuer, audience and a JWKS are required
   */
  public static JwtAuthenticatorBuilder builder(Consulta consulta) {
    return new JwtAuthenticatorBuilder(requireNonNull(consulta, "consulta"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws AuthenticationException when the bearer token fails a check, or names a participant
   *     not registered yet (outside {@code POST /v1/participants})
   */
  @Override
  public Optional<Actor> authenticate(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    String token = header.substring(7).trim();
    if (token.startsWith(ApiKeys.PREFIX)) {
      return Optional.empty();
    }
    JWTClaimsSet claims = verify(token);
    TenantId tenant = tenant(claims);
    Set<Role> roles = roles(claims);
    String subject = claims.getSubject();
    if (!roles.contains(Role.PARTICIPANT)) {
      return Optional.of(new Actor(tenant, subject, roles));
    }
    if (roles.size() > 1) {
      throw new AuthenticationException("the token grants both the participant role and staff roles; a token acts as one or the other");
    }
    request.setAttribute(EXTERNAL_REF_ATTRIBUTE, subject);
    return Optional.of(participant(request, tenant, subject));
  }

  private JWTClaimsSet verify(String token) {
    if (token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
      throw new AuthenticationException("the bearer token is not a well-formed JWT");
    }
    try {
      return processor.process(token, null);
    } catch (ParseException e) {
      throw new AuthenticationException("the bearer token is not a well-formed JWT");
    } catch (ClaimRejected e) {
      throw new AuthenticationException(e.getMessage());
    } catch (BadJWSException e) {
      throw new AuthenticationException("the token's signature is invalid");
    } catch (BadJOSEException e) {
      throw new AuthenticationException(e.getMessage() != null && e.getMessage().contains("no matching key")
          ? "the token's algorithm is not accepted or no key of the issuer matches it"
          : "the token is unsigned, encrypted or of a type not accepted");
    } catch (KeySourceException e) {
      LOG.warn("the JWKS could not be fetched: {}", e.getMessage());
      throw new HttpProblem(503, "unavailable", "the identity provider's keys could not be fetched; retry later");
    } catch (JOSEException e) {
      throw new AuthenticationException("the token could not be verified");
    }
  }

  private TenantId tenant(JWTClaimsSet claims) {
    if (fixedTenant.isPresent()) {
      return fixedTenant.get();
    }
    Object value = claim(claims, tenantClaim);
    if (!(value instanceof String text)) {
      throw new AuthenticationException("the token has no tenant claim '" + tenantClaim + "'");
    }
    try {
      return TenantId.of(text);
    } catch (IllegalArgumentException e) {
      throw new AuthenticationException("the token's claim '" + tenantClaim + "' is not a tenant id");
    }
  }

  private Set<Role> roles(JWTClaimsSet claims) {
    Object value = claim(claims, rolesClaim);
    Collection<?> names;
    if (value == null) {
      names = List.of();
    } else if (value instanceof String text) {
      names = List.of(text.trim().split("\\s+"));
    } else if (value instanceof Collection<?> list) {
      names = list;
    } else {
      throw new AuthenticationException("the token's claim '" + rolesClaim + "' is neither a list nor a string");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Object name : names) {
      if (name instanceof String text) {
        Optional.ofNullable(roleFor(text)).ifPresent(roles::add);
      }
    }
    if (roles.isEmpty()) {
      roles.addAll(defaultRoles);
    }
    if (roles.isEmpty()) {
      throw new AuthenticationException("the token grants no Consulta role (claim '" + rolesClaim + "')");
    }
    return roles;
  }

  private Role roleFor(String name) {
    if (roleNames != null) {
      return roleNames.get(name);
    }
    try {
      return Role.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null; // an identity provider grants many roles; only Consulta's count
    }
  }

  /** A claim by name, or by a dotted path into nested objects ({@code realm_access.roles}). */
  private static Object claim(JWTClaimsSet claims, String path) {
    Object value = claims.getClaim(path);
    if (value != null || path.indexOf('.') < 0) {
      return value;
    }
    Object node = claims.getClaims();
    for (String part : path.split("\\.")) {
      if (!(node instanceof Map<?, ?> map)) {
        return null;
      }
      node = map.get(part);
    }
    return node;
  }

  private Actor participant(HttpServletRequest request, TenantId tenant, String subject) {
    String key = tenant + "\u0000" + subject;
    ParticipantId known = participants.getIfPresent(key);
    if (known != null) {
      return Actor.participant(tenant, known);
    }
    Optional<ParticipantId> found = lookUp(tenant, subject);
    if (found.isEmpty() && autoRegister) {
      found = Optional.of(register(tenant, subject));
    }
    if (found.isPresent()) {
      participants.put(key, found.get());
      return Actor.participant(tenant, found.get());
    }
    if ("POST".equals(request.getMethod()) && path(request).equals("/v1/participants")) {
      return Actor.anonymous(tenant);
    }
    throw new AuthenticationException("no participant is registered for this token's subject; register with POST /v1/participants first");
  }

  private Optional<ParticipantId> lookUp(TenantId tenant, String subject) {
    return consulta.participants().findByExternalRef(Actor.system(tenant), subject).map(Participant::id);
  }

  private ParticipantId register(TenantId tenant, String subject) {
    try {
      return consulta.participants().register(Actor.system(tenant), new NewParticipantBuilder().externalRef(subject).build()).id();
    } catch (ConflictException e) {
      // another request registered the same subject first
      return lookUp(tenant, subject).orElseThrow(() -> e);
    }
  }

  private static String path(HttpServletRequest request) {
    return request.getPathInfo() != null ? request.getServletPath() + request.getPathInfo() : request.getServletPath();
  }

  /** A claim check failed; its message names the check. */
  private static final class ClaimRejected extends BadJWTException {
    private static final long serialVersionUID = 1L;

    ClaimRejected(String message) {
      super(message);
    }
  }

  /** Issuer, audience, times and subject, against the injected clock. */
  private static final class ClaimsVerifier implements com.nimbusds.jwt.proc.JWTClaimsSetVerifier<SecurityContext> {
    private final String issuer;
    private final String audience;
    private final Clock clock;
    private final Duration skew;

    ClaimsVerifier(String issuer, String audience, Clock clock, Duration skew) {
      this.issuer = issuer;
      this.audience = audience;
      this.clock = clock;
      this.skew = skew;
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
      if (!issuer.equals(claims.getIssuer())) {
        throw new ClaimRejected("the token's issuer is not the one configured");
      }
      if (claims.getAudience() == null || !claims.getAudience().contains(audience)) {
        throw new ClaimRejected("the token's audience does not include this API");
      }
      java.time.Instant now = clock.instant();
      if (claims.getExpirationTime() == null) {
        throw new ClaimRejected("the token has no expiry (exp)");
      }
      if (now.isAfter(claims.getExpirationTime().toInstant().plus(skew))) {
        throw new ClaimRejected("the token has expired");
      }
      if (claims.getNotBeforeTime() != null && now.plus(skew).isBefore(claims.getNotBeforeTime().toInstant())) {
        throw new ClaimRejected("the token is not valid yet (nbf)");
      }
      String subject = claims.getSubject();
      if (subject == null || subject.isBlank() || subject.length() > 128) {
        throw new ClaimRejected("the token has no subject (sub) of 1..128 characters");
      }
    }
  }
}
