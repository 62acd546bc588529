package org.consulta.http;

import static java.util.Objects.requireNonNull;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.participant.ParticipantId;

/**
 * Authenticates {@code Authorization: Bearer csk_...} (or {@code X-API-Key: csk_...}) against
 * {@link ApiKeys}. A key with the {@link Role#SYSTEM} role (a vendor's backend) may act for one of
 * its tenant's participants by naming them in {@code Consulta-On-Behalf-Of}. Thread-safe.
 */
public final class ApiKeyAuthenticator implements Authenticator {
  /** The header naming the participant a system key acts for. */
  public static final String ON_BEHALF_OF = "Consulta-On-Behalf-Of";

  private final ApiKeys keys;

  /** @param keys the registry to check keys against */
  public ApiKeyAuthenticator(ApiKeys keys) {
    this.keys = requireNonNull(keys, "keys");
  }

  @Override
  public Optional<Actor> authenticate(HttpServletRequest request) {
    String key = request.getHeader("X-API-Key");
    String authorization = request.getHeader("Authorization");
    if (key == null && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        && authorization.substring(7).trim().startsWith(ApiKeys.PREFIX)) {
      key = authorization.substring(7).trim();
    }
    if (key == null) {
      return Optional.empty();
    }
    ApiKeys.Grant grant = keys.find(key).orElseThrow(() -> new AuthenticationException("unknown API key"));
    String onBehalfOf = request.getHeader(ON_BEHALF_OF);
    if (onBehalfOf != null) {
      if (!grant.roles().contains(Role.SYSTEM)) {
        throw new AuthenticationException("only a key with the SYSTEM role may act on behalf of a participant");
      }
      try {
        return Optional.of(Actor.participant(grant.tenant(), ParticipantId.parse(onBehalfOf.trim())));
      } catch (IllegalArgumentException e) {
        throw new AuthenticationException(ON_BEHALF_OF + " must be a participant id");
      }
    }
    return Optional.of(new Actor(grant.tenant(), "key:" + grant.name(), grant.roles()));
  }
}
