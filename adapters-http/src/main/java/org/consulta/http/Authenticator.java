package org.consulta.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.consulta.core.access.Actor;

/**
 * Turns a request's credentials into the {@link Actor} it acts as. Plug in your identity system by
 * implementing this; the built-in {@link ApiKeyAuthenticator} covers staff and integrations.
 *
 * <p>Implementations must be thread-safe and should not block for long (cache keys and JWKS).
 *
 * <pre>{@code
 * Authenticator sessions = request -> Optional.ofNullable(request.getHeader("X-Session"))
 *     .map(mySessions::actorFor);
 * }</pre>
 */
@FunctionalInterface
public interface Authenticator {
  /**
   * The request attribute an authenticator sets to the embedder's id of the person behind a
   * participant credential (a {@code String}): {@code POST /v1/participants} then registers them
   * with that {@code externalRef}, and refuses a body naming another one.
   */
  String EXTERNAL_REF_ATTRIBUTE = "org.consulta.http.externalRef";

  /**
   * @param request the request
   * @return the actor, or empty when the request carries no credentials this authenticator handles
   * @throws AuthenticationException when it carries credentials that are invalid, expired or unknown
   */
  Optional<Actor> authenticate(HttpServletRequest request);

  /**
   * @param next the authenticator asked when this one finds no credentials
   * @return an authenticator trying this one, then {@code next}
   */
  default Authenticator orElse(Authenticator next) {
    return request -> {
      Optional<Actor> actor = authenticate(request);
      return actor.isPresent() ? actor : next.authenticate(request);
    };
  }
}
