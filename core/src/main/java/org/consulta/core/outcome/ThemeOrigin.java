package org.consulta.core.outcome;

/** How a theme came about. */
public enum ThemeOrigin {
  /** Staff created it. */
  MANUAL,
  /** Staff accepted a {@link ThemeSuggester}'s suggestion. */
  SUGGESTED,
  /** Staff made it from a moderation campaign (a cluster of near-identical texts). */
  CAMPAIGN
}
