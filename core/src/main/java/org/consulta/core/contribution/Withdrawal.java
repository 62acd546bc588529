package org.consulta.core.contribution;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalLong;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;

/**
 * Command: the author withdraws a contribution. It stays in the record (the event log keeps it)
 * but is no longer shown or counted as published.
 *
 * @param contribution the contribution
 * @param expectedVersion if present, the version the caller read
 * @param idempotencyKey optional key for safe repetition
 */
public record Withdrawal(ContributionId contribution, OptionalLong expectedVersion, Optional<IdempotencyKey> idempotencyKey)
    implements Command {
  public Withdrawal {
    requireNonNull(contribution, "contribution");
    requireNonNull(expectedVersion, "expectedVersion");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /**
   * @param contribution the contribution
   * @return a withdrawal with no version check and no key
   */
  public static Withdrawal of(ContributionId contribution) {
    return new Withdrawal(contribution, OptionalLong.empty(), Optional.empty());
  }
}
