package org.consulta.core.budgeting;

import static java.util.Objects.requireNonNull;

import org.consulta.core.error.InvalidInputException;

/**
 * Counts an election with a rule. Stateless and thread-safe; every rule is deterministic (the same
 * election gives the same result whatever the order of its ballots) with the tie-break {@link
 * CountingRule} documents.
 */
public final class Count {
  private Count() {}

  /**
   * @param election the election, {@linkplain Election#validate() valid}
   * @param rule the counting rule
   * @return the funded projects, the money spent and every project's verdict
   * @throws InvalidInputException if the election is invalid, or the rule cannot count its ballots
   *     (Equal Shares counts approval and cumulative ballots only)
   * @throws CountTooLargeException if the exact knapsack rule reaches its limit of search steps
   *     before it proves the best set (see {@link CountingRule#KNAPSACK})
   */
  public static CountResult count(Election election, CountingRule rule) {
    requireNonNull(election, "election").validate();
    return switch (requireNonNull(rule, "rule")) {
      case GREEDY -> Greedy.count(election);
      case KNAPSACK -> Knapsack.count(election);
      case EQUAL_SHARES, EQUAL_SHARES_ADD1, EQUAL_SHARES_ADD1_COMPARISON -> EqualShares.count(election, rule);
    };
  }
}
