package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalLong;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;

/**
 * Command: withdraw a commitment, only while its consultation has not opened (once people take
 * part, the promise stands).
 *
 * @param commitment the commitment
 * @param expectedVersion the version the caller last read, if it wants a stale read detected
 * @param idempotencyKey optional key for safe repetition
 */
public record CommitmentWithdrawal(CommitmentId commitment, OptionalLong expectedVersion, Optional<IdempotencyKey> idempotencyKey) implements Command {
  public CommitmentWithdrawal {
    requireNonNull(commitment, "commitment");
    requireNonNull(expectedVersion, "expectedVersion");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /**
   * @param commitment the commitment
   * @return the command without version check or key
   */
  public static CommitmentWithdrawal of(CommitmentId commitment) {
    return new CommitmentWithdrawal(commitment, OptionalLong.empty(), Optional.empty());
  }
}
