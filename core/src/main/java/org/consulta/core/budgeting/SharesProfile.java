package org.consulta.core.budgeting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An election as the Method of Equal Shares reads it, built once per count and shared by every
 * run of Add1: identical ballots grouped (their voters always hold and pay the same), each
 * project's supporters as group indexes with their utility per voter, costs as doubles for the
 * rounds and as exact minor units for the budget checks. Groups are in a canonical order (their
 * ballots compared as sorted arrays), so nothing depends on the order ballots were cast in.
 * Immutable after construction; package-private.
 */
final class SharesProfile {
  final boolean cardinal;
  final int voters;
  final int projects;
  final double budget;
  final long budgetMinor;
  final int scale;
  final double[] cost;
  final long[] costMinor;
  final long[] score;
  /** Position of each project in {@link Scores#order}: lower wins a tie. */
  final int[] rank;
  /** Voters per group. */
  final double[] weight;
  /** Per project: the groups supporting it. */
  final int[][] supporters;
  /** Per project, aligned with {@link #supporters}: each of the group's voters' utility (1 an approval, or points). */
  final double[][] utility;
  /** Per ballot position: its group. */
  final int[] groupOfBallot;

  private SharesProfile(Election election) {
    List<ProjectOnBallot> ps = election.projects();
    projects = ps.size();
    voters = election.ballots().size();
    cardinal = election.rules() instanceof BallotRules.Cumulative;
    scale = scaleOf(election);
    budget = election.budget().doubleValue();
    budgetMinor = election.budget().movePointRight(scale).longValueExact();
    cost = new double[projects];
    costMinor = new long[projects];
    for (int i = 0; i < projects; i++) {
      cost[i] = ps.get(i).cost().doubleValue();
      costMinor[i] = ps.get(i).cost().movePointRight(scale).longValueExact();
    }
    score = Scores.of(election);
    rank = new int[projects];
    List<Integer> order = Scores.order(election, score);
    for (int r = 0; r < order.size(); r++) {
      rank[order.get(r)] = r;
    }
    Map<String, Integer> index = Scores.index(election);
    int[][] keys = new int[voters][];
    Map<Key, Integer> distinct = new HashMap<>();
    for (int v = 0; v < voters; v++) {
      keys[v] = key(election.ballots().get(v).ballot(), index);
      distinct.putIfAbsent(new Key(keys[v]), distinct.size());
    }
    List<int[]> sorted = new ArrayList<>(distinct.size());
    distinct.keySet().forEach(k -> sorted.add(k.items));
    sorted.sort(Arrays::compare);
    Map<Key, Integer> group = new HashMap<>(sorted.size() * 2);
    for (int g = 0; g < sorted.size(); g++) {
      group.put(new Key(sorted.get(g)), g);
    }
    weight = new double[sorted.size()];
    groupOfBallot = new int[voters];
    for (int v = 0; v < voters; v++) {
      int g = group.get(new Key(keys[v]));
      groupOfBallot[v] = g;
      weight[g]++;
    }
    int[] count = new int[projects];
    for (int[] k : sorted) {
      for (int j = 0; j < k.length; j += 2) {
        count[k[j]]++;
      }
    }
    supporters = new int[projects][];
    utility = new double[projects][];
    for (int p = 0; p < projects; p++) {
      supporters[p] = new int[count[p]];
      utility[p] = new double[count[p]];
    }
    int[] fill = new int[projects];
    for (int g = 0; g < sorted.size(); g++) {
      int[] k = sorted.get(g);
      for (int j = 0; j < k.length; j += 2) {
        int p = k[j];
        supporters[p][fill[p]] = g;
        utility[p][fill[p]++] = k[j + 1];
      }
    }
  }

  /** @return the profile of a valid approval or cumulative election */
  static SharesProfile of(Election election) {
    return new SharesProfile(election);
  }

  int groups() {
    return weight.length;
  }

  /** @return the voters who support {@code p} */
  double supportWeight(int p) {
    double w = 0;
    for (int g : supporters[p]) {
      w += weight[g];
    }
    return w;
  }

  /** @return an amount in minor units as a {@link BigDecimal} */
  BigDecimal money(long minor) {
    return BigDecimal.valueOf(minor, scale);
  }

  /** A ballot as project index, utility pairs sorted by index (utility 1 for an approval). */
  private static int[] key(Ballot ballot, Map<String, Integer> index) {
    if (ballot instanceof Ballot.Approval a) {
      List<String> ids = a.projects();
      int[] sorted = new int[ids.size()];
      for (int i = 0; i < sorted.length; i++) {
        sorted[i] = index.get(ids.get(i));
      }
      Arrays.sort(sorted);
      int[] key = new int[sorted.length * 2];
      for (int i = 0; i < sorted.length; i++) {
        key[2 * i] = sorted[i];
        key[2 * i + 1] = 1;
      }
      return key;
    }
    List<int[]> pairs = new ArrayList<>();
    if (ballot instanceof Ballot.Cumulative c) {
      c.points().forEach((p, points) -> {
        if (points > 0) {
          pairs.add(new int[] {index.get(p), points});
        }
      });
    }
    pairs.sort((x, y) -> Integer.compare(x[0], y[0]));
    int[] key = new int[pairs.size() * 2];
    for (int i = 0; i < pairs.size(); i++) {
      key[2 * i] = pairs.get(i)[0];
      key[2 * i + 1] = pairs.get(i)[1];
    }
    return key;
  }

  private static int scaleOf(Election election) {
    int s = Math.max(0, election.budget().stripTrailingZeros().scale());
    for (ProjectOnBallot p : election.projects()) {
      s = Math.max(s, p.cost().stripTrailingZeros().scale());
    }
    return s;
  }

  private record Key(int[] items) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(items, k.items);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(items);
    }
  }
}
