package org.consulta.http;

import java.util.List;
import java.util.Map;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violation;
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

  /** The most recipients one call may take, as core allows. */
  static final int MAX_RECIPIENTS = 10_000;

  static void register(Router router, OutcomeService outcomes) {
    router.add("GET", "/v1/me/trail", x -> x.json(200, outcomes.trail(x.actor, x.page())));
    router.add("POST", "/v1/outcome-notices/send", x -> {
      x.idempotencyKey();
      NoticeBody body = Bodies.bind(x, x.body(), NoticeBody.class, Map.of());
      if (body.maxRecipients() < 1 || body.maxRecipients() > MAX_RECIPIENTS) {
        throw new InvalidInputException(List.of(new Violation("maxRecipients", "must be 1.." + MAX_RECIPIENTS)));
      }
      x.json(200, outcomes.sendNotices(x.actor, body.maxRecipients()));
    });
  }
}
