package org.consulta.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.consulta.core.expectation.Commitment;
import org.consulta.core.expectation.CommitmentId;
import org.consulta.core.expectation.CommitmentWithdrawal;
import org.consulta.core.expectation.ExpectationService;
import org.consulta.core.expectation.NewCommitment;

/**
 * Commitments and how they are kept: declared and listed under {@code
 * /v1/consultations/{id}/commitments} (while the consultation is a draft or scheduled), withdrawn
 * at {@code POST /v1/commitments/{id}/withdrawal} (If-Match, no body); evaluated at {@code GET
 * /v1/consultations/{id}/evaluations}, with participation and the gap report at {@code GET
 * .../expectations} (the dashboard); every monitored consultation at once by a scheduler at {@code
 * POST /v1/expectations/monitor}. Managers, admins and the system write; whoever reads the
 * consultation reads.
 *
 * <p>Core has no read of one commitment, so {@code /v1/commitments/{id}} (the Location of a
 * declared one) has no {@code GET}; its withdrawal hangs off it. Evaluating stores the statuses
 * that changed and records them as events of the clock, so a {@code GET} of evaluations or the
 * dashboard may record {@code commitment.status_changed}: the change is the clock's, not the
 * caller's. Monitoring takes no idempotency key in core and needs none (a repeat finds only what
 * changed since); the header is checked for syntax there.
 */
final class CommitmentRoutes {
  private CommitmentRoutes() {}

  static void register(Router router, ExpectationService expectations) {
    router.add("POST", "/v1/consultations/{id}/commitments", x -> {
      String consultation = ConsultationRoutes.id(x).toString();
      Commitment k = expectations.declare(x.actor, Bodies.bind(x, x.body(), NewCommitment.class, Map.of("consultation", consultation)));
      x.etag(k.version());
      x.created("/v1/commitments/" + k.id(), k);
    });
    router.add("GET", "/v1/consultations/{id}/commitments", x ->
        x.json(200, Map.of("items", expectations.commitments(x.actor, ConsultationRoutes.id(x)))));
    router.add("GET", "/v1/commitments/{id}", x -> {
      Commitment k = expectations.commitment(x.actor, id(x));
      x.etag(k.version());
      x.json(200, k);
    });
    router.add("POST", "/v1/commitments/{id}/withdrawal", x -> {
      ObjectNode body = JsonNodeFactory.instance.objectNode();
      body.put("commitment", id(x).toString());
      x.ifMatch().ifPresent(v -> body.put("expectedVersion", v));
      Commitment k = expectations.withdraw(x.actor, x.command(body, CommitmentWithdrawal.class));
      x.etag(k.version());
      x.json(200, k);
    });
    router.add("GET", "/v1/consultations/{id}/evaluations", x ->
        x.json(200, Map.of("items", expectations.evaluate(x.actor, ConsultationRoutes.id(x)))));
    router.add("GET", "/v1/consultations/{id}/expectations", x -> x.json(200, expectations.dashboard(x.actor, ConsultationRoutes.id(x))));
    router.add("POST", "/v1/expectations/monitor", x -> {
      x.idempotencyKey();
      x.json(200, Map.of("items", expectations.monitor(x.actor)));
    });
  }

  static CommitmentId id(Exchange x) {
    return Ids.parse(x.path("id"), "commitment", CommitmentId::new);
  }
}
