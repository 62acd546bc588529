package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionState;

/**
 * What became of one of a participant's own contributions: everything from its moderation state
 * to the results that followed, in one record ({@link OutcomeService#trail}).
 *
 * @param contribution the contribution as its author may read it (their own text, unmasked)
 * @param state its moderation state (published, pending, hidden, rejected, withdrawn)
 * @param moderationReason the house-rule reason code of the latest moderation decision, if any
 * @param themes the themes it is in
 * @param responses the responses that answer it: its own, then those of its themes (each only
 *     if given, and for a theme, it reaches the contribution since it was added)
 * @param decisions the decisions it informed, directly or through its themes
 * @param results the results carrying those decisions out, with rolled-up progress
 */
public record TrailEntry(
    Contribution contribution,
    ContributionState state,
    Optional<String> moderationReason,
    List<Theme> themes,
    List<Response> responses,
    List<Decision> decisions,
    List<ResultNode> results) {
  public TrailEntry {
    requireNonNull(contribution, "contribution");
    requireNonNull(state, "state");
    requireNonNull(moderationReason, "moderationReason");
    themes = List.copyOf(requireNonNull(themes, "themes"));
    responses = List.copyOf(requireNonNull(responses, "responses"));
    decisions = List.copyOf(requireNonNull(decisions, "decisions"));
    results = List.copyOf(requireNonNull(results, "results"));
  }

  /** @return the entry with staff named {@value OutcomeService#STAFF} in its themes, responses, decisions and results */
  public TrailEntry publicView() {
    return new TrailEntry(contribution, state, moderationReason, themes.stream().map(Theme::publicView).toList(),
        responses.stream().map(Response::publicView).toList(), decisions.stream().map(Decision::publicView).toList(),
        results.stream().map(ResultNode::publicView).toList());
  }

  /** @return whether any response answers it */
  public boolean answered() {
    return !responses.isEmpty();
  }
}
