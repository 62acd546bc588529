package org.consulta.core.moderation;

import static java.util.Objects.requireNonNull;

/**
 * A count of one metric for one reason code over a period.
 *
 * @param metric the metric
 * @param reason the reason code, or the empty string when the event had none
 * @param count how many
 */
public record MetricCount(ModerationMetric metric, String reason, long count) {
  public MetricCount {
    requireNonNull(metric, "metric");
    requireNonNull(reason, "reason");
  }
}
