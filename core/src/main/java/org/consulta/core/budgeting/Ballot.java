package org.consulta.core.budgeting;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one voter put on their ballot; which kinds an election takes is set by its {@link BallotRules}. */
public sealed interface Ballot {
  /** @return the projects the ballot names, each once, in ballot order */
  List<String> projects();

  /**
   * Approval: the projects the voter supports (a knapsack ballot is an approval ballot whose total
   * cost is limited).
   *
   * @param projects the approved projects, in the order given
   */
  record Approval(List<String> projects) implements Ballot {
    public Approval {
      projects = List.copyOf(requireNonNull(projects, "projects"));
    }
  }

  /**
   * Cumulative: points spread over projects.
   *
   * @param points project to points (at least 1 each), in the order given
   */
  record Cumulative(Map<String, Integer> points) implements Ballot {
    public Cumulative {
      points = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(points, "points")));
    }

    @Override
    public List<String> projects() {
      return List.copyOf(points.keySet());
    }
  }

  /**
   * Ordinal: projects ranked, the most preferred first.
   *
   * @param ranking the projects in order of preference
   */
  record Ordinal(List<String> ranking) implements Ballot {
    public Ordinal {
      ranking = List.copyOf(requireNonNull(ranking, "ranking"));
    }

    @Override
    public List<String> projects() {
      return ranking;
    }
  }

  /**
   * D21 (Janeček): plus votes and fewer minus votes.
   *
   * @param plus the projects voted for
   * @param minus the projects voted against
   */
  record PlusMinus(List<String> plus, List<String> minus) implements Ballot {
    public PlusMinus {
      plus = List.copyOf(requireNonNull(plus, "plus"));
      minus = List.copyOf(requireNonNull(minus, "minus"));
    }

    @Override
    public List<String> projects() {
      List<String> all = new java.util.ArrayList<>(plus);
      all.addAll(minus);
      return List.copyOf(all);
    }
  }
}
