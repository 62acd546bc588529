package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.consulta.core.contribution.Contribution;

/**
 * One theme of a "you said, we did" report: what people said, what the institution answered,
 * what was decided and where the implementation stands.
 *
 * @param theme the theme
 * @param stats its counts by channel and group
 * @param examples a few of its public published contributions, public view (masks applied)
 * @param response the theme's response, if given
 * @param decisions decisions the theme informed
 * @param results results carrying out those decisions
 */
public record ThemeSection(
    Theme theme, ThemeStats stats, List<Contribution> examples, Optional<Response> response, List<Decision> decisions, List<ResultNode> results) {
  public ThemeSection {
    requireNonNull(theme, "theme");
    requireNonNull(stats, "stats");
    examples = List.copyOf(requireNonNull(examples, "examples"));
    requireNonNull(response, "response");
    decisions = List.copyOf(requireNonNull(decisions, "decisions"));
    results = List.copyOf(requireNonNull(results, "results"));
  }

  /** @return the section with staff named {@value OutcomeService#STAFF} throughout */
  public ThemeSection publicView() {
    return new ThemeSection(theme.publicView(), stats, examples, response.map(Response::publicView),
        decisions.stream().map(Decision::publicView).toList(), results.stream().map(ResultNode::publicView).toList());
  }
}
