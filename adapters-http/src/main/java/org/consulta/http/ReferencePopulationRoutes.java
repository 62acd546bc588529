package org.consulta.http;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.Violation;
import org.consulta.core.expectation.ExpectationService;
import org.consulta.core.expectation.ReferencePopulation;
import org.consulta.core.expectation.WeightingOptions;

/**
 * The tenant's reference population ({@code PUT /v1/reference-population} by admins and the
 * system, {@code GET} by anyone of the tenant) and a consultation's results weighted to it ({@code
 * GET /v1/consultations/{id}/weighted-results?dimensions=district,age_band}).
 */
final class ReferencePopulationRoutes {
  private ReferencePopulationRoutes() {}

  static void register(Router router, ExpectationService expectations) {
    router.add("PUT", "/v1/reference-population", x ->
        x.json(200, expectations.defineReference(x.actor, Bodies.bind(x, x.body(), ReferencePopulation.class, Map.of()))));
    router.add("GET", "/v1/reference-population", x -> x.json(200, expectations.reference(x.actor)
        .orElseThrow(() -> new NotFoundException("reference population of tenant", x.actor.tenant()))));
    router.add("GET", "/v1/consultations/{id}/weighted-results", x -> {
      List<String> dimensions = x.query("dimensions").map(d -> Arrays.stream(d.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
          .orElse(List.of());
      WeightingOptions defaults = WeightingOptions.defaults();
      double max = number(x, "maxWeight").orElse(defaults.maxWeight());
      double min = number(x, "minWeight").orElse(defaults.minWeight());
      WeightingOptions options;
      try {
        options = new WeightingOptions(max, min, defaults.maxIterations(), defaults.tolerance());
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(List.of(new Violation("maxWeight", e.getMessage())));
      }
      x.json(200, expectations.weightedResults(x.actor, ConsultationRoutes.id(x), dimensions, options));
    });
  }

  private static Optional<Double> number(Exchange x, String name) {
    Optional<String> text = x.query(name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Double.parseDouble(text.get()));
    } catch (NumberFormatException e) {
      throw new InvalidInputException(List.of(new Violation(name, "must be a number")));
    }
  }
}
