package org.consulta.core.simulation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The run's virtual clock: stands still until the run moves it, only forward. Single-thread. */
final class SimulationClock extends Clock {
  private Instant now;

  SimulationClock(Instant start) {
    this.now = start;
  }

  void advanceTo(Instant target) {
    if (target.isAfter(now)) {
      now = target;
    }
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    if (zone.equals(ZoneOffset.UTC)) {
      return this;
    }
    throw new UnsupportedOperationException("the simulation clock runs in UTC");
  }
}
