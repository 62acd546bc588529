package org.consulta.http;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.error.RateLimitedException;

/** Charges each request to its caller's token bucket ({@link RateLimits}). Thread-safe. */
final class RateLimiter {
  private final RateLimits limits;
  private final TimeMeter time;
  private final Cache<String, Bucket> buckets;

  RateLimiter(RateLimits limits) {
    this.limits = limits;
    Clock clock = limits.clock();
    this.time = new TimeMeter() {
      @Override
      public long currentTimeNanos() {
        return nanos(clock.instant());
      }

      @Override
      public boolean isWallClockBased() {
        return true;
      }
    };
    Duration idle = Stream.of(limits.participant(), limits.apiKey(), limits.staff(), limits.anonymous())
        .flatMap(Optional::stream).map(RateLimits.Limit::per).max(Duration::compareTo).orElse(Duration.ofMinutes(1));
    this.buckets = CacheBuilder.newBuilder()
        .maximumSize(limits.maxTrackedCallers())
        .expireAfterAccess(idle)
        .ticker(new Ticker() {
          @Override
          public long read() {
            return time.currentTimeNanos();
          }
        })
        .build();
  }

  /**
   * @throws RateLimitedException when the caller's bucket is empty
   */
  void charge(Actor actor, HttpServletRequest request) {
    Optional<RateLimits.Limit> limit;
    String key;
    if (actor.has(Role.PARTICIPANT)) {
      limit = limits.participant();
      key = "p:" + actor.subject();
    } else if (actor.subject().startsWith("key:")) {
      limit = limits.apiKey();
      key = "k:" + actor.subject();
    } else if (actor.roles().isEmpty()) {
      limit = limits.anonymous();
      key = "a:" + request.getRemoteAddr();
    } else {
      limit = limits.staff();
      key = "s:" + actor.subject();
    }
    if (limit.isEmpty()) {
      return;
    }
    RateLimits.Limit l = limit.get();
    Bucket bucket;
    try {
      bucket = buckets.get(actor.tenant() + "\u0000" + key, () -> Bucket.builder()
          .addLimit(b -> b.capacity(l.requests()).refillGreedy(l.requests(), l.per()))
          .withCustomTimePrecision(time)
          .build());
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not create a rate-limit bucket", e.getCause());
    }
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
      throw new RateLimitedException("too many requests; at most " + l.requests() + " per " + l.per(), Duration.ofSeconds(seconds));
    }
  }

  /** How many buckets are kept now (after pending evictions). */
  long trackedCallers() {
    buckets.cleanUp();
    return buckets.size();
  }

  private static long nanos(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
  }
}
