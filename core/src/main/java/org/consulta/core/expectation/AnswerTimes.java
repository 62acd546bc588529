package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * How much input was answered and how fast, as the track record reports it: the figures of the
 * outcome engine's response times (top-level published contributions; an answer is a contribution's
 * own response or its theme's; nearest-rank quantiles of the time from submission to the first
 * answer). Expectations sit below outcomes, so the track record carries its own copy.
 *
 * @param counted contributions that count
 * @param answered of those, how many are answered
 * @param median the median time to the first answer, if any is answered
 * @param p90 the 90th percentile, if any is answered
 */
public record AnswerTimes(long counted, long answered, Optional<Duration> median, Optional<Duration> p90) {
  public AnswerTimes {
    requireNonNull(median, "median");
    requireNonNull(p90, "p90");
  }

  /** @return the share answered, 0 when nothing counts */
  public double shareAnswered() {
    return counted == 0 ? 0 : (double) answered / counted;
  }
}
