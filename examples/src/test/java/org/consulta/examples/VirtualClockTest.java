package org.consulta.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class VirtualClockTest {
  private static final Instant START = Instant.parse("2025-03-03T09:00:00Z");

  @Test
  void standsStillUntilAdvanced() {
    VirtualClock clock = new VirtualClock(START);

    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.advance(Duration.ofDays(1))).isEqualTo(START.plus(Duration.ofDays(1)));
    assertThat(clock.millis()).isEqualTo(START.plus(Duration.ofDays(1)).toEpochMilli());
  }

  @Test
  void advanceToNeverMovesBackwards() {
    VirtualClock clock = new VirtualClock(START);
    clock.advance(Duration.ofHours(2));

    assertThat(clock.advanceTo(START.plus(Duration.ofHours(1)))).isEqualTo(START.plus(Duration.ofHours(2)));
    assertThat(clock.advanceTo(START.plus(Duration.ofHours(3)))).isEqualTo(START.plus(Duration.ofHours(3)));
  }

  @Test
  void negativeStepIsRefused() {
    VirtualClock clock = new VirtualClock(START);

    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void zonedViewSharesTheInstant() {
    VirtualClock clock = new VirtualClock(START);
    Clock lisbon = clock.withZone(ZoneId.of("Europe/Lisbon"));
    clock.advance(Duration.ofMinutes(5));

    assertThat(lisbon.instant()).isEqualTo(START.plus(Duration.ofMinutes(5)));
    assertThat(lisbon.getZone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
  }
}
