package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * How much of a consultation's input was answered and how fast. Counted: top-level published
 * contributions. A contribution is answered by its own response or by a response to a theme it is
 * in; its time to response runs from its submission to the earliest answer that reached it (a
 * theme's response reaches a contribution added to the theme later when it is added). Quantiles
 * are nearest-rank: the median is the value at rank ⌈n/2⌉ of the sorted times, p90 at ⌈0.9 n⌉.
 *
 * @param counted how many contributions count
 * @param answered how many of them are answered
 * @param median the median time to response, if any is answered
 * @param p90 the 90th percentile, if any is answered
 */
public record ResponseTimes(long counted, long answered, Optional<Duration> median, Optional<Duration> p90) {
  public ResponseTimes {
    requireNonNull(median, "median");
    requireNonNull(p90, "p90");
    if (answered > counted || answered < 0) {
      throw new IllegalArgumentException("answered " + answered + " of " + counted);
    }
  }

  /** @return the share answered, 0 when nothing counts */
  public double shareAnswered() {
    return counted == 0 ? 0 : (double) answered / counted;
  }
}
