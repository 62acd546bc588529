package org.consulta.core.budgeting;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The counting rules, named as pabulib's {@code rule} metadata names them.
 *
 * <p>Scores: an approval counts 1, a cumulative point 1, a plus vote 1 and a minus vote -1 (D21);
 * an ordinal ballot of length L gives its first project L points, the next L - 1, and so on
 * (Borda). Ties between projects are broken by the lower cost, then by the project's position on
 * the ballot.
 */
public enum CountingRule {
  /**
   * Projects by descending score; a project that no longer fits is skipped and the next tried.
   * Projects with a score of zero or less are never funded.
   */
  GREEDY("greedy"),
  /**
   * The set of projects of the highest total score that fits the budget (exact; among equal
   * totals the cheaper set, then the one of earlier ballot positions). Exponential in the worst
   * case; it gives up with a {@link CountTooLargeException} after 50 million search steps.
   */
  KNAPSACK("knapsack"),
  /** The Method of Equal Shares, without completion. */
  EQUAL_SHARES("equalshares"),
  /** The Method of Equal Shares, completed by raising every voter's share one unit at a time (Add1). */
  EQUAL_SHARES_ADD1("equalshares/add1"),
  /** Equal Shares with Add1, then compared with the greedy outcome (Wieliczka 2023). */
  EQUAL_SHARES_ADD1_COMPARISON("equalshares/add1-comparison");

  private final String wireName;

  CountingRule(String wireName) {
    this.wireName = wireName;
  }

  /** @return the pabulib name */
  public String wireName() {
    return wireName;
  }

  /**
   * @param name a pabulib rule name, such as {@code greedy} or {@code equalshares/add1}, any case
   * @return the rule
   * @throws IllegalArgumentException naming the known rules if there is none by that name
   */
  public static CountingRule fromWireName(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (CountingRule r : values()) {
      if (r.wireName.equals(n)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown counting rule '" + name + "'; known: "
        + Arrays.stream(values()).map(CountingRule::wireName).collect(Collectors.joining(", ")));
  }
}
