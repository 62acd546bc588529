package org.consulta.testkit;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests move by hand, for the engine, a store and anything else that reads time; never
 * sleeps. Thread-safe. Core's own tests keep a copy (core cannot depend on the kit).
 *
 * <pre>{@code
 * MutableClock clock = MutableClock.at("2026-03-01T09:00:00Z");
 * Consulta consulta = Consulta.builder().store(store).clock(clock).build();
 * clock.advance(Duration.ofDays(3));
 * }</pre>
 */
public final class MutableClock extends Clock {
  private volatile Instant now;

  /**
   * @param start the instant the clock shows until moved
   */
  public MutableClock(Instant start) {
    this.now = requireNonNull(start, "start");
  }

  /**
   * @param instant an ISO-8601 instant such as {@code 2026-03-01T09:00:00Z}
   * @return a clock showing it
   */
  public static MutableClock at(String instant) {
    return new MutableClock(Instant.parse(instant));
  }

  /**
   * @param by how far to move (negative moves back)
   */
  public synchronized void advance(Duration by) {
    now = now.plus(by);
  }

  /**
   * @param instant the instant to show from now on
   */
  public void set(Instant instant) {
    now = requireNonNull(instant, "instant");
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a MutableClock runs in UTC");
  }

  @Override
  public Instant instant() {
    return now;
  }
}
