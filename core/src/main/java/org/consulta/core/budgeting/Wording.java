package org.consulta.core.budgeting;

import java.math.BigDecimal;
import java.util.Optional;

/** Scores and places in the words of explanations, shared by the counting rules. */
final class Wording {
  private Wording() {}

  /**
   * @param score a project's score
   * @param rules the ballot rules, which say what a point of score is
   * @return e.g. "412 votes", "1 point", "30 Borda points" or "a net 12 votes (plus minus minus)"
   */
  static String score(long score, BallotRules rules) {
    if (rules instanceof BallotRules.Cumulative) {
      return score + (score == 1 ? " point" : " points");
    }
    if (rules instanceof BallotRules.Ordinal) {
      return score + (score == 1 ? " Borda point" : " Borda points");
    }
    if (rules instanceof BallotRules.PlusMinus) {
      return "a net " + score + (score == 1 || score == -1 ? " vote" : " votes") + " (plus minus minus)";
    }
    return score + (score == 1 ? " vote" : " votes");
  }

  /**
   * @param n a place, at least 1
   * @return "1st", "2nd", "3rd", "4th", "11th", "21st", ...
   */
  static String ordinal(int n) {
    int lastTwo = n % 100;
    int last = n % 10;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
    return n + suffix;
  }

  /**
   * @return the verdict of a project no rule funds (one without a positive score, or costing more
   *     than the whole budget), or empty if it may be funded
   */
  static Optional<ProjectVerdict> unfundable(ProjectOnBallot p, long score, Election election) {
    if (score <= 0) {
      String why = score == 0 && !(election.rules() instanceof BallotRules.PlusMinus)
          ? "not funded: no " + (election.rules() instanceof BallotRules.Approval ? "votes" : "points")
          : "not funded: " + score(score, election.rules()) + "; only a score above zero can fund a project";
      return Optional.of(new ProjectVerdict(p.id(), p.cost(), BigDecimal.valueOf(score), false, 0, VerdictReason.NO_SUPPORT, why));
    }
    if (p.cost().compareTo(election.budget()) > 0) {
      return Optional.of(new ProjectVerdict(p.id(), p.cost(), BigDecimal.valueOf(score), false, 0, VerdictReason.EXCEEDS_BUDGET,
          "not funded: costs " + Amounts.format(p.cost()) + ", more than the whole budget of " + Amounts.format(election.budget())));
    }
    return Optional.empty();
  }
}
