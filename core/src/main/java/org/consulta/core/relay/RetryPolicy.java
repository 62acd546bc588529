package org.consulta.core.relay;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;

/**
 * When to try a failed delivery again: exponential back-off with jitter, and a dead letter after
 * the last attempt. The delay before attempt {@code n + 1} (after {@code n} failures) is {@code
 * min(cap, base × factor^(n-1))}, shortened by a random share of up to {@code jitter} so that
 * receivers recovering from an outage are not hit by every node at once. Immutable.
 *
 * <pre>{@code
 * RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(5), 4.0, Duration.ofHours(10), 12, 0.2);
 * }</pre>
 *
 * @param base the first delay
 * @param factor how much each delay grows, at least 1
 * @param cap the longest delay
 * @param maxAttempts attempts in all before the delivery is dead, at least 1
 * @param jitter share of the delay taken off at random, 0..1
 */
public record RetryPolicy(Duration base, double factor, Duration cap, int maxAttempts, double jitter) {
  public RetryPolicy {
    requireNonNull(base, "base");
    requireNonNull(cap, "cap");
    if (base.isNegative() || cap.compareTo(base) < 0) {
      throw new IllegalArgumentException("need 0 <= base <= cap, was " + base + " and " + cap);
    }
    if (!(factor >= 1.0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("factor must be at least 1, was " + factor);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    if (!(jitter >= 0.0 && jitter <= 1.0)) {
      throw new IllegalArgumentException("jitter must be in 0..1, was " + jitter);
    }
  }

  /** @return 5 s, ×4, at most 10 h, 12 attempts (about 1.5 days), 20 % jitter */
  public static RetryPolicy standard() {
    return new RetryPolicy(Duration.ofSeconds(5), 4.0, Duration.ofHours(10), 12, 0.2);
  }

  /**
   * @param failures attempts made so far, all failed (at least 1)
   * @return the delay before the next attempt, without jitter
   */
  public Duration delayAfter(int failures) {
    double nanos = base.toNanos() * Math.pow(factor, Math.max(0, failures - 1));
    return nanos >= cap.toNanos() ? cap : Duration.ofNanos((long) nanos);
  }

  /**
   * @param failures attempts made so far, all failed (at least 1)
   * @param now when the last one failed
   * @param random source of jitter
   * @return when to try again, or empty when the delivery is dead
   */
  public Optional<Instant> nextAttempt(int failures, Instant now, Random random) {
    if (failures >= maxAttempts) {
      return Optional.empty();
    }
    long nanos = delayAfter(failures).toNanos();
    long off = (long) (nanos * jitter * random.nextDouble());
    return Optional.of(now.plusNanos(nanos - off));
  }
}
