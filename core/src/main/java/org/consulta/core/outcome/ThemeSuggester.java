package org.consulta.core.outcome;

import java.util.List;

/**
 * Proposes themes for a consultation's contributions: the built-in {@link
 * CampaignThemeSuggester} turns moderation campaigns into themes; an embedder can add topic
 * models, keyword rules or an external classifier. Register with {@code
 * Consulta.builder().themeSuggesters(..)}; {@link OutcomeService#suggestThemes} runs them in order.
 *
 * <p>Implementations must be thread-safe and must not change anything: suggestions are only shown
 * to staff, who decide.
 */
public interface ThemeSuggester {
  /** @return a short name shown with each suggestion */
  String name();

  /**
   * @param source the consultation and its contributions
   * @return the suggestions, best first
   */
  List<ThemeSuggestion> suggest(SuggestionSource source);
}
