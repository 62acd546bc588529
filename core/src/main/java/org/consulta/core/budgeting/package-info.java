/**
 * Participatory budgeting: ballots, their rules and the counting rules cities use.
 *
 * <p>An {@link org.consulta.core.budgeting.Election} is one budget's vote as counted: the amount,
 * the projects on the ballot with their costs, the ballot rules and the ballots cast. {@link
 * org.consulta.core.budgeting.Count#count} applies a {@link
 * org.consulta.core.budgeting.CountingRule} (greedy, exact knapsack, the Method of Equal Shares
 * and its completions, as pabulib names them) and returns a {@link
 * org.consulta.core.budgeting.CountResult}: the funded projects, the money spent and left, and per
 * project why it was or was not funded. Money is {@link java.math.BigDecimal}, never {@code double}.
 *
 * <pre>{@code
 * Election vote = Election.approval("Green million", new BigDecimal("1000000"), projects, ballots);
 * CountResult result = Count.count(vote, CountingRule.EQUAL_SHARES_ADD1);
 * result.selected();              // the funded project ids, in the order they were chosen
 * result.verdict("P12").reason(); // why P12 was or was not funded
 * }</pre>
 */
package org.consulta.core.budgeting;
