package org.consulta.core.budgeting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small hand-written elections for the counting tests: projects as "id:cost", ballots numbered v1, v2, .... */
final class Elections {
  private Elections() {}

  static List<ProjectOnBallot> projects(String... idColonCost) {
    List<ProjectOnBallot> projects = new ArrayList<>();
    for (String s : idColonCost) {
      String[] parts = s.split(":");
      projects.add(ProjectOnBallot.of(parts[0], "Project " + parts[0], new BigDecimal(parts[1])));
    }
    return projects;
  }

  /** @param approvals each ballot as a space-separated list of project ids; "" for an empty ballot */
  static Election approval(String budget, List<ProjectOnBallot> projects, String... approvals) {
    List<CastBallot> ballots = new ArrayList<>();
    for (String a : approvals) {
      ballots.add(CastBallot.of("v" + (ballots.size() + 1), new Ballot.Approval(a.isBlank() ? List.of() : List.of(a.split(" ")))));
    }
    return Election.approval("test", new BigDecimal(budget), projects, ballots);
  }

  /** @param ballots each ballot as "P1=3 P2=1" */
  static Election cumulative(String budget, List<ProjectOnBallot> projects, String... ballots) {
    List<CastBallot> cast = new ArrayList<>();
    for (String b : ballots) {
      Map<String, Integer> points = new LinkedHashMap<>();
      for (String entry : b.split(" ")) {
        String[] kv = entry.split("=");
        points.put(kv[0], Integer.parseInt(kv[1]));
      }
      cast.add(CastBallot.of("v" + (cast.size() + 1), new Ballot.Cumulative(points)));
    }
    return new Election("test", new BigDecimal(budget), new BallotRules.Cumulative(0, 10, 10), projects, cast, Map.of());
  }

  /** @param rankings each ballot as a space-separated ranking, the most preferred first */
  static Election ordinal(String budget, List<ProjectOnBallot> projects, String... rankings) {
    List<CastBallot> cast = new ArrayList<>();
    for (String r : rankings) {
      cast.add(CastBallot.of("v" + (cast.size() + 1), new Ballot.Ordinal(List.of(r.split(" ")))));
    }
    return new Election("test", new BigDecimal(budget), new BallotRules.Ordinal(1, 10), projects, cast, Map.of());
  }

  /** @param ballots each ballot as "+P1 +P2 -P3" */
  static Election plusMinus(String budget, List<ProjectOnBallot> projects, String... ballots) {
    List<CastBallot> cast = new ArrayList<>();
    for (String b : ballots) {
      List<String> plus = new ArrayList<>();
      List<String> minus = new ArrayList<>();
      for (String vote : b.split(" ")) {
        (vote.startsWith("+") ? plus : minus).add(vote.substring(1));
      }
      cast.add(CastBallot.of("v" + (cast.size() + 1), new Ballot.PlusMinus(plus, minus)));
    }
    return new Election("test", new BigDecimal(budget), new BallotRules.PlusMinus(3, 1, 2), projects, cast, Map.of());
  }
}
