package org.consulta.core.budgeting;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * One project's result: its score, whether it was funded and why, in words a resident understands
 * (for example "skipped: did not fit the remaining 12,300" or "not funded: its supporters'
 * remaining shares covered 61% of its cost").
 *
 * @param project the project's id
 * @param cost its cost
 * @param score its score under the rule (votes, points, or plus minus minus votes)
 * @param funded whether it is funded
 * @param rank its place in the order of selection (1 for the first funded), 0 when not funded
 * @param reason why, as a category
 * @param explanation why, in words
 */
public record ProjectVerdict(String project, BigDecimal cost, BigDecimal score, boolean funded, int rank, VerdictReason reason,
    String explanation) {
  public ProjectVerdict {
    requireNonNull(project, "project");
    requireNonNull(cost, "cost");
    requireNonNull(score, "score");
    requireNonNull(reason, "reason");
    requireNonNull(explanation, "explanation");
    if (funded != reason.funded()) {
      throw new IllegalArgumentException("a verdict's reason " + reason + " contradicts funded=" + funded);
    }
  }
}
