package org.consulta.core.simulation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one simulated (or replayed) day, taken in the evening. Metric names are stable
 * and every day of a run has the same names in the same order:
 *
 * <ul>
 *   <li>{@code aware}, {@code aware.share}, {@code aware.<dimension>.<option>} (share of that group);
 *   <li>{@code participants} (residents who have registered and acted, cumulative), {@code
 *       participants.online}, {@code participants.in_person} (residents who used the channel), {@code
 *       participants.without_internet}, {@code contributors} (participants who
 *       contributed at least once, cumulative),
 *       {@code participants.<dimension>.<option>};
 *   <li>{@code contributions} (that day), {@code contributions.online}, {@code
 *       contributions.in_person}, {@code contributions.<dimension>.<option>}, {@code
 *       contributions.total} (cumulative); {@code reactions}, {@code flags} (that day);
 *   <li>{@code representation.<dimension>.<option>} (the group's share of participants) and {@code
 *       representation.<dimension>.distance} (total variation distance to the reference shares: 0
 *       is a perfect mirror, 1 the worst);
 *   <li>{@code backlog.moderation} (cases waiting for a decision), {@code backlog.responses}
 *       (contributions waiting for an answer), {@code moderation.decided} (cases decided that day),
 *       {@code answered} (cumulative), {@code overdue}
 *       (contributions unanswered at their due time, cumulative);
 *   <li>{@code trust.mean} (all residents), {@code trust.participants}, {@code trust.contributors}
 *       (where answers and silence act), {@code
 *       trust.<dimension>.<option>};
 *   <li>{@code refused} (actions the engine refused that day, for example a reaction to a
 *       contribution hidden since).
 * </ul>
 *
 * @param day the day, 0 being the opening day
 * @param date its date
 * @param metrics metric name to value, in a stable order (JSON written by {@code ConsultaJson} sorts
 *     the keys; the CSV keeps this order)
 * @param commitments each commitment's state, in declaration order
 */
public record DayRecord(int day, LocalDate date, Map<String, Double> metrics, List<CommitmentState> commitments) {
  public DayRecord {
    requireNonNull(date, "date");
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(metrics, "metrics")));
    commitments = List.copyOf(requireNonNull(commitments, "commitments"));
  }

  /**
   * @param name a metric name
   * @return its value
   * @throws IllegalArgumentException if the day has no such metric
   */
  public double metric(String name) {
    Double v = metrics.get(name);
    if (v == null) {
      throw new IllegalArgumentException("no metric '" + name + "'; the metrics are " + metrics.keySet());
    }
    return v;
  }
}
