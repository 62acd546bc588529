package org.consulta.http;

import java.util.Map;
import org.consulta.core.outcome.Decision;
import org.consulta.core.outcome.DecisionChange;
import org.consulta.core.outcome.DecisionId;
import org.consulta.core.outcome.NewDecision;
import org.consulta.core.outcome.OutcomeService;

/**
 * Decisions and their traceability: recorded and listed under {@code
 * /v1/consultations/{id}/decisions}, read and changed (If-Match) at {@code /v1/decisions/{id}}; from a
 * decision to its input ({@code /v1/decisions/{id}/input}: the linked themes whole, the linked
 * contributions as a page) and from a contribution to the decisions it informed, directly or
 * through its themes ({@code /v1/contributions/{id}/decisions}). Managers, admins and the system write.
 */
final class DecisionRoutes {
  private DecisionRoutes() {}

  static void register(Router router, OutcomeService outcomes) {
    router.add("POST", "/v1/consultations/{id}/decisions", x -> {
      String consultation = ConsultationRoutes.id(x).toString();
      Decision d = outcomes.recordDecision(x.actor, Bodies.bind(x, x.body(), NewDecision.class, Map.of("consultation", consultation)));
      x.etag(d.version());
      x.created("/v1/decisions/" + d.id(), d);
    });
    router.add("GET", "/v1/consultations/{id}/decisions", x ->
        x.json(200, outcomes.decisions(x.actor, ConsultationRoutes.id(x), x.page())));
    router.add("GET", "/v1/decisions/{id}", x -> {
      Decision d = outcomes.decision(x.actor, id(x));
      x.etag(d.version());
      x.json(200, d);
    });
    router.add("PATCH", "/v1/decisions/{id}", x -> {
      DecisionChange command = Bodies.bind(x, Bodies.versioned(x), DecisionChange.class, Map.of("decision", id(x).toString()));
      Decision d = outcomes.updateDecision(x.actor, command);
      x.etag(d.version());
      x.json(200, d);
    });
    router.add("GET", "/v1/decisions/{id}/input", x -> x.json(200, outcomes.inputOf(x.actor, id(x), x.page())));
    router.add("GET", "/v1/contributions/{id}/decisions", x ->
        x.json(200, Map.of("items", outcomes.decisionsInformedBy(x.actor, ContributionRoutes.id(x)))));
  }

  static DecisionId id(Exchange x) {
    return Ids.parse(x.path("id"), "decision", DecisionId::new);
  }
}
