package org.consulta.core.moderation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;

/**
 * An author appeals the latest decision on their contribution, within the appeal window.
 *
 * @param contribution the contribution
 * @param statement why the decision is wrong (1 to 5,000 characters)
 * @param idempotencyKey optional key for safe repetition
 */
public record NewAppeal(ContributionId contribution, String statement, Optional<IdempotencyKey> idempotencyKey) implements Command {
  public NewAppeal {
    requireNonNull(contribution, "contribution");
    requireNonNull(statement, "statement");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /**
   * @param contribution the contribution
   * @param statement the author's reasons
   * @return an appeal without idempotency key
   */
  public static NewAppeal of(ContributionId contribution, String statement) {
    return new NewAppeal(contribution, statement, Optional.empty());
  }
}
