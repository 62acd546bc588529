package org.consulta.core.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.consulta.core.budgeting.Elections.projects;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violation;
import org.consulta.core.error.Violations;
import org.junit.jupiter.api.Test;

class BallotRulesTest {
  private static final List<ProjectOnBallot> PROJECTS = projects("P1:60", "P2:50", "P3:40", "P4:30");
  private static final Map<String, ProjectOnBallot> BY_ID = Election.approval("x", BigDecimal.ONE, PROJECTS, List.of()).projectsById();

  private static final BallotRules APPROVAL = new BallotRules.Approval(1, 2, Optional.of(new BigDecimal("100")));
  private static final BallotRules CUMULATIVE = new BallotRules.Cumulative(3, 5, 3);
  private static final BallotRules ORDINAL = new BallotRules.Ordinal(2, 3);
  private static final BallotRules PLUS_MINUS = new BallotRules.PlusMinus(3, 1, 2);

  private static List<Violation> check(BallotRules rules, Ballot ballot) {
    Violations v = new Violations();
    rules.check(ballot, BY_ID, "ballot", v);
    return v.list();
  }

  private static Map<String, Integer> points(Object... idThenPoints) {
    Map<String, Integer> points = new LinkedHashMap<>();
    for (int i = 0; i < idThenPoints.length; i += 2) {
      points.put((String) idThenPoints[i], (Integer) idThenPoints[i + 1]);
    }
    return points;
  }

  @Test
  void anApprovalBallotWithinEveryLimitPasses() {
    assertThat(check(APPROVAL, new Ballot.Approval(List.of("P2", "P3")))).isEmpty();
  }

  @Test
  void approvalTooFewProjectsAreRefused() {
    assertThat(check(APPROVAL, new Ballot.Approval(List.of()))).extracting(Violation::field, Violation::reason)
        .containsExactly(tuple("ballot.projects", "has 0 projects; a ballot has between 1 and 2"));
  }

  @Test
  void approvalTooManyProjectsAreRefused() {
    assertThat(check(new BallotRules.Approval(0, 2, Optional.empty()), new Ballot.Approval(List.of("P2", "P3", "P4"))))
        .extracting(Violation::field, Violation::reason)
        .containsExactly(tuple("ballot.projects", "has 3 projects; a ballot has between 0 and 2"));
  }

  @Test
  void approvalProjectsCostingMoreThanABallotMaySpendAreRefused() {
    assertThat(check(APPROVAL, new Ballot.Approval(List.of("P1", "P2")))).extracting(Violation::field, Violation::reason)
        .containsExactly(tuple("ballot.projects", "cost 110 together, more than the 100 a ballot may spend"));
  }

  @Test
  void approvalUnknownAndRepeatedProjectsAreNamedByPosition() {
    assertThat(check(BallotRules.Approval.unlimited(), new Ballot.Approval(List.of("P1", "P9", "P1"))))
        .extracting(Violation::field, Violation::reason)
        .containsExactly(tuple("ballot.projects[1]", "is not on the ballot"), tuple("ballot.projects[2]", "names P1 twice"));
  }

  @Test
  void approvalAnotherKindOfBallotIsRefused() {
    assertThat(check(APPROVAL, new Ballot.Ordinal(List.of("P1")))).extracting(Violation::field, Violation::reason)
        .containsExactly(tuple("ballot", "must be an approval ballot"));
  }

  @Test
  void aCumulativeBallotWithinEveryLimitPasses() {
    assertThat(check(CUMULATIVE, new Ballot.Cumulative(points("P1", 3, "P2", 2)))).isEmpty();
  }

  @Test
  void cumulativePointsPerProjectAboveTheMaximumOrBelowOneAreRefused() {
    assertThat(check(CUMULATIVE, new Ballot.Cumulative(points("P1", 4, "P2", 0)))).extracting(Violation::field, Violation::reason)
        .containsExactly(tuple("ballot.points.P1", "must be between 1 and 3"), tuple("ballot.points.P2", "must be between 1 and 3"));
  }

  @Test
  void cumulativeTooFewPointsInAllAreRefused() {
    assertThat(check(CUMULATIVE, new Ballot.Cumulative(points("P1", 2)))).extracting(Violation::field, Violation::reason)
        .containsExactly(tuple("ballot.points", "give 2 points in all; a ballot gives between 3 and 5"));
  }

