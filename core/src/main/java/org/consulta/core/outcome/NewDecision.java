package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.value.Command;
import org.consulta.core.value.ConsultaStyle;
import org.consulta.core.value.IdempotencyKey;
import org.consulta.core.value.LocalizedText;
import org.immutables.value.Value;

/**
 * Command: record a decision. Build with {@code new NewDecisionBuilder()}.
 *
 * <pre>{@code
 * NewDecision d = new NewDecisionBuilder()
 *     .consultation(id).title(LocalizedText.of("en", "River park plan adopted"))
 *     .text(LocalizedText.of("en", "The council adopts the plan with 120 new trees."))
 *     .body("City council").meeting("Meeting of 12 March 2027, item 7")
 *     .decidedOn(LocalDate.of(2027, 3, 12))
 *     .influence(LocalizedText.of("en", "Residents asked for shade: the plan now has 120 trees, not 40."))
 *     .effect(InfluenceEffect.CHANGED).addThemes(trees.id())
 *     .build();
 * }</pre>
 *
 * @param consultation the consultation
 * @param title a short public title, 1..200 characters per language
 * @param text what was decided, 1..20,000 characters per language
 * @param body who decided, 1..200 characters
 * @param meeting the meeting or reference, up to 200 characters
 * @param decidedOn the day it was decided
 * @param influence the influence statement, 1..10,000 characters per language
 * @param effect what the input did to the decision
 * @param themes themes of the consultation that informed it (at most 1,000)
 * @param contributions contributions of the consultation that informed it directly (at most 1,000)
 * @param idempotencyKey optional key for safe repetition
 */
@ConsultaStyle
@Value.Builder
public record NewDecision(
    ConsultationId consultation,
    LocalizedText title,
    LocalizedText text,
    String body,
    Optional<String> meeting,
    LocalDate decidedOn,
    LocalizedText influence,
    InfluenceEffect effect,
    List<ThemeId> themes,
    List<ContributionId> contributions,
    Optional<IdempotencyKey> idempotencyKey)
    implements Command {
  /** The most themes or contributions one decision links directly. */
  public static final int MAX_LINKS = 1_000;

  public NewDecision {
    requireNonNull(consultation, "consultation");
    requireNonNull(title, "title");
    requireNonNull(text, "text");
    requireNonNull(body, "body");
    requireNonNull(meeting, "meeting");
    requireNonNull(decidedOn, "decidedOn");
    requireNonNull(influence, "influence");
    requireNonNull(effect, "effect");
    themes = List.copyOf(requireNonNull(themes, "themes"));
    contributions = List.copyOf(requireNonNull(contributions, "contributions"));
    requireNonNull(idempotencyKey, "idempotencyKey");
  }
}
