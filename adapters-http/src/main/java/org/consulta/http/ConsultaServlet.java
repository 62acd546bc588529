package org.consulta.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.consulta.core.access.Actor;
import org.consulta.core.access.TenantId;
import org.consulta.core.error.ConsultaException;
import org.consulta.core.json.ConsultaJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Consulta HTTP/JSON API as one Jakarta Servlet (6.0+): mount it at the context root of any
 * container (Tomcat 10+, Jetty 12, Spring Boot 3) and every route lives under {@code /v1}. Errors
 * are RFC 9457 problem+json. Thread-safe; one instance serves every request.
 *
 * <pre>{@code
 * ServletRegistration.Dynamic api = context.addServlet("consulta", new ConsultaServlet(http));
 * api.addMapping("/*");
 * }</pre>
 */
public class ConsultaServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ConsultaServlet.class);

  private final transient ConsultaHttp config;
  private final transient ObjectMapper mapper;
  private final transient Codecs codecs;
  private final transient Router router = new Router();
  private final transient java.util.Optional<RateLimiter> limiter;

  /** @param config what to serve and how */
  public ConsultaServlet(ConsultaHttp config) {
    this.config = config;
    this.mapper = hardened(ConsultaJson.mapper(), config.maxBodyBytes());
    this.codecs = new Codecs(mapper);
    this.limiter = config.rateLimits().map(RateLimiter::new);
    ConsultationRoutes.register(router, config.consulta());
    ParticipantRoutes.register(router, config.consulta());
    ContributionRoutes.register(router, config.consulta());
    ModerationRoutes.register(router, config.consulta());
    ThemeRoutes.register(router, config.consulta().outcomes());
    ResponseRoutes.register(router, config.consulta().outcomes());
    DecisionRoutes.register(router, config.consulta().outcomes());
    ResultRoutes.register(router, config.consulta().outcomes());
    TrailRoutes.register(router, config.consulta().outcomes());
    ReportRoutes.register(router, config.consulta().outcomes(), ReportRoutes.renderers());
    CommitmentRoutes.register(router, config.consulta().expectations());
    SessionRoutes.register(router, config.consulta().expectations());
    CalendarRoutes.register(router, config.consulta().expectations());
    StatedExpectationRoutes.register(router, config.consulta().expectations());
    PromiseRoutes.register(router, config.consulta().expectations());
    TrackRecordRoutes.register(router, config.consulta().expectations());
    ReferencePopulationRoutes.register(router, config.consulta().expectations());
    EventRoutes.register(router, config.consulta());
    WebhookRoutes.register(router, config.consulta(), config.webhookTargets());
    OpenApiRoutes.register(router);
  }

  /** @return the routes this servlet serves, e.g. for comparing them with the OpenAPI document */
  Router router() {
    return router;
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getPathInfo() != null ? request.getServletPath() + request.getPathInfo() : request.getServletPath();
    String method = request.getMethod();
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    if (config.cors().isPresent()) {
      try {
        if (config.cors().get().preflight(request, response)) {
          return;
        }
      } catch (HttpProblem e) {
        write(response, Problems.of(e));
        return;
      }
      config.cors().get().decorate(request, response);
    }
    Optional<Router.Match> match = router.find(method, path);
    if (match.isEmpty()) {
      Set<String> allowed = router.allowed(path);
      if (allowed.isEmpty()) {
        write(response, Problems.of(404, "not-found", "Not found", "no resource at " + path.replaceAll("[^\\x20-\\x7e]", "?")));
      } else {
        response.setHeader("Allow", String.join(", ", allowed));
        write(response, Problems.of(405, "method-not-allowed", "Method not allowed", method + " is not allowed here; use " + allowed));
      }
      return;
    }
    boolean anonymous = true;
    try {
      Optional<Actor> authenticated = config.authenticator().authenticate(request);
      anonymous = authenticated.isEmpty();
      Actor actor = authenticated.orElseGet(() -> match.get().route().open() ? null : anonymousActor(request));
      if (limiter.isPresent() && actor != null) {
        limiter.get().charge(actor, request);
      }
      Exchange exchange = new Exchange(request, response, actor, match.get().path(), codecs, config.maxBodyBytes());
      try {
        match.get().route().handler().handle(exchange);
      } catch (ConsultaException e) {
        fail(response, e, anonymous, exchange.hasIfMatch());
      }
    } catch (HttpProblem e) {
      write(response, Problems.of(e));
    } catch (ConsultaException e) {
      fail(response, e, anonymous, false);
    } catch (RuntimeException e) {
      LOG.error("{} {} failed", method, match.get().route().template(), e);
      write(response, Problems.of(500, "server-error", "Server error", "the server failed; the error is logged"));
    } catch (Exception e) {
      LOG.error("{} {} failed", method, match.get().route().template(), e);
      write(response, Problems.of(500, "server-error", "Server error", "the server failed; the error is logged"));
    }
  }

  /**
   * The request mapper: a copy of Consulta's with explicit parser limits, so hostile bodies fail
   * fast with 400 (nesting deeper than 200, numbers longer than 100 digits, strings or documents
   * longer than the body limit) whatever Jackson's defaults become.
   */
  private static ObjectMapper hardened(ObjectMapper mapper, long maxBodyBytes) {
    int max = (int) Math.min(Integer.MAX_VALUE, maxBodyBytes);
    mapper.getFactory().setStreamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
        .maxNestingDepth(200)
        .maxNumberLength(100)
        .maxStringLength(max)
        .maxNameLength(1_000)
        .maxDocumentLength(maxBodyBytes)
        .build());
    return mapper;
  }

  private static Actor anonymousActor(HttpServletRequest request) {
    String tenant = request.getHeader(ConsultaHttp.TENANT_HEADER);
    if (tenant == null) {
      throw new AuthenticationException("send credentials, or the " + ConsultaHttp.TENANT_HEADER + " header for public access");
    }
    try {
      return Actor.anonymous(TenantId.of(tenant.trim()));
    } catch (IllegalArgumentException e) {
      throw new HttpProblem(400, "malformed", ConsultaHttp.TENANT_HEADER + " is not a tenant id");
    }
  }

  private void fail(HttpServletResponse response, ConsultaException e, boolean anonymous, boolean viaIfMatch) throws IOException {
    if (e instanceof org.consulta.core.error.RateLimitedException limited) {
      response.setHeader("Retry-After", Long.toString(Math.max(1, limited.retryAfter().toSeconds())));
    }
    write(response, Problems.of(e, anonymous, viaIfMatch));
  }

  private void write(HttpServletResponse response, Problems.Problem problem) throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(problem.status());
    if (problem.status() == 401) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"consulta\"");
    }
    response.setContentType(Problems.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    mapper.writeValue(response.getOutputStream(), problem.body());
  }
}
