package org.consulta.core.budgeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Project scores as {@link CountingRule} defines them, and the shared order of projects: higher
 * score first, then lower cost, then earlier on the ballot. Indexes are positions in {@link
 * Election#projects()}.
 */
final class Scores {
  private Scores() {}

  /**
   * @param election a valid election
   * @return each project's score, by position: approvals, points, Borda points (a ballot of length
   *     L gives L, L - 1, ..., 1) or plus minus minus votes
   */
  static long[] of(Election election) {
    Map<String, Integer> index = index(election);
    long[] score = new long[election.projects().size()];
    for (CastBallot cast : election.ballots()) {
      Ballot b = cast.ballot();
      if (b instanceof Ballot.Approval a) {
        a.projects().forEach(p -> score[index.get(p)]++);
      } else if (b instanceof Ballot.Cumulative c) {
        c.points().forEach((p, points) -> score[index.get(p)] += points);
      } else if (b instanceof Ballot.Ordinal o) {
        int length = o.ranking().size();
        for (int i = 0; i < length; i++) {
          score[index.get(o.ranking().get(i))] += length - i;
        }
      } else if (b instanceof Ballot.PlusMinus pm) {
        pm.plus().forEach(p -> score[index.get(p)]++);
        pm.minus().forEach(p -> score[index.get(p)]--);
      }
    }
    return score;
  }

  /** @return project id to its position on the ballot */
  static Map<String, Integer> index(Election election) {
    Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < election.projects().size(); i++) {
      index.put(election.projects().get(i).id(), i);
    }
    return index;
  }

  /**
   * @return the project positions in the shared order: score descending, cost ascending, ballot
   *     position ascending
   */
  static List<Integer> order(Election election, long[] score) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < score.length; i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingLong(i -> -score[i])
        .thenComparing(i -> election.projects().get(i).cost())
        .thenComparingInt(i -> i));
    return order;
  }
}
