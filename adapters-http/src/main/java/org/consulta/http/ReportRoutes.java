package org.consulta.http;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violation;
import org.consulta.core.outcome.OutcomeReport;
import org.consulta.core.outcome.OutcomeService;
import org.consulta.core.outcome.ReportRenderer;

/**
 * The "you said, we did" report at {@code GET /v1/consultations/{id}/report}, public like its
 * consultation, in the form the {@code Accept} header asks for: {@code application/json} (the
 * default: the report record, every language), {@code text/html} or {@code text/markdown} (rendered
 * by core's {@code ReportRenderer} in one language, {@code ?lang=}, by default the report's first).
 * Anything else is a 406. Every variant says {@code Vary: Accept}.
 */
final class ReportRoutes {
  static final String JSON = "application/json";
  static final String HTML = "text/html";
  static final String MARKDOWN = "text/markdown";
  static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

  private ReportRoutes() {}

  /** Renders a report as text in one language: core's renderers, behind one seam. */
  interface Renderer {
    String render(OutcomeReport report, String language);
  }

  /** The text forms of the report by media type: core's {@link ReportRenderer}. */
  static Map<String, Renderer> renderers() {
    return Map.of(HTML, ReportRenderer::html, MARKDOWN, ReportRenderer::markdown);
  }

  /**
   * @param renderers text forms by media type ({@link #HTML}, {@link #MARKDOWN}), offered after JSON
   */
  static void register(Router router, OutcomeService outcomes, Map<String, Renderer> renderers) {
    List<String> offers = new java.util.ArrayList<>(List.of(JSON));
    List.of(HTML, MARKDOWN).stream().filter(renderers::containsKey).forEach(offers::add);
    router.add("GET", "/v1/consultations/{id}/report", x -> {
      String type = MediaRanges.choose(x.request.getHeader("Accept"), offers).orElseThrow(() -> new HttpProblem(406, "not-acceptable",
          "the report is available as " + String.join(", ", offers) + "; the Accept header allows none of them"));
      Optional<String> lang = x.query("lang");
      if (lang.isPresent() && !LANGUAGE.matcher(lang.get()).matches()) {
        throw new InvalidInputException(List.of(new Violation("lang", "must be a language tag such as en or pt-BR")));
      }
      OutcomeReport report = outcomes.report(x.actor, ConsultationRoutes.id(x));
      String language = language(report, lang);
      x.response.setHeader("Vary", "Accept");
      if (type.equals(JSON)) {
        x.json(200, report);
      } else {
        text(x, type, language, renderers.get(type).render(report, language));
      }
    });
  }

  /** The language asked for, as the report spells it; one the report does not have is invalid input (422). */
  private static String language(OutcomeReport report, Optional<String> asked) {
    if (asked.isEmpty()) {
      return report.languages().isEmpty() ? "en" : report.languages().get(0);
    }
    if (report.languages().isEmpty()) {
      return asked.get();
    }
    String wanted = asked.get().toLowerCase(Locale.ROOT);
    return report.languages().stream().filter(l -> l.toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
        .orElseThrow(() -> new InvalidInputException(List.of(new Violation("lang", "must be one of the report's languages " + report.languages()))));
  }

  static void text(Exchange x, String type, String language, String body) throws IOException {
    byte[] bytes = body.getBytes(UTF_8);
    x.response.setStatus(200);
    x.response.setContentType(type + "; charset=UTF-8");
    x.response.setHeader("Content-Language", language);
    x.response.setContentLength(bytes.length);
    x.response.getOutputStream().write(bytes);
  }
}
