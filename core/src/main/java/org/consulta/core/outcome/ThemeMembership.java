package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.ContributionId;

/**
 * One contribution in one theme.
 *
 * @param theme the theme
 * @param contribution the contribution
 * @param consultation the consultation both belong to
 * @param addedBy the subject of the staff member who put it there
 * @param addedAt when; a theme's response reaches a contribution added later from this instant
 */
public record ThemeMembership(ThemeId theme, ContributionId contribution, ConsultationId consultation, String addedBy, Instant addedAt) {
  public ThemeMembership {
    requireNonNull(theme, "theme");
    requireNonNull(contribution, "contribution");
    requireNonNull(consultation, "consultation");
    requireNonNull(addedBy, "addedBy");
    requireNonNull(addedAt, "addedAt");
  }
}
