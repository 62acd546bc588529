package org.consulta.core.expectation;

import java.util.OptionalDouble;

/**
 * Counts of one expectation in one slice (everyone, a channel, a group).
 *
 * @param expected participants who expected it
 * @param delivered of those, how many had it delivered
 * @param rated of those, how many rated it
 * @param yes ratings "yes"
 * @param partly ratings "partly"
 * @param no ratings "no"
 * @param meanScore the mean score (1..5) of the ratings, if any
 */
public record GapCounts(long expected, long delivered, long rated, long yes, long partly, long no, OptionalDouble meanScore) {
  public GapCounts {
    java.util.Objects.requireNonNull(meanScore, "meanScore");
  }

  /** @return nothing counted */
  public static GapCounts none() {
    return new GapCounts(0, 0, 0, 0, 0, 0, OptionalDouble.empty());
  }

  /** @return the share of those who expected it who had it delivered (0 when nobody expected it) */
  public double shareDelivered() {
    return expected == 0 ? 0 : (double) delivered / expected;
  }
}
