package org.consulta.http;

import java.util.Map;
import org.consulta.core.expectation.ExpectationService;
import org.consulta.core.expectation.NewOfflineSession;
import org.consulta.core.expectation.OfflineSession;
import org.consulta.core.expectation.OfflineSessionId;

/**
 * Offline sessions (in person, by phone) of a consultation: scheduled and listed under {@code
 * /v1/consultations/{id}/sessions}, cancelled before they start at {@code POST
 * /v1/sessions/{id}/cancellation} (no body). Managers, admins and the system write; whoever reads
 * the consultation reads.
 *
 * <p>Core has no read of one session, so {@code /v1/sessions/{id}} (the Location of a scheduled
 * one) has no {@code GET}. Cancelling takes neither an idempotency key nor an expected version in
 * core and needs no key: cancelling a cancelled session answers it unchanged. The header is checked
 * for syntax there; If-Match is not offered.
 */
final class SessionRoutes {
  private SessionRoutes() {}

  static void register(Router router, ExpectationService expectations) {
    router.add("POST", "/v1/consultations/{id}/sessions", x -> {
      String consultation = ConsultationRoutes.id(x).toString();
      OfflineSession s = expectations.scheduleSession(x.actor,
          Bodies.bind(x, x.body(), NewOfflineSession.class, Map.of("consultation", consultation)));
      x.etag(s.version());
      x.created("/v1/sessions/" + s.id(), s);
    });
    router.add("GET", "/v1/consultations/{id}/sessions", x ->
        x.json(200, Map.of("items", expectations.sessions(x.actor, ConsultationRoutes.id(x)))));
    router.add("GET", "/v1/sessions/{id}", x -> x.json(200, expectations.session(x.actor, id(x))));
    router.add("POST", "/v1/sessions/{id}/cancellation", x -> {
      x.idempotencyKey();
      OfflineSession s = expectations.cancelSession(x.actor, id(x));
      x.etag(s.version());
      x.json(200, s);
    });
  }

  static OfflineSessionId id(Exchange x) {
    return Ids.parse(x.path("id"), "offline session", OfflineSessionId::new);
  }
}
