package org.consulta.http;

import java.util.Map;
import org.consulta.core.expectation.ExpectationRating;
import org.consulta.core.expectation.ExpectationService;
import org.consulta.core.expectation.NewExpectations;

/**
 * What participants expect of a consultation and what they got: a participant states their
 * expectations at {@code POST /v1/consultations/{id}/my-expectations} and reads them back with their
 * ratings ({@code GET}, empty for anyone who is not a participant), and rates them at {@code POST
 * .../my-expectations/ratings}; staff record what someone said on paper, in person or by phone with
 * {@code onBehalfOf} (and, for statements, the {@code channel}) in the body. The gap report
 * ({@code GET .../gap-report}) is as readable as the consultation. Core decides who may do what.
 */
final class StatedExpectationRoutes {
  private StatedExpectationRoutes() {}

  static void register(Router router, ExpectationService expectations) {
    router.add("POST", "/v1/consultations/{id}/my-expectations", x -> {
      String consultation = ConsultationRoutes.id(x).toString();
      NewExpectations command = Bodies.bind(x, x.body(), NewExpectations.class, Map.of("consultation", consultation));
      x.json(200, Map.of("items", expectations.expect(x.actor, command)));
    });
    router.add("GET", "/v1/consultations/{id}/my-expectations", x ->
        x.json(200, Map.of("items", expectations.stated(x.actor, ConsultationRoutes.id(x)))));
    router.add("POST", "/v1/consultations/{id}/my-expectations/ratings", x -> {
      String consultation = ConsultationRoutes.id(x).toString();
      x.json(200, expectations.rate(x.actor, Bodies.bind(x, x.body(), ExpectationRating.class, Map.of("consultation", consultation))));
    });
    router.add("GET", "/v1/consultations/{id}/gap-report", x -> x.json(200, expectations.gapReport(x.actor, ConsultationRoutes.id(x))));
  }
}
