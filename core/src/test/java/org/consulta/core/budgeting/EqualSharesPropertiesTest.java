package org.consulta.core.budgeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Equal Shares invariants on small random approval elections (1 to 7 projects costing 1.00 to
 * 60.00, budgets of 5 to 150, 1 to 14 voters): the budget holds, the ballot order does not
 * matter, every funded project is paid in full by its supporters within their shares, and Add1
 * stops where the documented procedure stops.
 */
class EqualSharesPropertiesTest {
  /** Amounts are doubles inside a run: a funded project is covered to within this much of its cost. */
  static final double COVERED = 1e-6;

  @Provide
  Arbitrary<Election> elections() {
    Arbitrary<List<Integer>> costs = Arbitraries.integers().between(100, 6000).list().ofMinSize(1).ofMaxSize(7);
    Arbitrary<Integer> budget = Arbitraries.integers().between(5, 150);
    Arbitrary<List<Long>> ballots = Arbitraries.longs().between(0, 127).list().ofMinSize(1).ofMaxSize(14);
    return Combinators.combine(costs, budget, ballots).as((c, b, v) -> {
      List<ProjectOnBallot> projects = new ArrayList<>();
      for (int i = 0; i < c.size(); i++) {
        projects.add(ProjectOnBallot.of("P" + i, "P" + i, BigDecimal.valueOf(c.get(i), 2)));
      }
      List<CastBallot> cast = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        List<String> approved = new ArrayList<>();
        for (int p = 0; p < c.size(); p++) {
          if ((v.get(i) & (1L << p)) != 0) {
            approved.add("P" + p);
          }
        }
        cast.add(CastBallot.of("v" + i, new Ballot.Approval(approved)));
      }
      return Election.approval("random", BigDecimal.valueOf(b), projects, cast);
    });
  }

  @Property(tries = 300)
  void noRuleEverExceedsTheBudget(@ForAll("elections") Election e) {
    for (CountingRule rule : List.of(CountingRule.EQUAL_SHARES, CountingRule.EQUAL_SHARES_ADD1)) {
      CountResult r = Count.count(e, rule);
      assertThat(r.spent()).isLessThanOrEqualTo(e.budget());
      assertThat(r.spent()).isEqualByComparingTo(costOf(e, r.selected()));
    }
    CountResult compared = EqualShares.compareWithGreedy(e, greedy(e));
    assertThat(compared.spent()).isLessThanOrEqualTo(e.budget());
  }

  @Property(tries = 200)
  void theResultIsTheSameForAnyOrderOfBallots(@ForAll("elections") Election e, @ForAll long seed) {
    List<CastBallot> shuffled = new ArrayList<>(e.ballots());
    Collections.shuffle(shuffled, new Random(seed));
    Election reordered = Election.approval(e.name(), e.budget(), e.projects(), shuffled);
    for (CountingRule rule : List.of(CountingRule.EQUAL_SHARES, CountingRule.EQUAL_SHARES_ADD1)) {
      CountResult a = Count.count(e, rule);
      CountResult b = Count.count(reordered, rule);
      assertThat(b.selected()).isEqualTo(a.selected());
      assertThat(b.verdicts()).isEqualTo(a.verdicts());
      assertThat(b.notes()).isEqualTo(a.notes());
    }
  }

  @Property(tries = 300)
  void supportersPayEachFundedProjectInFullWithinTheirShares(@ForAll("elections") Election e) {
    for (CountingRule rule : List.of(CountingRule.EQUAL_SHARES, CountingRule.EQUAL_SHARES_ADD1)) {
      EqualShares.Payments pay = EqualShares.payments(e, rule);
      assertThat(pay.selected()).isEqualTo(Count.count(e, rule).selected());
      for (String project : pay.selected()) {
        double cost = e.projectsById().get(project).cost().doubleValue();
        double paid = 0;
        for (CastBallot b : e.ballots()) {
          Double p = pay.byVoter().get(b.voter()).get(project);
          if (p != null) {
            assertThat(b.ballot().projects()).contains(project);
            assertThat(p).isGreaterThanOrEqualTo(0);
            paid += p;
          }
        }
        assertThat(paid).isCloseTo(cost, org.assertj.core.data.Offset.offset(cost * COVERED));
      }
      for (Map<String, Double> mine : pay.byVoter().values()) {
        double total = mine.values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(total).isLessThanOrEqualTo(pay.endowment() * (1 + COVERED));
      }
    }
  }

  /**
   * Add1 keeps the last share whose outcome fits, and that outcome can spend less than plain Equal
   * Shares (jqwik found such elections in about 1 of 8,000 tries; the documented procedure does
   * not look back). What holds is the stopping rule: the kept outcome fits, and it is exhaustive or
   * the next share's outcome would cost more than the budget.
   */
  @Property(tries = 300)
  void add1StopsOnlyAtAnExhaustiveOutcomeOrBeforeOverspending(@ForAll("elections") Election e) {
    EqualShares.Payments kept = EqualShares.payments(e, CountingRule.EQUAL_SHARES_ADD1);
    BigDecimal left = e.budget().subtract(costOf(e, kept.selected()));
    assertThat(left.signum()).isGreaterThanOrEqualTo(0);
    long[] score = Scores.of(e);
    boolean exhaustive = true;
    for (int p = 0; p < e.projects().size(); p++) {
      ProjectOnBallot project = e.projects().get(p);
      if (score[p] > 0 && !kept.selected().contains(project.id()) && project.cost().compareTo(left) <= 0) {
        exhaustive = false;
      }
    }
    if (!exhaustive) {
      SharesProfile profile = SharesProfile.of(e);
      double share = e.budget().doubleValue() / e.ballots().size();
      double next = kept.endowment() == share ? Math.floor(share) + 1 : kept.endowment() + 1;
      assertThat(SharesRun.run(profile, next, Long.MAX_VALUE, false).spentMinor).isGreaterThan(profile.budgetMinor);
    }
  }

  /** Greedy by the shared order, skipping what does not fit (a stand-in until {@code Greedy} is built). */
  static List<String> greedy(Election e) {
    List<String> chosen = new ArrayList<>();
    BigDecimal left = e.budget();
    long[] score = Scores.of(e);
    for (int p : Scores.order(e, score)) {
      ProjectOnBallot project = e.projects().get(p);
      if (score[p] > 0 && project.cost().compareTo(left) <= 0) {
        chosen.add(project.id());
        left = left.subtract(project.cost());
      }
    }
    return chosen;
  }

  static BigDecimal costOf(Election e, List<String> ids) {
    return ids.stream().map(id -> e.projectsById().get(id).cost()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
