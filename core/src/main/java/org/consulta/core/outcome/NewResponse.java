package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;
import org.consulta.core.value.LocalizedText;

/**
 * Command: give the official response to one contribution or to one theme.
 *
 * @param contribution the contribution answered (exactly one of contribution and theme)
 * @param theme the theme answered
 * @param status the position
 * @param rationale why; required unless accepted, up to 10,000 characters per language
 * @param idempotencyKey optional key for safe repetition
 */
public record NewResponse(
    Optional<ContributionId> contribution,
    Optional<ThemeId> theme,
    ResponseStatus status,
    Optional<LocalizedText> rationale,
    Optional<IdempotencyKey> idempotencyKey)
    implements Command {
  public NewResponse {
    requireNonNull(contribution, "contribution");
    requireNonNull(theme, "theme");
    requireNonNull(status, "status");
    requireNonNull(rationale, "rationale");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /**
   * @param contribution the contribution
   * @param status the position
   * @param rationale why, or null when accepted
   * @return the command
   */
  public static NewResponse toContribution(ContributionId contribution, ResponseStatus status, LocalizedText rationale) {
    return new NewResponse(Optional.of(contribution), Optional.empty(), status, Optional.ofNullable(rationale), Optional.empty());
  }

  /**
   * @param theme the theme
   * @param status the position
   * @param rationale why, or null when accepted
   * @return the command
   */
  public static NewResponse toTheme(ThemeId theme, ResponseStatus status, LocalizedText rationale) {
    return new NewResponse(Optional.empty(), Optional.of(theme), status, Optional.ofNullable(rationale), Optional.empty());
  }
}
