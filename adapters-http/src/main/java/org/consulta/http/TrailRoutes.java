package org.consulta.http;

import java.util.Map;
import org.consulta.core.outcome.OutcomeService;

/**
 * Closing the loop: a participant's own trail ({@code GET /v1/me/trail}: each of their contributions
 * with its moderation state, responses, decisions and results, oldest first) and the scheduler's
 * call that sends the queued notices as digests ({@code POST /v1/outcome-notices/send}, admins and
 * the system).
 *
 * <p>Sending takes no idempotency key in core, and needs none: a notice is sent once and then marked
 * sent, so a repeated call sends only what queued since. The header is checked for syntax and
 * otherwise ignored there.
 */
final class TrailRoutes {
  private TrailRoutes() {}

  /** The body of {@code POST /v1/outcome-notices/send}. */
  record NoticeBody(int maxRecipients) {}

  static void register(Router router, OutcomeService outcomes) {
    router.add("GET", "/v1/me/trail", x -> x.json(200, outcomes.trail(x.actor, x.page())));
    router.add("POST", "/v1/outcome-notices/send", x -> {
      x.idempotencyKey();
      NoticeBody body = Bodies.bind(x, x.body(), NoticeBody.class, Map.of());
      // core checks the range (1..10,000) after the caller's role, so a participant learns nothing but 403
      x.json(200, outcomes.sendNotices(x.actor, body.maxRecipients()));
    });
  }
}
