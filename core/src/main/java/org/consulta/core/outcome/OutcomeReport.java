package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.participant.DemographicDimension;
import org.consulta.core.value.LocalizedText;

/**
 * The "you said, we did" report of a consultation ({@link OutcomeService#report}): per theme what
 * people said, the response, the decisions and the implementation; then every decision and the
 * result tree; then the impact figures. Public by construction: only public published
 * contributions appear as examples (masks applied), and counts leave out confidential input. Render
 * it with {@link ReportRenderer} as Markdown or accessible HTML, or serialize it as JSON.
 *
 * @param consultation the consultation
 * @param title its title
 * @param languages its languages, first the default
 * @param generatedAt when the report was built
 * @param themes one section per theme, in theme creation order
 * @param decisions every decision, in recording order
 * @param results the result tree (top-level results with their sub-results), in creation order
 * @param impact the headline figures
 * @param dimensions the tenant's demographic dimensions, for the labels of the group counts
 * @param expectations the consultation's commitments evaluated when the report was made, and what
 *     participants expected against what they got; empty when it has no live commitment and
 *     nobody stated an expectation
 */
public record OutcomeReport(
    ConsultationId consultation,
    LocalizedText title,
    List<String> languages,
    Instant generatedAt,
    List<ThemeSection> themes,
    List<Decision> decisions,
    List<ResultNode> results,
    ImpactFigures impact,
    List<DemographicDimension> dimensions,
    Optional<org.consulta.core.expectation.ExpectationDashboard> expectations) {
  /** How many example contributions each theme shows. */
  public static final int EXAMPLES = 3;

  public OutcomeReport {
    requireNonNull(consultation, "consultation");
    requireNonNull(title, "title");
    languages = List.copyOf(requireNonNull(languages, "languages"));
    requireNonNull(generatedAt, "generatedAt");
    themes = List.copyOf(requireNonNull(themes, "themes"));
    decisions = List.copyOf(requireNonNull(decisions, "decisions"));
    results = List.copyOf(requireNonNull(results, "results"));
    requireNonNull(impact, "impact");
    dimensions = List.copyOf(requireNonNull(dimensions, "dimensions"));
    requireNonNull(expectations, "expectations");
  }
}
