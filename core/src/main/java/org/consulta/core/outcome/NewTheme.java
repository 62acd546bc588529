package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.value.Command;
import org.consulta.core.value.ConsultaStyle;
import org.consulta.core.value.IdempotencyKey;
import org.consulta.core.value.LocalizedText;
import org.immutables.value.Value;

/**
 * Command: create a theme. Made from a moderation campaign ({@code campaign} set), the theme starts
 * with every contribution of the campaign as a member. Build with {@code new NewThemeBuilder()} or
 * {@link #of}.
 *
 * @param consultation the consultation
 * @param title a public title, 1..200 characters per language
 * @param description an optional public summary, up to 5,000 characters per language
 * @param origin how it came about (default manual; campaign when {@code campaign} is set)
 * @param campaign a moderation campaign of the consultation whose members join the theme
 * @param idempotencyKey optional key for safe repetition
 */
@ConsultaStyle
@Value.Builder
public record NewTheme(
    ConsultationId consultation,
    LocalizedText title,
    Optional<LocalizedText> description,
    Optional<ThemeOrigin> origin,
    Optional<CampaignId> campaign,
    Optional<IdempotencyKey> idempotencyKey)
    implements Command {
  public NewTheme {
    requireNonNull(consultation, "consultation");
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    requireNonNull(origin, "origin");
    requireNonNull(campaign, "campaign");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /**
   * @param consultation the consultation
   * @param title the title
   * @return a manual theme without description
   */
  public static NewTheme of(ConsultationId consultation, LocalizedText title) {
    return new NewTheme(consultation, title, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
