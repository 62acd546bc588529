package org.consulta.core.budgeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One run of the Method of Equal Shares with a fixed share per voter (the endowment): rounds until
 * no project's supporters can pay for it. Each round funds the project of the least ρ, the most a
 * supporter pays per unit of utility when its cost is split as equally as their remaining money
 * allows (supporters who cannot pay that much pay all they have). Approval ballots use cost
 * utilities (ρ = the highest payment divided by the cost, the inverse of equalshares.net's
 * "effective vote count"); cumulative ballots use points (ρ = the highest payment per point).
 * Ties within {@link #TOLERANCE} go to the earlier project in {@link Scores#order}.
 *
 * <p>Arithmetic is in doubles (currency units). Whether supporters can afford a project allows a
 * slack of the relative {@link #TOLERANCE} capped at a quarter of the smallest unit of money, so
 * rounding never hides a real shortfall of one cent; comparing ρ values allows the relative
 * tolerance, far above the rounding error of summing at most a few million amounts. The money that leaves the run is checked exactly:
 * {@link #spentMinor} is a sum of exact costs, and a run given a {@code limitMinor} never funds
 * beyond it. Single-thread; package-private.
 */
final class SharesRun {
  /** Relative tolerance of every comparison between amounts or ρ values. */
  static final double TOLERANCE = 1e-9;
  /** The most rounding may hide of a shortfall, as a share of the smallest unit of money: a quarter of a cent. */
  static final double MINOR_SLACK = 0.25;

  final double endowment;
  /** Funded project indexes, in the order funded. */
  final List<Integer> selected = new ArrayList<>();
  final boolean[] funded;
  /** Per project: the most one voter paid for it (0 when not funded). */
  final double[] maxPayment;
  /** Per group: the money each of its voters has left. */
  final double[] left;
  /** Per project, aligned with its supporters, when recorded: what each voter of the group paid. */
  final double[][] paid;
  long spentMinor;

  private final SharesProfile p;
  private final double[] lowerBound;
  private int[] rich = new int[0];

  private SharesRun(SharesProfile profile, double endowment, boolean recordPayments) {
    this.p = profile;
    this.endowment = endowment;
    funded = new boolean[profile.projects];
    maxPayment = new double[profile.projects];
    left = new double[profile.groups()];
    Arrays.fill(left, endowment);
    paid = recordPayments ? new double[profile.projects][] : null;
    lowerBound = new double[profile.projects];
  }

  /**
   * @param profile the election
   * @param endowment each voter's share, in currency units
   * @param limitMinor the most the run may spend, in minor units (the budget for plain Equal
   *     Shares, which cannot exceed it anyway; {@link Long#MAX_VALUE} for an Add1 trial, which
   *     is checked after)
   * @param recordPayments whether to keep every voter's payment (for the final run and tests)
   * @return the finished run
   */
  static SharesRun run(SharesProfile profile, double endowment, long limitMinor, boolean recordPayments) {
    SharesRun r = new SharesRun(profile, endowment, recordPayments);
    r.rounds(limitMinor);
    return r;
  }

  private void rounds(long limitMinor) {
    List<Integer> remaining = new ArrayList<>();
    int widest = 0;
    for (int q = 0; q < p.projects; q++) {
      if (p.cost[q] > 0 && p.supporters[q].length > 0) {
        double u = 0;
        for (int e = 0; e < p.supporters[q].length; e++) {
          u += p.weight[p.supporters[q][e]] * p.utility[q][e];
        }
        lowerBound[q] = rho(q, p.cost[q] / u);
        remaining.add(q);
        widest = Math.max(widest, p.supporters[q].length);
      }
    }
    rich = new int[widest];
    while (true) {
      // ρ only grows as money is spent, so last round's ρ bounds this round's from below
      remaining.sort((a, b) -> lowerBound[a] != lowerBound[b] ? Double.compare(lowerBound[a], lowerBound[b])
          : Integer.compare(p.rank[a], p.rank[b]));
      int best = -1;
      double bestRho = Double.POSITIVE_INFINITY;
      double bestX = 0;
      List<Integer> unaffordable = new ArrayList<>();
      for (int q : remaining) {
        if (best >= 0 && lowerBound[q] > bestRho * (1 + TOLERANCE)) {
          break;
        }
        if (!affordable(q) || spentMinor + p.costMinor[q] > limitMinor) {
          unaffordable.add(q); // money only shrinks: it never becomes affordable again
          continue;
        }
        double x = maxPaymentPerUtility(q);
        double rho = rho(q, x);
        lowerBound[q] = rho;
        if (best < 0 || rho < bestRho * (1 - TOLERANCE)
            || (rho <= bestRho * (1 + TOLERANCE) && p.rank[q] < p.rank[best])) {
          best = q;
          bestRho = Math.min(rho, bestRho);
          bestX = x;
        }
      }
      remaining.removeAll(unaffordable);
      if (best < 0) {
        return;
      }
      fund(best, bestX);
      remaining.remove(Integer.valueOf(best));
    }
  }

  private double rho(int q, double x) {
    return p.cardinal ? x : x / p.cost[q];
  }

  /** @return the money {@code q}'s supporters have left together */
  /**
   * The shortfall rounding may account for when deciding whether supporters can afford project
   * {@code q}: the relative tolerance, but never as much as a quarter of the smallest unit of money,
   * so a real shortfall of one cent (or one unit) is never hidden, whatever the cost.
   */
  /** @return whether project {@code q}'s supporters hold its cost, up to {@link #slack(int)} */
  boolean affordable(int q) {
    return money(q) >= p.cost[q] - slack(q);
  }

  private double slack(int q) {
    return Math.min(p.cost[q] * TOLERANCE, MINOR_SLACK * Math.pow(10, -p.scale));
  }

  double money(int q) {
    double m = 0;
    for (int g : p.supporters[q]) {
      m += p.weight[g] * left[g];
    }
    return m;
  }

  /**
   * The least x such that supporters paying min(money left, x × utility) cover the cost; found by
   * moving supporters who cannot pay x × utility to paying all they have, until none is left to
   * move (x only grows, so each pass moves some or ends).
   */
  private double maxPaymentPerUtility(int q) {
    int[] sup = p.supporters[q];
    double[] u = p.utility[q];
    double poorMoney = 0;
    double richUtility = 0;
    int n = sup.length;
    for (int e = 0; e < n; e++) {
      rich[e] = e;
      richUtility += p.weight[sup[e]] * u[e];
    }
    double x = p.cost[q] / richUtility;
    while (true) {
      int kept = 0;
      for (int i = 0; i < n; i++) {
        int e = rich[i];
        int g = sup[e];
        if (left[g] < x * u[e]) {
          poorMoney += p.weight[g] * left[g];
          richUtility -= p.weight[g] * u[e];
        } else {
          rich[kept++] = e;
        }
      }
      if (kept == n) {
        return x;
      }
      n = kept;
      if (n == 0 || richUtility <= 0) {
        // covered only within the tolerance: everyone pays all they have
        double most = 0;
        for (int e = 0; e < sup.length; e++) {
          most = Math.max(most, left[sup[e]] / u[e]);
        }
        return most;
      }
      x = (p.cost[q] - poorMoney) / richUtility;
    }
  }

  private void fund(int q, double x) {
    int[] sup = p.supporters[q];
    double[] u = p.utility[q];
    double[] record = paid == null ? null : new double[sup.length];
    double most = 0;
    for (int e = 0; e < sup.length; e++) {
      int g = sup[e];
      double pay = Math.min(left[g], x * u[e]);
      left[g] -= pay;
      most = Math.max(most, pay);
      if (record != null) {
        record[e] = pay;
      }
    }
    if (paid != null) {
      paid[q] = record;
    }
    maxPayment[q] = most;
    funded[q] = true;
    selected.add(q);
    spentMinor += p.costMinor[q];
  }

  /**
   * @param budgetMinor the real budget
   * @return whether no further supported project fits the money left (projects without support
   *     are left out: Equal Shares can never fund them)
   */
  boolean exhaustive(long budgetMinor) {
    for (int q = 0; q < p.projects; q++) {
      if (!funded[q] && p.supporters[q].length > 0 && spentMinor + p.costMinor[q] <= budgetMinor) {
        return false;
      }
    }
    return true;
  }
}
