package org.consulta.http;

import static java.util.Objects.requireNonNull;

import org.consulta.core.Consulta;

/**
 * Configuration of the HTTP API: the engine, how requests authenticate, and limits. Build once and
 * hand it to a {@link ConsultaServlet} (mounted in your container) or a {@link ConsultaServer}.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ApiKeys keys = new ApiKeys();
 * ConsultaHttp http = ConsultaHttp.builder(consulta)
 *     .authenticator(new ApiKeyAuthenticator(keys))
 *     .build();
 * }</pre>
 */
public final class ConsultaHttp {
  /** The header naming the tenant of a request without credentials (public reads, registration). */
  public static final String TENANT_HEADER = "Consulta-Tenant";

  private final Consulta consulta;
  private final Authenticator authenticator;
  private final long maxBodyBytes;
  private final java.util.Optional<RateLimits> rateLimits;
  private final java.util.Optional<Cors> cors;
  private final WebhookTargets webhookTargets;

  private ConsultaHttp(Builder b) {
    this.consulta = b.consulta;
    this.authenticator = b.authenticator != null ? b.authenticator : request -> java.util.Optional.empty();
    this.maxBodyBytes = b.maxBodyBytes;
    this.rateLimits = java.util.Optional.ofNullable(b.rateLimits);
    this.cors = java.util.Optional.ofNullable(b.cors);
    this.webhookTargets = b.webhookTargets != null ? b.webhookTargets : WebhookTargets.strict();
  }

  /**
   * @param consulta the engine to serve
   * @return a builder
   */
  public static Builder builder(Consulta consulta) {
    return new Builder(requireNonNull(consulta, "consulta"));
  }

  /** @return the engine */
  public Consulta consulta() {
    return consulta;
  }

  /** @return the authenticator */
  public Authenticator authenticator() {
    return authenticator;
  }

  /** @return the largest request body accepted, in bytes */
  public long maxBodyBytes() {
    return maxBodyBytes;
  }

  /** @return the rate limits, if any (default none) */
  public java.util.Optional<RateLimits> rateLimits() {
    return rateLimits;
  }

  /** @return the cross-origin configuration, if any (default none: no CORS headers, OPTIONS is 405) */
  public java.util.Optional<Cors> cors() {
    return cors;
  }

  /** @return where webhook subscriptions may point (default {@link WebhookTargets#strict()}) */
  public WebhookTargets webhookTargets() {
    return webhookTargets;
  }

  /** Configures {@link ConsultaHttp}; each option once. Not thread-safe. */
  public static final class Builder {
    private final Consulta consulta;
    private Authenticator authenticator;
    private long maxBodyBytes = 1 << 20;
    private boolean maxSet;
    private RateLimits rateLimits;
    private Cors cors;
    private WebhookTargets webhookTargets;

    private Builder(Consulta consulta) {
      this.consulta = consulta;
    }

    /**
     * @param authenticator how requests authenticate (default: none; every request is anonymous)
     * @return this
     */
    public Builder authenticator(Authenticator authenticator) {
      if (this.authenticator != null) {
        throw new IllegalStateException("authenticator was already set to " + this.authenticator);
      }
      this.authenticator = requireNonNull(authenticator, "authenticator");
      return this;
    }

    /**
     * @param bytes the largest request body accepted (default 1 MiB); larger ones get 413
     * @return this
     */
    public Builder maxBodyBytes(long bytes) {
      if (maxSet) {
        throw new IllegalStateException("maxBodyBytes was already set to " + maxBodyBytes);
      }
      if (bytes < 1024) {
        throw new IllegalArgumentException("maxBodyBytes must be at least 1024");
      }
      this.maxBodyBytes = bytes;
      this.maxSet = true;
      return this;
    }

    /**
     * @param limits requests allowed per participant, API key, staff member and anonymous client
     * @return this
     */
    public Builder rateLimits(RateLimits limits) {
      if (this.rateLimits != null) {
        throw new IllegalStateException("rateLimits was already set to " + this.rateLimits);
      }
      this.rateLimits = requireNonNull(limits, "limits");
      return this;
    }

    /**
     * @param cors which browser origins may call the API
     * @return this
     */
    public Builder cors(Cors cors) {
      if (this.cors != null) {
        throw new IllegalStateException("cors was already set to " + this.cors);
      }
      this.cors = requireNonNull(cors, "cors");
      return this;
    }

    /**
     * @param targets where webhook subscriptions may point (default {@link WebhookTargets#strict()}:
     *     public addresses only); a refused URL is 422 on field {@code url}. Give the {@link
     *     WebhookDispatcher} the same.
     * @return this
     */
    public Builder webhookTargets(WebhookTargets targets) {
      if (this.webhookTargets != null) {
        throw new IllegalStateException("webhookTargets was already set to " + this.webhookTargets);
      }
      this.webhookTargets = requireNonNull(targets, "targets");
      return this;
    }

    /** @return the configuration */
    public ConsultaHttp build() {
      return new ConsultaHttp(this);
    }
  }
}
