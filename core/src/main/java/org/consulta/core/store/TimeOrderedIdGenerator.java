package org.consulta.core.store;

import java.time.Clock;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then a 12-bit counter that keeps ids
 * monotonic within one millisecond (and when the clock stands still, as virtual clocks do), then
 * 62 random bits. Thread-safe.
 */
final class TimeOrderedIdGenerator implements IdGenerator {
  private final Clock clock;
  private final LongSupplier random;
  private long lastMillis = -1;
  private long sequence;

  TimeOrderedIdGenerator(Clock clock, java.security.SecureRandom random) {
    this(clock, random::nextLong);
  }

  TimeOrderedIdGenerator(Clock clock, LongSupplier random) {
    this.clock = clock;
    this.random = random;
  }

  @Override
  public synchronized UUID next() {
    long millis = clock.millis();
    if (millis > lastMillis) {
      lastMillis = millis;
      sequence = 0;
    } else if (++sequence > 0xFFF) {
      // counter exhausted within one millisecond (or the clock stands still): borrow the next one
      lastMillis++;
      sequence = 0;
    }
    long msb = (lastMillis << 16) | 0x7000L | sequence;
    long lsb = (random.getAsLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }
}
