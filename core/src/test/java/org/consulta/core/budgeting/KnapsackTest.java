package org.consulta.core.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.consulta.core.budgeting.Elections.projects;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnapsackTest {
  private static CountResult knapsack(Election e) {
    return Count.count(e, CountingRule.KNAPSACK);
  }

  @Test
  void twoCheaperProjectsBeatTheMostVotedOneAndSpendTheBudgetExactly() {
    // greedy takes A (3) and nothing fits after it; B + C score 4 and cost exactly 100
    Election e = Elections.approval("100", projects("A:60", "B:50", "C:50"), "A B C", "A B C", "A");
    CountResult r = knapsack(e);

    assertThat(Count.count(e, CountingRule.GREEDY).selected()).containsExactly("A");
    assertThat(r.selected()).containsExactly("B", "C");
    assertThat(r.left()).isEqualByComparingTo(BigDecimal.ZERO);
    String optimum = "the best-scoring set within the budget (total score 4, costing 100 of 100)";
    assertThat(r.verdicts()).extracting(ProjectVerdict::project, ProjectVerdict::funded, ProjectVerdict::rank, ProjectVerdict::reason,
        ProjectVerdict::explanation).containsExactly(
            tuple("A", false, 0, VerdictReason.NOT_IN_OPTIMUM,
                "not funded: " + optimum + " leaves it out; adding it would need 60 more than the 0 left (3 votes, 1st by score)"),
            tuple("B", true, 1, VerdictReason.FUNDED_IN_OPTIMUM, "funded: part of " + optimum + "; 2 votes, 2nd by score"),
            tuple("C", true, 2, VerdictReason.FUNDED_IN_OPTIMUM, "funded: part of " + optimum + "; 2 votes, 3rd by score"));
  }

  @Test
  void ofSetsWithEqualScoreTheCheaperWins() {
    // {A, B} and {C} both score 4; {C} costs 90, {A, B} 100
    CountResult r = knapsack(Elections.approval("100", projects("A:50", "B:50", "C:90"), "A B C", "A B C", "C", "C"));

    assertThat(r.selected()).containsExactly("C");
    assertThat(r.spent()).isEqualByComparingTo("90");
    assertThat(r.verdict("A").explanation()).isEqualTo("not funded: the best-scoring set within the budget (total score 4, costing 90 of "
        + "100) leaves it out; adding it would need 40 more than the 10 left (2 votes, 2nd by score)");
  }

  @Test
  void ofSetsWithEqualScoreAndCostTheOneOfEarlierBallotPositionsWins() {
    // {P0, P3} and {P1, P2} both score 4 and cost 30; positions 0, 3 come before 1, 2
    CountResult r = knapsack(Elections.approval("30", projects("P0:10", "P1:15", "P2:15", "P3:20"), "P0 P1 P2 P3", "P1 P2 P3", "P3"));

    assertThat(r.selected()).containsExactly("P3", "P0");
    assertThat(r.verdicts()).extracting(ProjectVerdict::rank).containsExactly(2, 0, 0, 1);
  }

  @Test
  void projectsOverTheBudgetOrWithoutVotesAreLeftOutWithTheirOwnReason() {
    CountResult r = knapsack(Elections.approval("1000000", projects("Big:2000000", "Small:120000.50", "None:10"), "Big Small", "Big"));

    assertThat(r.selected()).containsExactly("Small");
    assertThat(r.verdict("Big")).extracting(ProjectVerdict::reason, ProjectVerdict::explanation)
        .containsExactly(VerdictReason.EXCEEDS_BUDGET, "not funded: costs 2,000,000, more than the whole budget of 1,000,000");
    assertThat(r.verdict("None")).extracting(ProjectVerdict::reason, ProjectVerdict::explanation)
        .containsExactly(VerdictReason.NO_SUPPORT, "not funded: no votes");
    assertThat(r.verdict("Small").explanation()).isEqualTo("funded: part of the best-scoring set within the budget (total score 1, "
        + "costing 120,000.50 of 1,000,000); 1 vote, 2nd by score");
    assertThat(r.notes()).containsExactly("exact optimum; projects with a positive score within the budget: 1; search steps: 3");
  }

  @Test
  void cumulativePointsAreMaximisedInTotal() {
    // A alone scores 5; B + C score 6 within 100
    CountResult r = knapsack(Elections.cumulative("100", projects("A:60", "B:50", "C:50"), "A=5", "B=3 C=3"));

    assertThat(r.selected()).containsExactly("B", "C");
    assertThat(r.verdict("A").explanation()).isEqualTo("not funded: the best-scoring set within the budget (total score 6, costing 100 of "
        + "100) leaves it out; adding it would need 60 more than the 0 left (5 points, 1st by score)");
  }

  @Test
  void ordinalBallotsScoreBordaPoints() {
    CountResult r = knapsack(Elections.ordinal("100", projects("A:50", "B:50", "C:50"), "A B C", "C B", "B"));

    assertThat(r.selected()).containsExactly("B", "A");
    assertThat(r.verdict("C").explanation()).endsWith("adding it would need 50 more than the 0 left (3 Borda points, 3rd by score)");
  }

  @Test
  void d21ProjectsWithoutAPositiveScoreStayOutEvenWithMoneyLeft() {
    CountResult r = knapsack(Elections.plusMinus("100", projects("A:10", "B:10", "C:10", "D:10"), "+A +B -C", "+A +B -D", "+B +C -D"));

    assertThat(r.selected()).containsExactly("B", "A");
    assertThat(r.left()).isEqualByComparingTo("80");
    assertThat(r.verdict("D")).extracting(ProjectVerdict::score, ProjectVerdict::reason).containsExactly(new BigDecimal("-2"),
        VerdictReason.NO_SUPPORT);
    assertThat(r.verdict("C").reason()).isEqualTo(VerdictReason.NO_SUPPORT);
  }

  @Test
  void aSearchBeyondItsLimitStopsAndSaysHowToCountInstead() {
    // one vote each and nearly equal costs: many sets are nearly as good, so the search is long
    List<String> projects = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      projects.add("P" + i + ":" + (100 + i * 7));
      all.append("P").append(i).append(' ');
    }
    Election e = Elections.approval("555", projects(projects.toArray(String[]::new)), all.toString().strip());

    assertThatThrownBy(() -> Knapsack.count(e, 100)).isInstanceOf(CountTooLargeException.class)
        .hasMessage("the exact knapsack count stopped at its limit of 100 search steps over 14 projects without proving the best set; "
            + "count this election with the greedy rule or Equal Shares instead, or split the budget (by district) into smaller counts")
        .extracting(x -> ((CountTooLargeException) x).kind()).isEqualTo("count-too-large");
    assertThat(knapsack(e).selected()).containsExactly("P0", "P1", "P2", "P3");
  }
}
