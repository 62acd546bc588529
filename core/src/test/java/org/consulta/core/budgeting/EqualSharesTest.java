package org.consulta.core.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violation;
import org.junit.jupiter.api.Test;

/**
 * Hand-checked Equal Shares counts. Examples 1 and 2 are the worked examples on
 * equalshares.net/explanation (11 voters, budget 1,100, five projects), whose rounds the page
 * gives step by step; the others are small instances built to isolate one rule each.
 */
class EqualSharesTest {
  static ProjectOnBallot project(String id, String cost) {
    return ProjectOnBallot.of(id, id, new BigDecimal(cost));
  }

  static Election approval(String budget, List<ProjectOnBallot> projects, List<List<String>> ballots) {
    List<CastBallot> cast = new ArrayList<>();
    for (int i = 0; i < ballots.size(); i++) {
      cast.add(CastBallot.of("v" + (i + 1), new Ballot.Approval(ballots.get(i))));
    }
    return Election.approval("test", new BigDecimal(budget), projects, cast);
  }

  /** equalshares.net Example 1: bike path, gym, park, playground, library; voters left to right. */
  static Election example1() {
    return approval("1100", List.of(project("bike", "700"), project("gym", "400"), project("park", "250"),
        project("playground", "200"), project("library", "100")), List.of(
        List.of("bike", "gym"), List.of("bike", "gym", "park"), List.of("bike", "gym"), List.of("bike", "gym", "park"),
        List.of("bike", "gym", "park"), List.of("bike", "gym"), List.of("park", "playground", "library"),
        List.of("playground"), List.of("playground", "library"), List.of("park", "playground", "library"),
        List.of("bike")));
  }

  /** Example 2: the right-most voter votes for the gym instead of the bike path. */
  static Election example2() {
    Election e = example1();
    List<CastBallot> ballots = new ArrayList<>(e.ballots().subList(0, 10));
    ballots.add(CastBallot.of("v11", new Ballot.Approval(List.of("gym"))));
    return Election.approval("test", e.budget(), e.projects(), ballots);
  }

  @Test
  void example1FundsTheBikePathThenTheKidsProjects() {
    CountResult r = Count.count(example1(), CountingRule.EQUAL_SHARES);

    assertThat(r.selected()).containsExactly("bike", "playground", "library");
    assertThat(r.spent()).isEqualByComparingTo("1000");
    assertThat(r.left()).isEqualByComparingTo("100");
    assertThat(r.verdict("bike").explanation()).isEqualTo("funded: its 7 supporters paid up to 100.00 each");
    assertThat(r.verdict("playground").explanation()).isEqualTo("funded: its 4 supporters paid up to 50.00 each");
    assertThat(r.verdict("library").explanation()).isEqualTo("funded: its 3 supporters paid up to 33.33 each");
    assertThat(r.verdict("library").rank()).isEqualTo(3);
    // park: only voters 7 and 10 have money left, 16.67 each: 33.33 of 250
    assertThat(r.verdict("park").reason()).isEqualTo(VerdictReason.SHARES_SHORT);
    assertThat(r.verdict("park").explanation()).isEqualTo("not funded: its supporters' remaining shares covered 13% of its cost");
    assertThat(r.verdict("gym").explanation()).isEqualTo("not funded: its supporters' remaining shares covered 0% of its cost");
    assertThat(r.notes()).containsExactly("Equal Shares gave each of the 11 voters a share of 100.00 (the budget 1,100 divided equally)");
  }

  @Test
  void example2SplitsTheParkUnequallyWhenSomeSupportersRunLow() {
    CountResult r = Count.count(example2(), CountingRule.EQUAL_SHARES);

    assertThat(r.selected()).containsExactly("gym", "park", "playground");
    assertThat(r.spent()).isEqualByComparingTo("850");
    // three supporters have 300/7 left; the other two pay (250 - 900/7) / 2 = 425/7
    assertThat(r.verdict("park").explanation()).isEqualTo("funded: its 5 supporters paid up to 60.71 each");
    assertThat(r.verdict("bike").reason()).isEqualTo(VerdictReason.SHARES_SHORT);
    // library: voter 9 has 275/7 = 39.29 left, voters 7 and 10 nothing
    assertThat(r.verdict("library").explanation()).isEqualTo("not funded: its supporters' remaining shares covered 39% of its cost");
  }

  @Test
  void add1StopsAtOnceWhenTheOutcomeIsAlreadyExhaustive() {
    CountResult r = Count.count(example1(), CountingRule.EQUAL_SHARES_ADD1);

    assertThat(r.selected()).containsExactly("bike", "playground", "library");
    assertThat(r.notes()).last().asString().startsWith("Add1 left the shares as they were");
  }

