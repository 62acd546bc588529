package org.consulta.core.budgeting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@link CountingRule#GREEDY} rule, the one most cities use: projects in the shared order
 * ({@link Scores#order}: score descending, then cost ascending, then ballot position ascending);
 * each is funded if its cost fits the money left, otherwise skipped, and the next one is tried.
 *
 * <p>Only projects with a score above zero are funded: a project nobody voted for, or one with
 * more minus than plus votes (D21), is not funded even if money is left ({@link
 * VerdictReason#NO_SUPPORT}). A project costing more than the whole budget is {@link
 * VerdictReason#EXCEEDS_BUDGET}; one that no longer fits when its turn comes is {@link
 * VerdictReason#DID_NOT_FIT}. Time O(p log p + b) for p projects and b ballot entries.
 */
final class Greedy {
  private Greedy() {}

  /**
   * @param election a valid election
   * @return the funded projects in the order chosen (ranks 1, 2, ...), verdicts in ballot order
   */
  static CountResult count(Election election) {
    long[] score = Scores.of(election);
    List<Integer> order = Scores.order(election, score);
    ProjectVerdict[] verdicts = new ProjectVerdict[score.length];
    List<String> selected = new ArrayList<>();
    BigDecimal spent = BigDecimal.ZERO;
    String budget = Amounts.format(election.budget());
    for (int place = 1; place <= order.size(); place++) {
      int i = order.get(place - 1);
      ProjectOnBallot p = election.projects().get(i);
      Optional<ProjectVerdict> unfundable = Wording.unfundable(p, score[i], election);
      String standing = Wording.score(score[i], election.rules()) + ", " + Wording.ordinal(place) + " by score";
      BigDecimal left = election.budget().subtract(spent);
      if (unfundable.isPresent()) {
        verdicts[i] = unfundable.get();
      } else if (p.cost().compareTo(left) > 0) {
        verdicts[i] = new ProjectVerdict(p.id(), p.cost(), BigDecimal.valueOf(score[i]), false, 0, VerdictReason.DID_NOT_FIT,
            "skipped: did not fit the remaining " + Amounts.format(left) + " (costs " + Amounts.format(p.cost()) + "; " + standing + ")");
      } else {
        spent = spent.add(p.cost());
        selected.add(p.id());
        verdicts[i] = new ProjectVerdict(p.id(), p.cost(), BigDecimal.valueOf(score[i]), true, selected.size(),
            VerdictReason.FUNDED_BY_SCORE, "funded: " + standing + ", " + Amounts.format(spent) + " of " + budget + " spent after it");
      }
    }
    return new CountResult(CountingRule.GREEDY, election.budget(), spent, selected, Arrays.asList(verdicts), List.of());
  }
}
