package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

/**
 * One thing a deadline commitment waits for: a contribution to answer or a case to rule on, with
 * the instants it started, becomes at risk and is due.
 *
 * @param commitment the commitment
 * @param kind what the item is
 * @param id the contribution's or case's id
 * @param startedAt when its time started
 * @param riskAt when it has used the commitment's risk share of its time
 * @param dueAt when it is due
 */
public record TrackedItem(CommitmentId commitment, TrackedItemKind kind, UUID id, Instant startedAt, Instant riskAt, Instant dueAt) {
  public TrackedItem {
    requireNonNull(commitment, "commitment");
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
    requireNonNull(startedAt, "startedAt");
    requireNonNull(riskAt, "riskAt");
    requireNonNull(dueAt, "dueAt");
    if (riskAt.isBefore(startedAt) || dueAt.isBefore(riskAt)) {
      throw new IllegalArgumentException("a tracked item needs startedAt <= riskAt <= dueAt: " + startedAt + ", " + riskAt + ", " + dueAt);
    }
  }
}
