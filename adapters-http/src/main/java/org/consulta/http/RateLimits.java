package org.consulta.http;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * How many requests each kind of caller may make: a token bucket per caller and tenant that holds
 * {@code requests} tokens and refills them evenly over {@code per}, so bursts up to the capacity
 * pass and the sustained rate is {@code requests / per}. A request that finds the bucket empty
 * gets 429 with {@code Retry-After} (whole seconds) and problem type {@code rate-limited}.
 *
 * <p>Callers are told apart by their {@link org.consulta.core.access.Actor}: a participant (also
 * when a system key acts on their behalf) by participant id; an API key by key name; other staff
 * (e.g. JWT) by subject; anonymous visitors by the client's IP address as the container reports
 * it (behind a proxy, configure the container to use {@code X-Forwarded-For}, or leave anonymous
 * callers unlimited here and limit at the proxy). A kind without a limit is not limited.
 *
 * <p>Memory is bounded: a bucket idle long enough to have refilled is dropped (it would be full
 * anyway), and at most {@link Builder#maxTrackedCallers} buckets are kept; past that the least
 * recently used are dropped first, which can only make a limit looser, never stricter. Buckets
 * live in one server's memory: with several instances, each enforces its own limits.
 *
 * <pre>{@code
 * RateLimits limits = RateLimits.builder()
 *     .perParticipant(60, Duration.ofMinutes(1))
 *     .perApiKey(1_000, Duration.ofMinutes(1))
 *     .build();
 * ConsultaHttp http = ConsultaHttp.builder(consulta).rateLimits(limits).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RateLimits {
  /**
   * One limit.
   *
   * @param requests the bucket's capacity: the largest burst
   * @param per the time in which an empty bucket refills completely
   */
  public record Limit(long requests, Duration per) {
    public Limit {
      requireNonNull(per, "per");
      if (requests < 1 || per.isNegative() || per.isZero()) {
        throw new IllegalArgumentException("a limit is at least 1 request per a positive duration");
      }
    }
  }

  private final Optional<Limit> participant;
  private final Optional<Limit> apiKey;
  private final Optional<Limit> staff;
  private final Optional<Limit> anonymous;
  private final long maxTrackedCallers;
  private final Clock clock;

  private RateLimits(Builder b) {
    this.participant = Optional.ofNullable(b.participant);
    this.apiKey = Optional.ofNullable(b.apiKey);
    this.staff = Optional.ofNullable(b.staff);
    this.anonymous = Optional.ofNullable(b.anonymous);
    this.maxTrackedCallers = b.maxTrackedCallers;
    this.clock = b.clock != null ? b.clock : Clock.systemUTC();
  }

  /** @return a builder with no limits */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the limit per participant, if any */
  public Optional<Limit> participant() {
    return participant;
  }

  /** @return the limit per API key, if any */
  public Optional<Limit> apiKey() {
    return apiKey;
  }

  /** @return the limit per other authenticated caller (staff, JWT), if any */
  public Optional<Limit> staff() {
    return staff;
  }

  /** @return the limit per anonymous client address, if any */
  public Optional<Limit> anonymous() {
    return anonymous;
  }

  /** @return the most buckets kept at once */
  public long maxTrackedCallers() {
    return maxTrackedCallers;
  }

  /** @return the clock buckets refill by */
  public Clock clock() {
    return clock;
  }

  /** Configures {@link RateLimits}; each option once. Not thread-safe. */
  public static final class Builder {
    private Limit participant;
    private Limit apiKey;
    private Limit staff;
    private Limit anonymous;
    private long maxTrackedCallers = 100_000;
    private boolean maxSet;
    private Clock clock;

    private Builder() {}

    /**
     * @param requests burst size
     * @param per time to refill completely
     * @return this
     */
    public Builder perParticipant(long requests, Duration per) {
      once(participant, "perParticipant");
      participant = new Limit(requests, per);
      return this;
    }

    /**
     * @param requests burst size
     * @param per time to refill completely
     * @return this
     */
    public Builder perApiKey(long requests, Duration per) {
      once(apiKey, "perApiKey");
      apiKey = new Limit(requests, per);
      return this;
    }

    /**
     * @param requests burst size
     * @param per time to refill completely
     * @return this
     */
    public Builder perStaff(long requests, Duration per) {
      once(staff, "perStaff");
      staff = new Limit(requests, per);
      return this;
    }

    /**
     * @param requests burst size
     * @param per time to refill completely
     * @return this
     */
    public Builder perAnonymousClient(long requests, Duration per) {
      once(anonymous, "perAnonymousClient");
      anonymous = new Limit(requests, per);
      return this;
    }

    /**
     * @param max the most buckets kept (default 100,000)
     * @return this
     */
    public Builder maxTrackedCallers(long max) {
      if (maxSet) {
        throw new IllegalStateException("maxTrackedCallers was already set to " + maxTrackedCallers);
      }
      if (max < 1) {
        throw new IllegalArgumentException("maxTrackedCallers must be positive");
      }
      maxTrackedCallers = max;
      maxSet = true;
      return this;
    }

    /**
     * @param clock the clock buckets refill by (default the system clock; tests move a fake one)
     * @return this
     */
    public Builder clock(Clock clock) {
      once(this.clock, "clock");
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /** @return the limits */
    public RateLimits build() {
      return new RateLimits(this);
    }

    private static void once(Object current, String name) {
      if (current != null) {
        throw new IllegalStateException(name + " was already set to " + current);
      }
    }
  }
}
