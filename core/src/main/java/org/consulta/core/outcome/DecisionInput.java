package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.value.Page;

/**
 * The input that informed a decision.
 *
 * @param decision the decision
 * @param themes the themes it links
 * @param contributions a page of the contributions it links directly, as the reader may read them
 */
public record DecisionInput(Decision decision, List<Theme> themes, Page<Contribution> contributions) {
  public DecisionInput {
    requireNonNull(decision, "decision");
    themes = List.copyOf(requireNonNull(themes, "themes"));
    requireNonNull(contributions, "contributions");
  }
}
