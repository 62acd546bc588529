package org.consulta.core.store;

import java.time.Clock;
import java.util.UUID;

/**
 * Makes ids for new aggregates and events. The default is {@link #timeOrdered(Clock)}: UUID
 * version 7, so ids sort by creation time and index well. Simulations pass {@link
 * #seeded(Clock, long)} so a run is reproducible.
 *
 * <p>Implementations must be thread-safe and never repeat an id.
 */
@FunctionalInterface
public interface IdGenerator {
  /** @return a new, never-repeated id */
  UUID next();

  /**
   * @param clock the clock whose milliseconds lead each id
   * @return time-ordered UUIDv7 ids with secure random bits
   */
  static IdGenerator timeOrdered(Clock clock) {
    return new TimeOrderedIdGenerator(clock, new java.security.SecureRandom());
  }

  /**
   * @param clock the clock whose milliseconds lead each id
   * @param seed the random seed
   * @return time-ordered UUIDv7 ids whose random bits repeat for the same seed and clock
   */
  static IdGenerator seeded(Clock clock, long seed) {
    return new TimeOrderedIdGenerator(clock, new java.util.SplittableRandom(seed)::nextLong);
  }
}
