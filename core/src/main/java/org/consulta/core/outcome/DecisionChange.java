package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.value.Command;
import org.consulta.core.value.ConsultaStyle;
import org.consulta.core.value.IdempotencyKey;
import org.consulta.core.value.LocalizedText;
import org.immutables.value.Value;

/**
 * Command: change a decision; only the fields present change (the same limits as {@link
 * NewDecision}). Build with {@code new DecisionChangeBuilder()}.
 *
 * @param decision the decision
 * @param expectedVersion apply only to this version
 * @param title a new title
 * @param text a new text
 * @param body a new deciding body
 * @param meeting a new meeting reference
 * @param decidedOn a new day
 * @param influence a new influence statement
 * @param effect a new effect
 * @param themes the new list of informing themes (replaces the old)
 * @param contributions the new list of informing contributions (replaces the old)
 * @param idempotencyKey optional key for safe repetition
 */
@ConsultaStyle
@Value.Builder
public record DecisionChange(
    DecisionId decision,
    OptionalLong expectedVersion,
    Optional<LocalizedText> title,
    Optional<LocalizedText> text,
    Optional<String> body,
    Optional<String> meeting,
    Optional<LocalDate> decidedOn,
    Optional<LocalizedText> influence,
    Optional<InfluenceEffect> effect,
    Optional<List<ThemeId>> themes,
    Optional<List<ContributionId>> contributions,
    Optional<IdempotencyKey> idempotencyKey)
    implements Command {
  public DecisionChange {
    requireNonNull(decision, "decision");
    requireNonNull(expectedVersion, "expectedVersion");
    requireNonNull(title, "title");
    requireNonNull(text, "text");
    requireNonNull(body, "body");
    requireNonNull(meeting, "meeting");
    requireNonNull(decidedOn, "decidedOn");
    requireNonNull(influence, "influence");
    requireNonNull(effect, "effect");
    themes = requireNonNull(themes, "themes").map(List::copyOf);
    contributions = requireNonNull(contributions, "contributions").map(List::copyOf);
    requireNonNull(idempotencyKey, "idempotencyKey");
  }
}
