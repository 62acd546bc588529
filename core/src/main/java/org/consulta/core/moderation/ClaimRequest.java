package org.consulta.core.moderation;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;

/**
 * A moderator asks for the next case: the first unclaimed queued case the filter matches, in
 * priority order, leased to them.
 *
 * @param filter which cases (its {@code unclaimedOnly} is implied)
 * @param lease how long the lease holds (default 15 minutes, at most 8 hours)
 * @param idempotencyKey optional key: a repeated request returns the same case
 */
public record ClaimRequest(QueueFilter filter, Optional<Duration> lease, Optional<IdempotencyKey> idempotencyKey) implements Command {
  /** The lease when none is asked for. */
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(15);

  public ClaimRequest {
    requireNonNull(filter, "filter");
    requireNonNull(lease, "lease");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /**
   * @param filter which cases
   * @return a request with the default lease
   */
  public static ClaimRequest of(QueueFilter filter) {
    return new ClaimRequest(filter, Optional.empty(), Optional.empty());
  }
}
