package org.consulta.core.simulation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One day of a {@link SweepSummary}: each metric's {@link Estimate} across the seeds.
 *
 * @param day the day
 * @param date its date
 * @param metrics metric name to estimate, in the runs' metric order
 */
public record SummaryDay(int day, LocalDate date, Map<String, Estimate> metrics) {
  public SummaryDay {
    requireNonNull(date, "date");
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(metrics, "metrics")));
  }
}
