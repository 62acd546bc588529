package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.value.LocalizedText;

/**
 * A theme a {@link ThemeSuggester} proposes; nothing is stored until staff create the theme
 * ({@link OutcomeService#createTheme}, with the campaign if the suggestion names one, then {@link
 * OutcomeService#addToTheme} for the sample or their own choice).
 *
 * @param suggester the suggester's name
 * @param title a proposed title
 * @param explanation why these belong together, for staff
 * @param campaign the moderation campaign behind it, if any (creating the theme with it adds
 *     every member)
 * @param size how many contributions it covers
 * @param sample some of them, at most {@value #SAMPLE}
 */
public record ThemeSuggestion(
    String suggester, LocalizedText title, String explanation, Optional<CampaignId> campaign, long size, List<ContributionId> sample) {
  /** The most contributions a suggestion lists. */
  public static final int SAMPLE = 20;

  public ThemeSuggestion {
    requireNonNull(suggester, "suggester");
    requireNonNull(title, "title");
    requireNonNull(explanation, "explanation");
    requireNonNull(campaign, "campaign");
    sample = List.copyOf(requireNonNull(sample, "sample"));
    if (sample.size() > SAMPLE) {
      throw new IllegalArgumentException("a suggestion lists at most " + SAMPLE + " contributions, not " + sample.size());
    }
  }
}
