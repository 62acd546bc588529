package org.consulta.http;

import java.util.Map;
import org.consulta.core.outcome.NewResult;
import org.consulta.core.outcome.OutcomeService;
import org.consulta.core.outcome.Result;
import org.consulta.core.outcome.ResultChange;
import org.consulta.core.outcome.ResultId;
import org.consulta.core.outcome.ResultNode;

/**
 * Implementation results: created under {@code /v1/consultations/{id}/results} (whose {@code GET} is
 * the tree of top-level results with their sub-results), read as a node with its sub-results and
 * rolled-up progress at {@code /v1/results/{id}}, changed there with If-Match (the answer is the
 * changed result itself; its tree is one {@code GET} away). The ETag is the result's version.
 * Managers, admins and the system write.
 */
final class ResultRoutes {
  private ResultRoutes() {}

  static void register(Router router, OutcomeService outcomes) {
    router.add("POST", "/v1/consultations/{id}/results", x -> {
      String consultation = ConsultationRoutes.id(x).toString();
      Result r = outcomes.createResult(x.actor, Bodies.bind(x, x.body(), NewResult.class, Map.of("consultation", consultation)));
      x.etag(r.version());
      x.created("/v1/results/" + r.id(), r);
    });
    router.add("GET", "/v1/consultations/{id}/results", x ->
        x.json(200, Map.of("items", outcomes.results(x.actor, ConsultationRoutes.id(x)))));
    router.add("GET", "/v1/results/{id}", x -> {
      ResultNode node = outcomes.result(x.actor, id(x));
      x.etag(node.result().version());
      x.json(200, node);
    });
    router.add("PATCH", "/v1/results/{id}", x -> {
      ResultChange command = Bodies.bind(x, Bodies.versioned(x), ResultChange.class, Map.of("result", id(x).toString()));
      Result r = outcomes.updateResult(x.actor, command);
      x.etag(r.version());
      x.json(200, r);
    });
  }

  static ResultId id(Exchange x) {
    return Ids.parse(x.path("id"), "result", ResultId::new);
  }
}
