package org.consulta.core.budgeting;

/** Why a project was or was not funded. */
public enum VerdictReason {
  /** Funded: chosen by score while it fitted (greedy). */
  FUNDED_BY_SCORE,
  /** Funded: part of the best-scoring set that fits the budget (knapsack). */
  FUNDED_IN_OPTIMUM,
  /** Funded: its supporters' shares paid for it (Equal Shares). */
  FUNDED_BY_SHARES,
  /** Funded: by the completion of Equal Shares (Add1, or greedy spending of what was left). */
  FUNDED_IN_COMPLETION,
  /** Funded: the comparison step preferred the greedy outcome, which funds it. */
  FUNDED_BY_COMPARISON,
  /** Not funded: it no longer fitted the money left when its turn came. */
  DID_NOT_FIT,
  /** Not funded: it costs more than the whole budget. */
  EXCEEDS_BUDGET,
  /** Not funded: no votes, or a score of zero or less. */
  NO_SUPPORT,
  /** Not funded: its supporters' remaining shares could not cover its cost (Equal Shares). */
  SHARES_SHORT,
  /** Not funded: not part of the best-scoring set that fits the budget (knapsack). */
  NOT_IN_OPTIMUM;

  /** @return whether the reason is one of funding */
  public boolean funded() {
    return name().startsWith("FUNDED");
  }
}
