package org.consulta.examples;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until told to move: the demo (and simulations) drive the engine in
 * virtual time, so a four-week consultation runs in a second and the same seed gives the same run.
 *
 * <p>Thread-safe. Time only moves forward. Clocks derived with {@link #withZone(ZoneId)} share this
 * clock's instant.
 *
 * <pre>{@code
 * VirtualClock clock = new VirtualClock(Instant.parse("2025-03-03T09:00:00Z"));
 * Consulta consulta = Consulta.builder().clock(clock).build();
 * clock.advance(Duration.ofDays(7));
 * }</pre>
 */
public final class VirtualClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  /**
   * @param start the instant the clock shows until it is moved
   */
  public VirtualClock(Instant start) {
    this(new AtomicReference<>(requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  private VirtualClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * @param step how far to move, not negative
   * @return the new instant
   * @throws IllegalArgumentException if {@code step} is negative
   */
  public Instant advance(Duration step) {
    requireNonNull(step, "step");
    if (step.isNegative()) {
      throw new IllegalArgumentException("a virtual clock only moves forward, step was " + step);
    }
    return now.updateAndGet(t -> t.plus(step));
  }

  /**
   * Moves the clock to {@code target}, or leaves it where it is if it already shows a later instant.
   *
   * @param target the instant to move to
   * @return the new instant
   */
  public Instant advanceTo(Instant target) {
    requireNonNull(target, "target");
    return now.updateAndGet(t -> t.isBefore(target) ? target : t);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new VirtualClock(now, requireNonNull(zone, "zone"));
  }

  @Override
  public String toString() {
    return "VirtualClock[" + now.get() + "," + zone + "]";
  }
}