  @Test
  void cumulativeTooManyPointsInAllAreRefused() {
    assertThat(check(CUMULATIVE, new Ballot.Cumulative(points("P1", 3, "P2", 3)))).extracting(Violation::field, Violation::reason)
        .containsExactly(tuple("ballot.points", "give 6 points in all; a ballot gives between 3 and 5"));
  }

  @Test
  void cumulativeUnknownProjectsAreRefused() {
    assertThat(check(CUMULATIVE, new Ballot.Cumulative(points("P1", 2, "P9", 2)))).extracting(Violation::field, Violation::reason)
        .containsExactly(tuple("ballot.projects[1]", "is not on the ballot"));
  }

  @Test
  void cumulativeAnotherKindOfBallotIsRefused() {
    assertThat(check(CUMULATIVE, new Ballot.Approval(List.of("P1")))).extracting(Violation::field, Violation::reason)
        .containsExactly(tuple("ballot", "must be a cumulative ballot"));
  }

  @Test
  void anOrdinalBallotWithinEveryLimitPasses() {
    assertThat(check(ORDINAL, new Ballot.Ordinal(List.of("P3", "P1")))).isEmpty();
  }

  @Test
  void ordinalRankingTooShortIsRefused() {
    assertThat(check(ORDINAL, new Ballot.Ordinal(List.of("P1")))).extracting(Violation::field, Violation::reason)
        .containsExactly(tuple("ballot.ranking", "has 1 projects; a ballot has between 2 and 3"));
  }

  @Test
  void ordinalRankingTooLongIsRefused() {
    assertThat(check(ORDINAL, new Ballot.Ordinal(List.of("P1", "P2", "P3", "P4")))).extracting(Violation::field, Violation::reason)
        .containsExactly(tuple("ballot.ranking", "has 4 projects; a ballot has between 2 and 3"));
  }

  @Test
  void ordinalUnknownAndRepeatedProjectsAreNamedByPosition() {
    assertThat(check(ORDINAL, new Ballot.Ordinal(List.of("P1", "P1", "P9")))).extracting(Violation::field, Violation::reason)
        .containsExactly(tuple("ballot.ranking[1]", "names P1 twice"), tuple("ballot.ranking[2]", "is not on the ballot"));
  }

  @Test
  void ordinalAnotherKindOfBallotIsRefused() {
    assertThat(check(ORDINAL, new Ballot.PlusMinus(List.of("P1"), List.of()))).extracting(Violation::field, Violation::reason)
        .containsExactly(tuple("ballot", "must be an ordinal ballot"));
  }

  @Test
  void aPlusMinusBallotWithinEveryLimitPasses() {
    assertThat(check(PLUS_MINUS, new Ballot.PlusMinus(List.of("P1", "P2"), List.of("P3")))).isEmpty();
  }

  @Test
  void plusMinusTooManyPlusVotesAreRefused() {
    assertThat(check(PLUS_MINUS, new Ballot.PlusMinus(List.of("P1", "P2", "P3", "P4"), List.of())))
        .extracting(Violation::field, Violation::reason)
        .containsExactly(tuple("ballot.plus", "has 4 plus votes; a ballot has between 0 and 3"));
  }

  @Test
  void plusMinusTooManyMinusVotesAreRefused() {
    assertThat(check(PLUS_MINUS, new Ballot.PlusMinus(List.of("P1", "P2"), List.of("P3", "P4"))))
        .extracting(Violation::field, Violation::reason)
        .containsExactly(tuple("ballot.minus", "has 2 minus votes; a ballot has between 0 and 1"));
  }

  @Test
  void plusMinusMinusVoteBeforeEnoughPlusVotesIsRefused() {
    assertThat(check(PLUS_MINUS, new Ballot.PlusMinus(List.of("P1"), List.of("P3")))).extracting(Violation::field, Violation::reason)
        .containsExactly(tuple("ballot.minus", "minus votes need at least 2 plus votes first"));
  }

  @Test
  void plusMinusProjectWithBothAPlusAndAMinusVoteIsRefused() {
    assertThat(check(PLUS_MINUS, new Ballot.PlusMinus(List.of("P1", "P2"), List.of("P2")))).extracting(Violation::field, Violation::reason)
        .containsExactly(tuple("ballot.minus[0]", "also has a plus vote"));
  }

