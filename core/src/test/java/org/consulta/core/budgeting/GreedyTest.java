package org.consulta.core.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.consulta.core.budgeting.Elections.projects;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GreedyTest {
  private static CountResult greedy(Election e) {
    return Count.count(e, CountingRule.GREEDY);
  }

  @Test
  void tiesAreBrokenByLowerCostThenBallotPosition() {
    CountResult r = greedy(Elections.approval("100", projects("A:50", "B:40", "C:40", "D:30"), "A B C", "A B C", "A B C D"));

    assertThat(r.selected()).containsExactly("B", "C");
    assertThat(r.spent()).isEqualByComparingTo("80");
    assertThat(r.left()).isEqualByComparingTo("20");
    assertThat(r.verdicts()).extracting(ProjectVerdict::project, ProjectVerdict::funded, ProjectVerdict::rank, ProjectVerdict::reason,
        ProjectVerdict::explanation).containsExactly(
            tuple("A", false, 0, VerdictReason.DID_NOT_FIT, "skipped: did not fit the remaining 20 (costs 50; 3 votes, 3rd by score)"),
            tuple("B", true, 1, VerdictReason.FUNDED_BY_SCORE, "funded: 3 votes, 1st by score, 40 of 100 spent after it"),
            tuple("C", true, 2, VerdictReason.FUNDED_BY_SCORE, "funded: 3 votes, 2nd by score, 80 of 100 spent after it"),
            tuple("D", false, 0, VerdictReason.DID_NOT_FIT, "skipped: did not fit the remaining 20 (costs 30; 1 vote, 4th by score)"));
  }

  @Test
  void aSkippedProjectDoesNotStopTheCount() {
    CountResult r = greedy(Elections.approval("100", projects("A:70", "B:50", "C:30"), "A B C", "A B", "A"));

    assertThat(r.selected()).containsExactly("A", "C");
    assertThat(r.verdict("B").reason()).isEqualTo(VerdictReason.DID_NOT_FIT);
    assertThat(r.verdict("C").rank()).isEqualTo(2);
    assertThat(r.verdict("C").explanation()).isEqualTo("funded: 1 vote, 3rd by score, 100 of 100 spent after it");
  }

  @Test
  void aProjectCostingMoreThanTheBudgetIsNotFundedWhateverItsVotes() {
    CountResult r = greedy(Elections.approval("1000000", projects("Big:2000000", "Small:120000.50"), "Big Small", "Big"));

    assertThat(r.verdict("Big").reason()).isEqualTo(VerdictReason.EXCEEDS_BUDGET);
    assertThat(r.verdict("Big").explanation()).isEqualTo("not funded: costs 2,000,000, more than the whole budget of 1,000,000");
    assertThat(r.verdict("Small").explanation()).isEqualTo("funded: 1 vote, 2nd by score, 120,000.50 of 1,000,000 spent after it");
    assertThat(r.selected()).containsExactly("Small");
  }

  @Test
  void theBudgetCanBeSpentToTheCent() {
    CountResult r = greedy(Elections.approval("1000.50", projects("A:600.25", "B:400.25", "C:0.01"), "A B C", "A B", "A"));

    assertThat(r.selected()).containsExactly("A", "B");
    assertThat(r.spent()).isEqualTo(new BigDecimal("1000.50"));
    assertThat(r.left()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(r.verdict("B").explanation()).isEqualTo("funded: 2 votes, 2nd by score, 1,000.50 of 1,000.50 spent after it");
    assertThat(r.verdict("C").explanation()).isEqualTo("skipped: did not fit the remaining 0 (costs 0.01; 1 vote, 3rd by score)");
  }

  @Test
  void aProjectWithoutVotesIsNotFundedEvenWithMoneyLeft() {
    CountResult r = greedy(Elections.approval("100", projects("A:10", "B:10"), "A", ""));

    assertThat(r.selected()).containsExactly("A");
    assertThat(r.verdict("B")).extracting(ProjectVerdict::reason, ProjectVerdict::explanation)
        .containsExactly(VerdictReason.NO_SUPPORT, "not funded: no votes");
  }

  @Test
  void cumulativeBallotsScoreTheirPoints() {
    CountResult r = greedy(Elections.cumulative("100", projects("A:60", "B:50", "C:40"), "A=1 B=4", "C=3 A=1", "B=1"));

    assertThat(r.verdicts()).extracting(ProjectVerdict::score).containsExactly(
        new BigDecimal("2"), new BigDecimal("5"), new BigDecimal("3"));
    assertThat(r.selected()).containsExactly("B", "C");
    assertThat(r.verdict("B").explanation()).isEqualTo("funded: 5 points, 1st by score, 50 of 100 spent after it");
    assertThat(r.verdict("A").explanation()).isEqualTo("skipped: did not fit the remaining 10 (costs 60; 2 points, 3rd by score)");
  }

  @Test
  void ordinalBallotsScoreBordaPoints() {
    // A: 3; B: 2 + 1 + 1 = 4; C: 1 + 2 = 3, tied with A at the same cost, later on the ballot
    CountResult r = greedy(Elections.ordinal("100", projects("A:50", "B:50", "C:50"), "A B C", "C B", "B"));

    assertThat(r.selected()).containsExactly("B", "A");
    assertThat(r.verdict("B").explanation()).isEqualTo("funded: 4 Borda points, 1st by score, 50 of 100 spent after it");
    assertThat(r.verdict("C").explanation()).isEqualTo("skipped: did not fit the remaining 0 (costs 50; 3 Borda points, 3rd by score)");
  }

  @Test
  void d21MinusVotesCanLeaveAProjectWithoutSupport() {
    // A: +2; B: +3; C: -1 +1 = 0; D: -2
    CountResult r = greedy(Elections.plusMinus("100", projects("A:10", "B:10", "C:10", "D:10"), "+A +B -C", "+A +B -D", "+B +C -D"));

    assertThat(r.selected()).containsExactly("B", "A");
    assertThat(r.left()).isEqualByComparingTo("80");
    assertThat(r.verdict("B").explanation()).isEqualTo("funded: a net 3 votes (plus minus minus), 1st by score, 10 of 100 spent after it");
    assertThat(r.verdict("C")).extracting(ProjectVerdict::reason, ProjectVerdict::explanation).containsExactly(VerdictReason.NO_SUPPORT,
        "not funded: a net 0 votes (plus minus minus); only a score above zero can fund a project");
    assertThat(r.verdict("D")).extracting(ProjectVerdict::score, ProjectVerdict::reason, ProjectVerdict::explanation).containsExactly(
        new BigDecimal("-2"), VerdictReason.NO_SUPPORT, "not funded: a net -2 votes (plus minus minus); only a score above zero can fund a project");
  }
}
