package org.consulta.core.contribution;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;

/**
 * Command: set (or clear) the acting participant's reaction to a contribution. Replaces their
 * earlier reaction; with neither support nor stance it removes it.
 *
 * @param contribution the contribution
 * @param support support or oppose, if any
 * @param stance a stance in [-1, 1] (kept to three decimals), if any
 * @param idempotencyKey optional key for safe repetition
 */
public record ReactionChange(
    ContributionId contribution, Optional<Support> support, Optional<Double> stance, Optional<IdempotencyKey> idempotencyKey)
    implements Command {
  public ReactionChange {
    requireNonNull(contribution, "contribution");
    requireNonNull(support, "support");
    requireNonNull(stance, "stance");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /**
   * @param contribution the contribution
   * @param support support or oppose
   * @return a change to that support, no stance
   */
  public static ReactionChange of(ContributionId contribution, Support support) {
    return new ReactionChange(contribution, Optional.of(support), Optional.empty(), Optional.empty());
  }

  /**
   * @param contribution the contribution
   * @param stance a stance in [-1, 1]
   * @return a change to that stance, no support
   */
  public static ReactionChange stance(ContributionId contribution, double stance) {
    return new ReactionChange(contribution, Optional.empty(), Optional.of(stance), Optional.empty());
  }

  /**
   * @param contribution the contribution
   * @return a change that removes the participant's reaction
   */
  public static ReactionChange clear(ContributionId contribution) {
    return new ReactionChange(contribution, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