  @Test
  void plusMinusUnknownProjectsAreNamedInTheirList() {
    assertThat(check(PLUS_MINUS, new Ballot.PlusMinus(List.of("P1", "P9"), List.of("P8")))).extracting(Violation::field, Violation::reason)
        .containsExactly(tuple("ballot.plus[1]", "is not on the ballot"), tuple("ballot.minus[0]", "is not on the ballot"));
  }

  @Test
  void plusMinusAnotherKindOfBallotIsRefused() {
    assertThat(check(PLUS_MINUS, new Ballot.Cumulative(points("P1", 1)))).extracting(Violation::field, Violation::reason)
        .containsExactly(tuple("ballot", "must be a plus-minus ballot"));
  }

  @Test
  void electionBadBallotsAreNamedByPositionAndVoterAndNothingIsCounted() {
    Election e = new Election("x", new BigDecimal("100"), new BallotRules.Approval(1, 2, Optional.empty()), PROJECTS, List.of(
        CastBallot.of("v1", new Ballot.Approval(List.of("P1"))),
        CastBallot.of("v2", new Ballot.Approval(List.of("P9"))),
        CastBallot.of("v1", new Ballot.Approval(List.of("P2", "P3", "P4")))), Map.of());

    InvalidInputException x = catchThrowableOfType(() -> Count.count(e, CountingRule.GREEDY), InvalidInputException.class);

    assertThat(x.violations()).extracting(Violation::field, Violation::reason).containsExactly(
        tuple("ballots[1](voter v2).projects[0]", "is not on the ballot"),
        tuple("ballots[2](voter v1).voter", "voted twice"),
        tuple("ballots[2](voter v1).projects", "has 3 projects; a ballot has between 1 and 2"));
  }

  @Test
  void electionRepeatedProjectIdsNonPositiveCostsAndBudgetAreNamed() {
    Election e = Election.approval("x", BigDecimal.ZERO, projects("P1:0", "P1:10", "P2:-5"), List.of());

    InvalidInputException x = catchThrowableOfType(e::validate, InvalidInputException.class);

    assertThat(x.violations()).extracting(Violation::field, Violation::reason).containsExactly(
        tuple("budget", "must be positive"),
        tuple("projects[0].cost", "must be positive"),
        tuple("projects[1].id", "repeats P1"),
        tuple("projects[2].cost", "must be positive"));
  }

  @Test
  void aValidElectionValidatesToItself() {
    Election e = Elections.approval("100", PROJECTS, "P1", "P2 P3");
    assertThat(e.validate()).isSameAs(e);
  }

  @Test
  void rulesThatWouldRefuseEveryBallotAreRefusedThemselves() {
    List<BallotRules> bad = List.of(new BallotRules.Approval(-1, -2, java.util.Optional.of(java.math.BigDecimal.ZERO)),
        new BallotRules.Cumulative(5, 3, 0), new BallotRules.Ordinal(-1, -2), new BallotRules.PlusMinus(0, 0, 3));
    List<List<String>> fields = List.of(List.of("rules.minProjects", "rules.maxProjects", "rules.maxTotalCost"),
        List.of("rules.maxPoints", "rules.maxPerProject"), List.of("rules.minLength", "rules.maxLength"),
        List.of("rules.maxPlus", "rules.maxMinus", "rules.plusBeforeMinus"));
    for (int i = 0; i < bad.size(); i++) {
      org.consulta.core.error.Violations v = new org.consulta.core.error.Violations();
      bad.get(i).checkLimits("rules", v);
      assertThat(v.list()).extracting(org.consulta.core.error.Violation::field).as(bad.get(i).toString()).containsExactlyElementsOf(fields.get(i));
    }
    org.consulta.core.error.Violations fine = new org.consulta.core.error.Violations();
    new BallotRules.PlusMinus(4, 2, 2).checkLimits("rules", fine);
    BallotRules.Approval.unlimited().checkLimits("rules", fine);
    assertThat(fine.isEmpty()).isTrue();
  }

  @Test
  void anElectionNamesAmountsACountCannotHandle() {
    Election e = new Election("huge", new java.math.BigDecimal("1e15"), new BallotRules.Ordinal(3, 1),
        List.of(ProjectOnBallot.of("A", "A", new java.math.BigDecimal("0.00001"))), List.of(), java.util.Map.of());

    assertThatThrownBy(e::validate).isInstanceOfSatisfying(org.consulta.core.error.InvalidInputException.class,
        x -> assertThat(x.violations()).extracting(org.consulta.core.error.Violation::field)
            .containsExactly("budget", "rules.maxLength", "projects[0].cost"));
  }
}
