package org.consulta.core.moderation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;

/**
 * A participant flags a contribution, citing a house rule.
 *
 * @param contribution the contribution
 * @param reason a reason code of the consultation's house rules
 * @param idempotencyKey optional key for safe repetition
 */
public record NewFlag(ContributionId contribution, String reason, Optional<IdempotencyKey> idempotencyKey) implements Command {
  public NewFlag {
    requireNonNull(contribution, "contribution");
    requireNonNull(reason, "reason");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /**
   * @param contribution the contribution
   * @param reason the reason code
   * @return a flag command without idempotency key
   */
  public static NewFlag of(ContributionId contribution, String reason) {
    return new NewFlag(contribution, reason, Optional.empty());
  }
}
