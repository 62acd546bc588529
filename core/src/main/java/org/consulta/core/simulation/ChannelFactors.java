package org.consulta.core.simulation;

/**
 * How much more (or less) likely than average a group is to take part, online and at offline
 * sessions.
 *
 * @param online the factor on the online propensity, at least 0
 * @param offline the factor on the offline propensity, at least 0
 */
public record ChannelFactors(double online, double offline) {
  /** Neither more nor less likely than average. */
  public static final ChannelFactors NEUTRAL = new ChannelFactors(1, 1);

  /** @return the same factor on both channels */
  public static ChannelFactors both(double factor) {
    return new ChannelFactors(factor, factor);
  }
}
