package org.consulta.http;

import java.util.List;
import java.util.Optional;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violation;
import org.consulta.core.expectation.ExpectationService;
import org.consulta.core.expectation.PromiseStatement;

/**
 * The promise statement at {@code GET /v1/consultations/{id}/promise}, public like its
 * consultation, in the language {@code ?lang=} asks for (default {@code en}; core falls back to the
 * nearest language it has words for, and {@code Content-Language} says which it used), in the form
 * the {@code Accept} header asks for: {@code application/json} (the default: the language and the
 * sentences) or {@code text/plain} (the whole statement). Anything else is a 406. Every variant says
 * {@code Vary: Accept}. As for the report, {@code Accept-Language} is not consulted.
 */
final class PromiseRoutes {
  static final String JSON = "application/json";
  static final String TEXT = "text/plain";
  static final String DEFAULT_LANGUAGE = "en";
  private static final List<String> OFFERS = List.of(JSON, TEXT);

  private PromiseRoutes() {}

  static void register(Router router, ExpectationService expectations) {
    router.add("GET", "/v1/consultations/{id}/promise", x -> {
      String type = MediaRanges.choose(x.request.getHeader("Accept"), OFFERS).orElseThrow(() -> new HttpProblem(406, "not-acceptable",
          "the promise is available as " + String.join(", ", OFFERS) + "; the Accept header allows none of them"));
      Optional<String> lang = x.query("lang");
      if (lang.isPresent() && !ReportRoutes.LANGUAGE.matcher(lang.get()).matches()) {
        throw new InvalidInputException(List.of(new Violation("lang", "must be a language tag such as en or pt-BR")));
      }
      PromiseStatement promise = expectations.promise(x.actor, ConsultationRoutes.id(x), lang.orElse(DEFAULT_LANGUAGE));
      x.response.setHeader("Vary", "Accept");
      if (type.equals(JSON)) {
        x.response.setHeader("Content-Language", promise.language());
        x.json(200, promise);
      } else {
        ReportRoutes.text(x, TEXT, promise.language(), promise.text());
      }
    });
  }
}