  @Test
  void add1RaisesTheSharesUntilTheOutcomeIsExhaustiveAndSpendsTheBudgetExactly() {
    Election e = approval("100", List.of(project("P1", "60"), project("P2", "40")), List.of(List.of("P1"), List.of("P2")));

    CountResult plain = Count.count(e, CountingRule.EQUAL_SHARES);
    CountResult add1 = Count.count(e, CountingRule.EQUAL_SHARES_ADD1);

    assertThat(plain.selected()).containsExactly("P2");
    assertThat(plain.verdict("P1").explanation()).isEqualTo("not funded: its supporters' remaining shares covered 83% of its cost");
    assertThat(add1.selected()).containsExactlyInAnyOrder("P1", "P2");
    assertThat(add1.left()).isEqualByComparingTo("0");
    assertThat(add1.verdict("P1").reason()).isEqualTo(VerdictReason.FUNDED_IN_COMPLETION);
    assertThat(add1.verdict("P1").explanation()).isEqualTo("funded once Add1 raised each share to 60.00: its 1 supporter paid up to 60.00 each");
    assertThat(add1.verdict("P2").reason()).isEqualTo(VerdictReason.FUNDED_BY_SHARES);
    assertThat(add1.notes()).last().isEqualTo("Add1 raised each voter's share from 50.00 to 60.00 in 10 steps; it stopped because at 60.00 "
        + "the outcome was exhaustive (no further project with votes fits the money left)");
  }

  @Test
  void add1KeepsTheLastShareWhoseOutcomeFits() {
    Election e = approval("90", List.of(project("P1", "40"), project("P2", "40"), project("P3", "40")),
        List.of(List.of("P1"), List.of("P2"), List.of("P3")));

    CountResult r = Count.count(e, CountingRule.EQUAL_SHARES_ADD1);

    assertThat(r.selected()).isEmpty();
    assertThat(r.notes()).last().isEqualTo("Add1 raised each voter's share from 30.00 to 39.00 in 9 steps; it stopped because at 40.00 "
        + "the outcome would cost 120, more than the budget");
  }

  @Test
  void budgetExhaustedExactlyWhenThreeVotersShareAThirdEach() {
    Election e = approval("100", List.of(project("P", "100")), List.of(List.of("P"), List.of("P"), List.of("P")));

    CountResult r = Count.count(e, CountingRule.EQUAL_SHARES);

    assertThat(r.selected()).containsExactly("P");
    assertThat(r.left()).isEqualByComparingTo("0");
    assertThat(r.verdict("P").explanation()).isEqualTo("funded: its 3 supporters paid up to 33.33 each");
  }

  @Test
  void theToleranceNeverHidesAShortfallOfOneCent() {
    // shares of 25.00: P's three supporters hold 75.00 of its 75.01
    Election e = approval("100", List.of(project("P", "75.01"), project("Q", "25.00")),
        List.of(List.of("P"), List.of("P"), List.of("P"), List.of("Q")));

    CountResult r = Count.count(e, CountingRule.EQUAL_SHARES);

    assertThat(r.selected()).containsExactly("Q");
    assertThat(r.verdict("P").explanation()).isEqualTo("not funded: its supporters' remaining shares covered 99% of its cost");
  }

  @Test
  void noShortfallOfOneCentIsHiddenOnALargeProjectEither() {
    // shares of 10,000,000.00: P's three supporters hold 30,000,000.00 of its 30,000,000.01 (a
    // relative tolerance alone, 1e-9 of the cost, would forgive 3 cents)
    Election e = approval("40000000", List.of(project("P", "30000000.01"), project("R", "1.00")),
        List.of(List.of("P"), List.of("P"), List.of("P"), List.of("R")));

    CountResult r = Count.count(e, CountingRule.EQUAL_SHARES);

    assertThat(r.selected()).containsExactly("R");
    assertThat(r.verdict("P").reason()).isEqualTo(VerdictReason.SHARES_SHORT);
  }

  @Test
  void aTieGoesToTheEarlierProjectOnTheBallot() {
    Election e = approval("10", List.of(project("X", "10"), project("Y", "10")), List.of(List.of("Y", "X"), List.of("X", "Y")));

    CountResult r = Count.count(e, CountingRule.EQUAL_SHARES);

    assertThat(r.selected()).containsExactly("X");
    assertThat(r.verdict("Y").reason()).isEqualTo(VerdictReason.SHARES_SHORT);
  }

  @Test
  void anEqualRhoTieGoesToTheCheaperProject() {
    // both cost half of what their two supporters hold per unit of cost: ρ = 1/2 for each
    Election e = approval("30", List.of(project("B", "20"), project("A", "10")), List.of(List.of("A", "B"), List.of("B", "A")));

    CountResult r = Count.count(e, CountingRule.EQUAL_SHARES);

    assertThat(r.selected()).containsExactly("A", "B");
    assertThat(r.left()).isEqualByComparingTo("0");
  }

  @Test
  void aProjectCostingMoreThanTheBudgetIsNeverFunded() {
    Election e = approval("100", List.of(project("Big", "150"), project("Small", "30")),
        List.of(List.of("Big", "Small"), List.of("Big"), List.of("Big")));

    for (CountingRule rule : List.of(CountingRule.EQUAL_SHARES, CountingRule.EQUAL_SHARES_ADD1)) {
      CountResult r = Count.count(e, rule);
      assertThat(r.verdict("Big").reason()).isEqualTo(VerdictReason.EXCEEDS_BUDGET);
      assertThat(r.verdict("Big").explanation()).isEqualTo("not funded: it costs 150, more than the whole budget of 100");
      assertThat(r.selected()).containsExactly("Small");
    }
  }

