package org.consulta.core.budgeting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violations;

/**
 * The Method of Equal Shares ({@code equalshares}), its Add1 completion ({@code equalshares/add1})
 * and Add1 followed by the comparison step ({@code equalshares/add1-comparison}), as the elections
 * that used them counted.
 *
 * <p><b>Utilities.</b> Approval ballots use <em>cost utilities</em>: a voter gains a project's cost
 * when it is funded, so a round funds the project whose highest per-supporter payment is the
 * smallest fraction of its cost (equalshares.net's "effective vote count", cost divided by that
 * payment, is the highest). This is what counted the real elections: the equalshares.net compute
 * tool ({@code github.com/equalshares/equalshares-compute-tool}, {@code
 * js/methodOfEqualSharesWorker.js}: {@code effVoteCount = cost[c] / maxPayment}), the snippets on
 * equalshares.net/implementation/computation (pabutools called with {@code Cost_Sat}), and
 * pabulib's file checker, which verifies the {@code selected} column of files labelled {@code
 * equalshares...} the same way; Wieliczka's Green Million 2023 (equalshares.net/resources/zielony-milion:
 * "a project that costs 100,000 zł must receive at least 320 votes" at 313 zł a share) and Aarau
 * 2023 were counted with that tool. Cumulative ballots use the points as utilities (cardinal, as
 * pabutools' additive cardinal satisfaction): a supporter pays in proportion to their points.
 *
 * <p><b>Add1.</b> As equalshares.net/implementation/completion recommends and the compute tool
 * and pabulib's checker implement: after the plain run with the budget divided equally, each
 * voter's share is set to the next whole currency unit above it, then raised by 1 at a time, and
 * Equal Shares rerun each time; a share is kept while its outcome fits the budget, and the raising
 * stops at the first share whose outcome would cost more than the budget (the last fitting outcome
 * stands) or as soon as an outcome is exhaustive (no further project with votes fits the money
 * left). No greedy spending follows ({@code add1u} in the compute tool is not a pabulib rule).
 *
 * <p><b>Comparison</b> (Wieliczka 2023, compute tool {@code comparisonStep}, mode "satisfaction",
 * which pabulib's checker also uses): each voter compares the number of projects they voted for
 * that each outcome funds (for cumulative ballots: the points they gave to funded projects); if
 * strictly more voters prefer the greedy outcome than the Equal Shares one, the greedy outcome is
 * used.
 *
 * <p>Doubles inside the rounds, with a tested tolerance ({@link SharesRun}); the result's money is
 * exact ({@link BigDecimal} sums of costs, checked against the budget). Package-private.
 */
final class EqualShares {
  private EqualShares() {}

  static CountResult count(Election election, CountingRule rule) {
    checkBallots(election);
    if (rule == CountingRule.EQUAL_SHARES_ADD1_COMPARISON) {
      return compareWithGreedy(election, Count.count(election, CountingRule.GREEDY).selected());
    }
    return outcome(election, rule).result();
  }

  /**
   * The comparison step, given the greedy outcome (a seam: the greedy rule is built elsewhere).
   *
   * @param election a valid approval or cumulative election
   * @param greedy the project ids greedy funds, in its order
   */
  static CountResult compareWithGreedy(Election election, List<String> greedy) {
    checkBallots(election);
    Outcome mes = outcome(election, CountingRule.EQUAL_SHARES_ADD1_COMPARISON);
    SharesProfile p = mes.profile;
    Map<String, Integer> index = Scores.index(election);
    boolean[] inGreedy = new boolean[p.projects];
    greedy.forEach(id -> inGreedy[index.get(id)] = true);
    double[] satMes = new double[p.groups()];
    double[] satGreedy = new double[p.groups()];
    for (int q = 0; q < p.projects; q++) {
      for (int e = 0; e < p.supporters[q].length; e++) {
        int g = p.supporters[q][e];
        satMes[g] += mes.run.funded[q] ? p.utility[q][e] : 0;
        satGreedy[g] += inGreedy[q] ? p.utility[q][e] : 0;
      }
    }
    long prefersMes = 0;
    long prefersGreedy = 0;
    for (int g = 0; g < p.groups(); g++) {
      prefersMes += satMes[g] > satGreedy[g] ? (long) p.weight[g] : 0;
      prefersGreedy += satGreedy[g] > satMes[g] ? (long) p.weight[g] : 0;
    }
    String measure = p.cardinal ? "the points they gave to funded projects" : "the number of funded projects they voted for";
    if (prefersGreedy <= prefersMes) {
      mes.notes.add("Comparison step: " + prefersMes + " voters prefer the Equal Shares outcome and " + prefersGreedy
          + " the greedy outcome (by " + measure + "); the Equal Shares outcome stands");
      return mes.result();
    }
    List<String> notes = new ArrayList<>(mes.notes);
    notes.add("Comparison step: " + prefersGreedy + " voters prefer the greedy outcome and " + prefersMes
        + " the Equal Shares outcome (by " + measure + "); the greedy outcome is used");
    BigDecimal spent = BigDecimal.ZERO;
    List<ProjectVerdict> verdicts = new ArrayList<>();
    for (int q = 0; q < p.projects; q++) {
      ProjectOnBallot project = election.projects().get(q);
      BigDecimal score = BigDecimal.valueOf(p.score[q]);
      if (inGreedy[q]) {
        spent = spent.add(project.cost());
        verdicts.add(new ProjectVerdict(project.id(), project.cost(), score, true, greedy.indexOf(project.id()) + 1,
            VerdictReason.FUNDED_BY_COMPARISON, "funded: the comparison step chose the greedy outcome, which funds it"));
      } else {
        verdicts.add(unfunded(election, p, q, "not funded: the comparison step chose the greedy outcome, in which it did not fit the money left"));
      }
    }
    return result(election, CountingRule.EQUAL_SHARES_ADD1_COMPARISON, spent, greedy, verdicts, notes);
  }

