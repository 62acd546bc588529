package org.consulta.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A virtual clock that moves one microsecond on every {@link #instant()} call, so each command gets
 * its own instant without a system call and ids never exhaust a millisecond. {@link #millis()}
 * reads without moving. Thread-safe.
 */
final class TickClock extends Clock {
  private static final long START_SECONDS = Instant.parse("2030-01-01T00:00:00Z").getEpochSecond();

  private final AtomicLong micros;

  /** A clock at 2030-01-01T00:00:00Z. */
  TickClock() {
    this(0);
  }

  /**
   * @param startMicros microseconds after 2030-01-01T00:00:00Z to start from; two clocks made with
   *     the same start give the same instants for the same calls
   */
  TickClock(long startMicros) {
    this.micros = new AtomicLong(startMicros);
  }

  @Override
  public Instant instant() {
    long now = micros.incrementAndGet();
    return Instant.ofEpochSecond(START_SECONDS + now / 1_000_000, (now % 1_000_000) * 1_000);
  }

  @Override
  public long millis() {
    return START_SECONDS * 1_000 + micros.get() / 1_000;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a benchmark clock stays in UTC");
  }
}
