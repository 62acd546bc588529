package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The items of a deadline commitment at one instant, as the store counts them without a scan.
 * Excused items (removed by moderation, withdrawn) are not counted at all.
 *
 * @param at the instant
 * @param total items so far: settled plus open
 * @param onTime settled at or before their due instant
 * @param late settled after it
 * @param open not settled yet
 * @param atRisk open, past their risk instant, not yet due
 * @param overdue open and past due
 * @param overdueItems the first overdue items by due instant, at most as many as asked for
 * @param nextDue the earliest due instant of an open item that is not overdue
 */
public record DeadlineTally(Instant at, long total, long onTime, long late, long open, long atRisk, long overdue, List<TrackedItem> overdueItems,
    Optional<Instant> nextDue) implements Evidence {
  public DeadlineTally {
    requireNonNull(at, "at");
    overdueItems = List.copyOf(requireNonNull(overdueItems, "overdueItems"));
    requireNonNull(nextDue, "nextDue");
  }

  /** @return items that failed their deadline so far: settled late or overdue */
  public long failed() {
    return late + overdue;
  }

  /** @return the share of due or settled items that were settled in time (1 when there are none) */
  public double shareOnTime() {
    long judged = onTime + late + overdue;
    return judged == 0 ? 1 : (double) onTime / judged;
  }
}
