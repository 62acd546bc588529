package org.consulta.core.budgeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Greedy and knapsack on generated approval elections (up to 12 projects with costs in cents, up
 * to 40 voters): within budget, independent of ballot order, monotone in approvals, and the
 * knapsack exact.
 */
class CountingPropertiesTest {
  private static final List<CountingRule> RULES = List.of(CountingRule.GREEDY, CountingRule.KNAPSACK);

  @Provide
  Arbitrary<Election> elections() {
    return Arbitraries.integers().between(1, 12).flatMap(n -> Combinators.combine(
        costCents().list().ofSize(n),
        Arbitraries.oneOf(Arbitraries.of(5_000L, 10_000L, 12_000L), Arbitraries.longs().between(100, 250_000)),
        Arbitraries.integers().between(0, n - 1).set().list().ofMaxSize(40))
        .as(CountingPropertiesTest::election));
  }

  /** Any cost up to 500.00, or one of a few round costs, so that sets of equal score and cost occur. */
  private static Arbitrary<Long> costCents() {
    return Arbitraries.oneOf(Arbitraries.longs().between(1, 50_000), Arbitraries.of(1_000L, 2_000L, 3_000L, 5_000L));
  }

  @Provide
  Arbitrary<Election> smallElections() {
    return elections().filter(e -> e.projects().size() <= 10);
  }

  /**
   * Few projects of one to three whole units, a budget of three to six, one to four voters: many
   * sets tie on score and on cost, so the tie-break decides.
   */
  @Provide
  Arbitrary<Election> tiedElections() {
    return Arbitraries.integers().between(2, 8).flatMap(n -> Combinators.combine(
        Arbitraries.of(100L, 200L, 300L).list().ofSize(n),
        Arbitraries.of(300L, 400L, 500L, 600L),
        Arbitraries.integers().between(0, n - 1).set().ofMinSize(1).list().ofMinSize(1).ofMaxSize(4))
        .as(CountingPropertiesTest::election));
  }

  private static Election election(List<Long> costCents, long budgetCents, List<Set<Integer>> approvals) {
    List<ProjectOnBallot> projects = new ArrayList<>();
    for (int i = 0; i < costCents.size(); i++) {
      projects.add(ProjectOnBallot.of("P" + i, "Project " + i, BigDecimal.valueOf(costCents.get(i), 2)));
    }
    List<CastBallot> ballots = new ArrayList<>();
    for (Set<Integer> a : approvals) {
      ballots.add(CastBallot.of("v" + ballots.size(), new Ballot.Approval(a.stream().map(i -> "P" + i).toList())));
    }
    return Election.approval("generated", BigDecimal.valueOf(budgetCents, 2), projects, ballots);
  }

  @Property(tries = 300)
  void noRuleSpendsMoreThanTheBudget(@ForAll("elections") Election e) {
    for (CountingRule rule : RULES) {
      CountResult r = Count.count(e, rule);
      BigDecimal selectedCost = r.selected().stream().map(id -> r.verdict(id).cost()).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(r.spent()).isLessThanOrEqualTo(e.budget()).isEqualByComparingTo(selectedCost);
      assertThat(r.verdicts()).hasSize(e.projects().size());
      assertThat(r.verdicts().stream().filter(ProjectVerdict::funded).map(ProjectVerdict::project)).containsExactlyInAnyOrderElementsOf(
          r.selected());
    }
  }

  @Property(tries = 200)
  void theResultDoesNotDependOnTheOrderOfTheBallots(@ForAll("elections") Election e, @ForAll long seed) {
    List<CastBallot> shuffled = new ArrayList<>(e.ballots());
    Collections.shuffle(shuffled, new Random(seed));
    Election reordered = new Election(e.name(), e.budget(), e.rules(), e.projects(), shuffled, e.meta());
    for (CountingRule rule : RULES) {
      assertThat(Count.count(reordered, rule)).isEqualTo(Count.count(e, rule));
    }
  }

  @Property(tries = 300)
  void oneMoreApprovalNeverUnfundsAFundedProject(@ForAll("elections") Election e, @ForAll int pick) {
    for (CountingRule rule : RULES) {
      List<String> funded = Count.count(e, rule).selected();
      if (funded.isEmpty()) {
        continue;
      }
      String project = funded.get(Math.floorMod(pick, funded.size()));
      List<CastBallot> more = new ArrayList<>(e.ballots());
      more.add(CastBallot.of("one more", new Ballot.Approval(List.of(project))));
      Election after = new Election(e.name(), e.budget(), e.rules(), e.projects(), more, e.meta());
      assertThat(Count.count(after, rule).selected()).as("%s after one more approval", rule).contains(project);
    }
  }

  @Property(tries = 300)
  void theKnapsackScoresAtLeastAsMuchAsGreedy(@ForAll("elections") Election e) {
    assertThat(totalScore(Count.count(e, CountingRule.KNAPSACK))).isGreaterThanOrEqualTo(totalScore(Count.count(e, CountingRule.GREEDY)));
  }

  @Property(tries = 300)
  void theKnapsackIsTheBestSetByBruteForce(@ForAll("smallElections") Election e) {
    CountResult r = Count.count(e, CountingRule.KNAPSACK);
    Set<String> funded = new TreeSet<>(r.selected());
    assertThat(funded).isEqualTo(bruteForce(e));
  }

  @Property(tries = 500)
  void amongTiedBestSetsTheKnapsackTakesTheCheapestThenTheEarliest(@ForAll("tiedElections") Election e) {
    assertThat(new TreeSet<>(Count.count(e, CountingRule.KNAPSACK).selected())).isEqualTo(bruteForce(e));
  }

  private static long totalScore(CountResult r) {
    return r.verdicts().stream().filter(ProjectVerdict::funded).mapToLong(v -> v.score().longValueExact()).sum();
  }

  /** Every subset: the highest total of positive scores within budget, then the lowest cost, then the earliest positions. */
  private static Set<String> bruteForce(Election e) {
    long[] score = Scores.of(e);
    int n = score.length;
    int bestMask = 0;
    long bestScore = 0;
    BigDecimal bestCost = BigDecimal.ZERO;
    for (int mask = 1; mask < 1 << n; mask++) {
      long s = 0;
      BigDecimal c = BigDecimal.ZERO;
      boolean ok = true;
      for (int i = 0; i < n && ok; i++) {
        if ((mask & 1 << i) != 0) {
          ok = score[i] > 0;
          s += score[i];
          c = c.add(e.projects().get(i).cost());
        }
      }
      if (!ok || c.compareTo(e.budget()) > 0) {
        continue;
      }
      int byCost = c.compareTo(bestCost);
      if (s > bestScore || (s == bestScore && (byCost < 0 || (byCost == 0 && earlier(mask, bestMask))))) {
        bestMask = mask;
        bestScore = s;
        bestCost = c;
      }
    }
    Set<String> ids = new TreeSet<>();
    for (int i = 0; i < n; i++) {
      if ((bestMask & 1 << i) != 0) {
        ids.add(e.projects().get(i).id());
      }
    }
    return ids;
  }

  /** Whether the positions in {@code a}, ascending, come before those in {@code b} lexicographically. */
  private static boolean earlier(int a, int b) {
    int different = Integer.lowestOneBit(a ^ b);
    return different != 0 && (a & different) != 0;
  }
}
