package org.consulta.http;

import static java.util.Objects.requireNonNull;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cross-origin access for browser portals (the Fetch standard's CORS). Off unless configured on
 * {@link ConsultaHttp.Builder#cors}. Preflight {@code OPTIONS} requests are answered before
 * authentication (browsers send them without credentials): 204 with the allowed methods and
 * headers, or 403 (problem type {@code cors-rejected}) naming what is not allowed. Other requests
 * from an allowed origin get {@code Access-Control-Allow-Origin} and the exposed headers; from
 * another origin they are served without them, so the browser withholds the response.
 *
 * <p>Credentials travel in the {@code Authorization} header, never in cookies, so {@code
 * Access-Control-Allow-Credentials} is never sent and {@code "*"} is safe for public APIs.
 *
 * <p>Defaults: methods GET, POST, PUT, PATCH, DELETE; request headers Authorization, Content-Type,
 * Idempotency-Key, If-Match, Consulta-Tenant, Consulta-On-Behalf-Of; exposed headers ETag,
 * Location, Retry-After; preflight cached 10 minutes.
 *
 * <pre>{@code
 * Cors cors = Cors.builder().allowOrigins("https://participa.lisboa.pt").build();
 * ConsultaHttp http = ConsultaHttp.builder(consulta).cors(cors).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Cors {
  private final Set<String> origins;
  private final boolean anyOrigin;
  private final Set<String> methods;
  private final Set<String> headers;
  private final Set<String> exposed;
  private final Duration maxAge;

  private Cors(Builder b) {
    this.origins = Set.copyOf(b.origins);
    this.anyOrigin = b.anyOrigin;
    this.methods = b.methods != null ? b.methods : ordered("GET", "POST", "PUT", "PATCH", "DELETE");
    this.headers = b.headers != null ? b.headers
        : ordered("Authorization", "Content-Type", "Idempotency-Key", "If-Match", ConsultaHttp.TENANT_HEADER, ApiKeyAuthenticator.ON_BEHALF_OF);
    this.exposed = b.exposed != null ? b.exposed : ordered("ETag", "Location", "Retry-After");
    this.maxAge = b.maxAge != null ? b.maxAge : Duration.ofMinutes(10);
  }

  /** @return a builder; name the origins, or allow any */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param origin an {@code Origin} header value
   * @return whether it may read responses
   */
  public boolean allows(String origin) {
    return anyOrigin || origins.contains(origin.toLowerCase(Locale.ROOT));
  }

  /** Answers a preflight; returns whether the request was one (and is now answered). */
  boolean preflight(HttpServletRequest request, HttpServletResponse response) {
    String origin = request.getHeader("Origin");
    String method = request.getHeader("Access-Control-Request-Method");
    if (!"OPTIONS".equals(request.getMethod()) || origin == null || method == null) {
      return false;
    }
    response.setHeader("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
    if (!allows(origin)) {
      throw new HttpProblem(403, "cors-rejected", "this origin may not call the API");
    }
    if (!methods.contains(method)) {
      throw new HttpProblem(403, "cors-rejected", "method " + printable(method) + " is not allowed cross-origin; allowed: " + methods);
    }
    Set<String> lower = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    lower.addAll(headers);
    String requested = request.getHeader("Access-Control-Request-Headers");
    if (requested != null) {
      for (String h : requested.split(",")) {
        String name = h.trim();
        if (!name.isEmpty() && !lower.contains(name)) {
          throw new HttpProblem(403, "cors-rejected", "header " + printable(name) + " is not allowed cross-origin; allowed: " + headers);
        }
      }
    }
    response.setHeader("Access-Control-Allow-Origin", anyOrigin ? "*" : origin);
    response.setHeader("Access-Control-Allow-Methods", String.join(", ", methods));
    response.setHeader("Access-Control-Allow-Headers", String.join(", ", headers));
    response.setHeader("Access-Control-Max-Age", Long.toString(maxAge.toSeconds()));
    response.setStatus(204);
    return true;
  }

  /** Adds the headers an allowed origin needs to read this response. */
  void decorate(HttpServletRequest request, HttpServletResponse response) {
    String origin = request.getHeader("Origin");
    if (!anyOrigin) {
      response.addHeader("Vary", "Origin");
    }
    if (origin != null && allows(origin)) {
      response.setHeader("Access-Control-Allow-Origin", anyOrigin ? "*" : origin);
      response.setHeader("Access-Control-Expose-Headers", String.join(", ", exposed));
    }
  }

  private static String printable(String s) {
    String cut = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    return cut.replaceAll("[^\\x20-\\x7e]", "?");
  }

  private static Set<String> ordered(String... values) {
    return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(values)));
  }

  /** Configures {@link Cors}; each option once. Not thread-safe. */
  public static final class Builder {
    private final Set<String> origins = new LinkedHashSet<>();
    private boolean anyOrigin;
    private Set<String> methods;
    private Set<String> headers;
    private Set<String> exposed;
    private Duration maxAge;

    private Builder() {}

    /**
     * @param origins exact origins such as {@code https://participa.lisboa.pt} (scheme, host and
     *     port if not the default; no path)
     * @return this
     */
    public Builder allowOrigins(String... origins) {
      if (anyOrigin || !this.origins.isEmpty()) {
        throw new IllegalStateException("origins were already set to " + (anyOrigin ? "*" : this.origins));
      }
      for (String origin : origins) {
        if (!origin.matches("https?://[A-Za-z0-9.-]+(:\\d{1,5})?")) {
          throw new IllegalArgumentException("an origin is scheme://host[:port], not " + origin);
        }
        this.origins.add(origin.toLowerCase(Locale.ROOT));
      }
      return this;
    }

    /**
     * Allows every origin ({@code Access-Control-Allow-Origin: *}).
     *
     * @return this
     */
    public Builder allowAnyOrigin() {
      if (anyOrigin || !origins.isEmpty()) {
        throw new IllegalStateException("origins were already set to " + (anyOrigin ? "*" : origins));
      }
      anyOrigin = true;
      return this;
    }

    /**
     * @param methods the methods allowed cross-origin
     * @return this
     */
    public Builder allowMethods(String... methods) {
      once(this.methods, "allowMethods");
      this.methods = ordered(methods);
      return this;
    }

    /**
     * @param headers the request headers allowed cross-origin
     * @return this
     */
    public Builder allowHeaders(String... headers) {
      once(this.headers, "allowHeaders");
      this.headers = ordered(headers);
      return this;
    }

    /**
     * @param headers the response headers scripts may read
     * @return this
     */
    public Builder exposeHeaders(String... headers) {
      once(this.exposed, "exposeHeaders");
      this.exposed = ordered(headers);
      return this;
    }

    /**
     * @param maxAge how long browsers may cache a preflight answer
     * @return this
     */
    public Builder maxAge(Duration maxAge) {
      once(this.maxAge, "maxAge");
      this.maxAge = requireNonNull(maxAge, "maxAge");
      return this;
    }

    /**
     * @return the configuration
     * @throws IllegalStateException if no origin was named
     */
    public Cors build() {
      if (!anyOrigin && origins.isEmpty()) {
        throw new IllegalStateException("name the allowed origins, or allowAnyOrigin()");
      }
      return new Cors(this);
    }

    private static void once(Object current, String name) {
      if (current != null) {
        throw new IllegalStateException(name + " was already set to " + current);
      }
    }
  }
}
