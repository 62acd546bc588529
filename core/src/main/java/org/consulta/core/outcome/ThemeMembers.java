package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;

/**
 * Command: put contributions into a theme, or take them out.
 *
 * @param theme the theme
 * @param contributions 1..1,000 contributions of the theme's consultation
 * @param idempotencyKey optional key for safe repetition
 */
public record ThemeMembers(ThemeId theme, List<ContributionId> contributions, Optional<IdempotencyKey> idempotencyKey) implements Command {
  /** The most contributions one command moves. */
  public static final int MAX = 1_000;

  public ThemeMembers {
    requireNonNull(theme, "theme");
    contributions = List.copyOf(requireNonNull(contributions, "contributions"));
    requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /**
   * @param theme the theme
   * @param contributions the contributions
   * @return the command without idempotency key
   */
  public static ThemeMembers of(ThemeId theme, ContributionId... contributions) {
    return new ThemeMembers(theme, List.of(contributions), Optional.empty());
  }
}