  @Test
  void aProjectWithoutVotesHasNoSupport() {
    Election e = approval("100", List.of(project("A", "30"), project("None", "10")), List.of(List.of("A")));

    CountResult r = Count.count(e, CountingRule.EQUAL_SHARES_ADD1);

    assertThat(r.verdict("None").reason()).isEqualTo(VerdictReason.NO_SUPPORT);
    assertThat(r.selected()).containsExactly("A");
  }

  @Test
  void cumulativeBallotsSplitCostsInProportionToPoints() {
    Map<String, Integer> v1 = new LinkedHashMap<>();
    v1.put("P1", 3);
    v1.put("P2", 1);
    Map<String, Integer> v2 = new LinkedHashMap<>();
    v2.put("P1", 1);
    v2.put("P2", 2);
    Election e = new Election("cumulative", new BigDecimal("100"), new BallotRules.Cumulative(0, 4, 3),
        List.of(project("P1", "60"), project("P2", "36")),
        List.of(CastBallot.of("v1", new Ballot.Cumulative(v1)), CastBallot.of("v2", new Ballot.Cumulative(v2))), Map.of());

    CountResult r = Count.count(e, CountingRule.EQUAL_SHARES);

    // round 1: P1 would take 15 a point (v1 45, v2 15), P2 12 a point (v1 12, v2 24): P2 first.
    // round 2: v1 has 38, v2 26; P1 at 15 a point would take 45 from v1, so v1 pays all 38 and
    // v2 the other 22 (22 a point)
    assertThat(r.selected()).containsExactly("P2", "P1");
    assertThat(r.verdict("P2").explanation()).isEqualTo("funded: its 2 supporters paid up to 24.00 each");
    assertThat(r.verdict("P1").explanation()).isEqualTo("funded: its 2 supporters paid up to 38.00 each");
    assertThat(r.verdict("P1").score()).isEqualByComparingTo("4");
    assertThat(r.notes().get(0)).endsWith("paid in proportion to points");
  }

  @Test
  void theComparisonStepChoosesGreedyWhenMoreVotersPreferIt() {
    // greedy funds bike and gym: voters 1-6 get two projects instead of one, voters 7-10 none
    CountResult r = EqualShares.compareWithGreedy(example1(), List.of("bike", "gym"));

    assertThat(r.rule()).isEqualTo(CountingRule.EQUAL_SHARES_ADD1_COMPARISON);
    assertThat(r.selected()).containsExactly("bike", "gym");
    assertThat(r.spent()).isEqualByComparingTo("1100");
    assertThat(r.verdict("gym").reason()).isEqualTo(VerdictReason.FUNDED_BY_COMPARISON);
    assertThat(r.verdict("playground").reason()).isEqualTo(VerdictReason.DID_NOT_FIT);
    assertThat(r.notes()).last().isEqualTo("Comparison step: 6 voters prefer the greedy outcome and 4 the Equal Shares outcome "
        + "(by the number of funded projects they voted for); the greedy outcome is used");
  }

  @Test
  void theComparisonStepKeepsEqualSharesWhenAsManyOrMoreVotersPreferIt() {
    CountResult r = EqualShares.compareWithGreedy(example2(), List.of("gym", "bike"));

    // Add1 also funds the library (250 were left after plain Equal Shares)
    assertThat(r.selected()).containsExactly("gym", "park", "playground", "library");
    assertThat(r.verdict("park").reason()).isEqualTo(VerdictReason.FUNDED_BY_SHARES);
    assertThat(r.verdict("library").reason()).isEqualTo(VerdictReason.FUNDED_IN_COMPLETION);
    assertThat(r.notes()).last().isEqualTo("Comparison step: 4 voters prefer the Equal Shares outcome and 3 the greedy outcome "
        + "(by the number of funded projects they voted for); the Equal Shares outcome stands");
  }

  @Test
  void ordinalBallotsAreRefusedNamingTheRules() {
    Election e = new Election("ordinal", new BigDecimal("100"), new BallotRules.Ordinal(1, 3), List.of(project("A", "10")),
        List.of(CastBallot.of("v1", new Ballot.Ordinal(List.of("A")))), Map.of());

    assertThatThrownBy(() -> Count.count(e, CountingRule.EQUAL_SHARES))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(x -> assertThat(((InvalidInputException) x).violations())
            .containsExactly(new Violation("rules", "Equal Shares counts approval and cumulative ballots, not ordinal")));
  }

  @Test
  void anElectionWithoutBallotsFundsNothing() {
    CountResult r = Count.count(approval("100", List.of(project("A", "10")), List.of()), CountingRule.EQUAL_SHARES_ADD1);

    assertThat(r.selected()).isEmpty();
    assertThat(r.verdict("A").reason()).isEqualTo(VerdictReason.NO_SUPPORT);
  }
}