  /** Every voter's payment per funded project in the Equal Shares outcome of {@code rule} (for tests). */
  record Payments(double endowment, List<String> selected, Map<String, Map<String, Double>> byVoter) {}

  static Payments payments(Election election, CountingRule rule) {
    Outcome o = outcome(election.validate(), rule == CountingRule.EQUAL_SHARES ? rule : CountingRule.EQUAL_SHARES_ADD1);
    SharesProfile p = o.profile;
    Map<String, Map<String, Double>> byVoter = new LinkedHashMap<>();
    for (int v = 0; v < p.voters; v++) {
      Map<String, Double> mine = new LinkedHashMap<>();
      int g = p.groupOfBallot[v];
      for (int q : o.run.selected) {
        for (int e = 0; e < p.supporters[q].length; e++) {
          if (p.supporters[q][e] == g) {
            mine.put(election.projects().get(q).id(), o.run.paid[q][e]);
          }
        }
      }
      byVoter.put(election.ballots().get(v).voter(), mine);
    }
    List<String> ids = o.run.selected.stream().map(q -> election.projects().get(q).id()).toList();
    return new Payments(o.run.endowment, ids, byVoter);
  }

  private static void checkBallots(Election election) {
    if (!(election.rules() instanceof BallotRules.Approval || election.rules() instanceof BallotRules.Cumulative)) {
      new Violations().add("rules", "Equal Shares counts approval and cumulative ballots, not " + election.rules().kind())
          .throwIfAny();
    }
  }

  /** The Equal Shares outcome (plain, or completed by Add1) with its notes. */
  private static Outcome outcome(Election election, CountingRule rule) {
    SharesProfile p = SharesProfile.of(election);
    List<String> notes = new ArrayList<>();
    if (p.voters == 0) {
      notes.add("No ballots: nothing is funded");
      return new Outcome(election, rule, p, SharesRun.run(p, 0, p.budgetMinor, true), null, notes);
    }
    double share = p.budget / p.voters;
    SharesRun plain = SharesRun.run(p, share, p.budgetMinor, true);
    notes.add("Equal Shares gave each of the " + String.format(Locale.ROOT, "%,d", p.voters) + " voters a share of " + money(share) + " (the budget "
        + plain(election.budget()) + " divided equally)" + (p.cardinal ? ", paid in proportion to points" : ""));
    if (rule == CountingRule.EQUAL_SHARES) {
      return new Outcome(election, rule, p, plain, null, notes);
    }
    SharesRun kept = plain;
    int steps = 0;
    String stop;
    if (plain.exhaustive(p.budgetMinor)) {
      stop = "Add1 left the shares as they were: the outcome already leaves too little for any further project with votes";
    } else {
      for (double e = Math.floor(share) + 1; ; e++) {
        SharesRun trial = SharesRun.run(p, e, Long.MAX_VALUE, false);
        if (trial.spentMinor > p.budgetMinor) {
          stop = "at " + money(e) + " the outcome would cost " + plain(p.money(trial.spentMinor)) + ", more than the budget";
          break;
        }
        kept = trial;
        steps++;
        if (trial.exhaustive(p.budgetMinor)) {
          stop = "at " + money(e) + " the outcome was exhaustive (no further project with votes fits the money left)";
          break;
        }
      }
      if (steps > 0) {
        kept = SharesRun.run(p, kept.endowment, Long.MAX_VALUE, true);
      }
      stop = "Add1 raised each voter's share from " + money(share) + " to " + money(kept.endowment) + " in " + steps
          + (steps == 1 ? " step" : " steps") + "; it stopped because " + stop;
    }
    notes.add(stop);
    return new Outcome(election, rule, p, kept, plain, notes);
  }

