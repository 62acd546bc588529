package org.consulta.core.contribution;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ContributionKind;

/**
 * How many contributions a consultation received, by kind, channel and state. Counts every
 * contribution whatever its visibility (numbers reveal no content).
 *
 * @param total all contributions
 * @param byKind per kind (kinds with none are absent)
 * @param byChannel per channel (channels with none are absent)
 * @param byState per state (states with none are absent)
 */
public record ContributionCounts(
    long total, Map<ContributionKind, Long> byKind, Map<Channel, Long> byChannel, Map<ContributionState, Long> byState) {
  public ContributionCounts {
    byKind = Map.copyOf(requireNonNull(byKind, "byKind"));
    byChannel = Map.copyOf(requireNonNull(byChannel, "byChannel"));
    byState = Map.copyOf(requireNonNull(byState, "byState"));
  }

  /** @return no contributions */
  public static ContributionCounts none() {
    return new ContributionCounts(0, Map.of(), Map.of(), Map.of());
  }

  /**
   * @param kind a kind
   * @return how many of that kind
   */
  public long of(ContributionKind kind) {
    return byKind.getOrDefault(kind, 0L);
  }

  /**
   * @param channel a channel
   * @return how many came on that channel
   */
  public long of(Channel channel) {
    return byChannel.getOrDefault(channel, 0L);
  }

  /**
   * @param state a state
   * @return how many are in that state
   */
  public long of(ContributionState state) {
    return byState.getOrDefault(state, 0L);
  }
}
