package org.consulta.core.moderation;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.consulta.core.consultation.ConsultationId;

/**
 * What moderation did in one consultation over a period of whole UTC days, for publication.
 * Counts come from counters written with each screening, flag and decision; times to decision
 * from the cases first decided in the period. Holds no personal data and no contribution text.
 *
 * @param consultation the consultation
 * @param from the first day, inclusive (UTC)
 * @param to the last day, exclusive (UTC)
 * @param totals each metric over all reasons
 * @param byReason each reason code's metrics (reason-less counts, such as screenings, are under
 *     the empty string)
 * @param decisions final decisions whose time to decision is measured (cases first decided in
 *     the period)
 * @param medianTimeToDecision the median time from entering the queue to the first final decision
 * @param p90TimeToDecision the 90th percentile of the same
 * @param overturnRate overturned appeals over decided appeals, 0 when none
 */
public record TransparencyReport(
    ConsultationId consultation,
    LocalDate from,
    LocalDate to,
    Map<ModerationMetric, Long> totals,
    Map<String, Map<ModerationMetric, Long>> byReason,
    long decisions,
    Optional<Duration> medianTimeToDecision,
    Optional<Duration> p90TimeToDecision,
    double overturnRate) {
  public TransparencyReport {
    requireNonNull(consultation, "consultation");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    totals = Map.copyOf(requireNonNull(totals, "totals"));
    byReason = Map.copyOf(requireNonNull(byReason, "byReason"));
    requireNonNull(medianTimeToDecision, "medianTimeToDecision");
    requireNonNull(p90TimeToDecision, "p90TimeToDecision");
  }

  /**
   * @param metric a metric
   * @return its total over all reasons, 0 when nothing was counted
   */
  public long total(ModerationMetric metric) {
    return totals.getOrDefault(metric, 0L);
  }
}