  private static ProjectVerdict unfunded(Election election, SharesProfile p, int q, String otherwise) {
    ProjectOnBallot project = election.projects().get(q);
    BigDecimal score = BigDecimal.valueOf(p.score[q]);
    if (project.cost().compareTo(election.budget()) > 0) {
      return new ProjectVerdict(project.id(), project.cost(), score, false, 0, VerdictReason.EXCEEDS_BUDGET,
          "not funded: it costs " + plain(project.cost()) + ", more than the whole budget of " + plain(election.budget()));
    }
    if (p.supporters[q].length == 0) {
      return new ProjectVerdict(project.id(), project.cost(), score, false, 0, VerdictReason.NO_SUPPORT, "not funded: no votes");
    }
    if (otherwise != null) {
      return new ProjectVerdict(project.id(), project.cost(), score, false, 0, VerdictReason.DID_NOT_FIT, otherwise);
    }
    return null;
  }

  private static CountResult result(Election election, CountingRule rule, BigDecimal spent, List<String> selected,
      List<ProjectVerdict> verdicts, List<String> notes) {
    if (spent.compareTo(election.budget()) > 0) {
      throw new IllegalStateException("Equal Shares spent " + spent + " of " + election.budget() + " in " + election.name());
    }
    return new CountResult(rule, election.budget(), spent, selected, verdicts, notes);
  }

  static String money(double amount) {
    return String.format(Locale.ROOT, "%,.2f", amount);
  }

  /** An exact amount as the other rules write it ({@link Amounts#format}). */
  static String plain(BigDecimal amount) {
    return Amounts.format(amount);
  }

  /** An Equal Shares run with what led to it, turned into a result. */
  private record Outcome(Election election, CountingRule rule, SharesProfile profile, SharesRun run, SharesRun plain,
      List<String> notes) {
    CountResult result() {
      BigDecimal spent = BigDecimal.ZERO;
      List<String> selected = new ArrayList<>();
      Map<Integer, Integer> rankOf = new HashMap<>();
      for (int q : run.selected) {
        ProjectOnBallot project = election.projects().get(q);
        spent = spent.add(project.cost());
        selected.add(project.id());
        rankOf.put(q, selected.size());
      }
      List<ProjectVerdict> verdicts = new ArrayList<>();
      for (int q = 0; q < profile.projects; q++) {
        verdicts.add(verdict(q, rankOf.getOrDefault(q, 0)));
      }
      return EqualShares.result(election, rule, spent, selected, verdicts, notes);
    }

    private ProjectVerdict verdict(int q, int rank) {
      ProjectOnBallot project = election.projects().get(q);
      BigDecimal score = BigDecimal.valueOf(profile.score[q]);
      long supporters = Math.round(profile.supportWeight(q));
      if (run.funded[q]) {
        String paid = "its " + supporters + (supporters == 1 ? " supporter" : " supporters") + " paid up to "
            + money(run.maxPayment[q]) + " each";
        if (plain == null || plain.funded[q]) {
          return new ProjectVerdict(project.id(), project.cost(), score, true, rank, VerdictReason.FUNDED_BY_SHARES, "funded: " + paid);
        }
        return new ProjectVerdict(project.id(), project.cost(), score, true, rank, VerdictReason.FUNDED_IN_COMPLETION,
            "funded once Add1 raised each share to " + money(run.endowment) + ": " + paid);
      }
      ProjectVerdict obvious = unfunded(election, profile, q, null);
      if (obvious != null) {
        return obvious;
      }
      double covered = run.money(q) / profile.cost[q];
      if (run.affordable(q)) {
        return new ProjectVerdict(project.id(), project.cost(), score, false, 0, VerdictReason.DID_NOT_FIT,
            "not funded: its supporters could pay for it, but it did not fit the money left");
      }
      int percent = (int) Math.min(99, Math.floor(covered * 100));
      return new ProjectVerdict(project.id(), project.cost(), score, false, 0, VerdictReason.SHARES_SHORT,
          "not funded: its supporters' remaining shares covered " + percent + "% of its cost");
    }
  }
}
