package org.consulta.http;

import java.util.Map;
import org.consulta.core.outcome.NewResponse;
import org.consulta.core.outcome.OutcomeService;
import org.consulta.core.outcome.Response;
import org.consulta.core.outcome.ResponseChange;
import org.consulta.core.outcome.ResponseId;

/**
 * Official responses: given at {@code POST /v1/responses} to one contribution or one theme (named in
 * the body), read and revised (If-Match) at {@code /v1/responses/{id}}, listed per consultation and,
 * as the responses that answer it (its own, then its themes'), per contribution. Staff write;
 * responses to contributions the caller may not read are not found or left out (core decides).
 */
final class ResponseRoutes {
  private ResponseRoutes() {}

  static void register(Router router, OutcomeService outcomes) {
    router.add("POST", "/v1/responses", x -> {
      Response r = outcomes.respond(x.actor, Bodies.bind(x, x.body(), NewResponse.class, Map.of()));
      x.etag(r.version());
      x.created("/v1/responses/" + r.id(), r);
    });
    router.add("GET", "/v1/responses/{id}", x -> {
      Response r = outcomes.response(x.actor, id(x));
      x.etag(r.version());
      x.json(200, r);
    });
    router.add("PATCH", "/v1/responses/{id}", x -> {
      ResponseChange command = Bodies.bind(x, Bodies.versioned(x), ResponseChange.class, Map.of("response", id(x).toString()));
      Response r = outcomes.revise(x.actor, command);
      x.etag(r.version());
      x.json(200, r);
    });
    router.add("GET", "/v1/consultations/{id}/responses", x ->
        x.json(200, outcomes.responses(x.actor, ConsultationRoutes.id(x), x.page())));
    router.add("GET", "/v1/contributions/{id}/responses", x ->
        x.json(200, Map.of("items", outcomes.responsesTo(x.actor, ContributionRoutes.id(x)))));
  }

  static ResponseId id(Exchange x) {
    return Ids.parse(x.path("id"), "response", ResponseId::new);
  }
}
