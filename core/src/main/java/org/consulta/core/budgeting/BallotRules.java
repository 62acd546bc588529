package org.consulta.core.budgeting;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consulta.core.error.Violations;

/**
 * What a valid ballot of an election looks like. {@link #check} names every broken rule as a field
 * under {@code path} (for example {@code ballot.projects[3]}: "is not on the ballot", {@code
 * ballot.points.P7}: "must be at most 3"), so a bad ballot is refused whole, with every reason.
 */
public sealed interface BallotRules {
  /**
   * Adds a violation for every rule {@code ballot} breaks.
   *
   * @param ballot the ballot
   * @param projects the projects on the ballot, by id
   * @param path the field prefix of the violations, e.g. {@code ballot}
   * @param v where the violations go
   */
  void check(Ballot ballot, Map<String, ProjectOnBallot> projects, String path, Violations v);

  /** @return the name of the ballot kind, as pabulib's {@code vote_type}: approval, cumulative, ordinal or plusminus */
  String kind();

  /**
   * Adds a violation for every limit that makes no sense (a negative count, a minimum above the
   * maximum), so rules that would refuse every ballot are refused themselves.
   *
   * @param path the field prefix, e.g. {@code rules}
   * @param v where the violations go
   */
  void checkLimits(String path, Violations v);

  /**
   * Approval (and knapsack) ballots.
   *
   * @param minProjects the fewest projects a ballot names, at least 0
   * @param maxProjects the most projects a ballot names, at least {@code minProjects}
   * @param maxTotalCost the most the approved projects may cost together (a knapsack ballot), if limited
   */
  record Approval(int minProjects, int maxProjects, Optional<BigDecimal> maxTotalCost) implements BallotRules {
    /** @return approval of any number of projects, at no cost limit */
    public static Approval unlimited() {
      return new Approval(0, Integer.MAX_VALUE, Optional.empty());
    }

    @Override
    public void check(Ballot ballot, Map<String, ProjectOnBallot> projects, String path, Violations v) {
      if (!(ballot instanceof Ballot.Approval a)) {
        v.add(path, "must be an approval ballot");
        return;
      }
      BallotChecks.projects(a.projects(), projects, path + ".projects", v);
      BallotChecks.count(a.projects().size(), minProjects, maxProjects, path + ".projects", "projects", v);
      maxTotalCost.ifPresent(max -> {
        BigDecimal total = BallotChecks.cost(a.projects(), projects);
        if (total.compareTo(max) > 0) {
          v.add(path + ".projects", "cost " + total.toPlainString() + " together, more than the " + max.toPlainString()
              + " a ballot may spend");
        }
      });
    }

    @Override
    public String kind() {
      return "approval";
    }

    @Override
    public void checkLimits(String path, Violations v) {
      v.check(minProjects >= 0, path + ".minProjects", "must be at least 0");
      v.check(maxProjects >= minProjects, path + ".maxProjects", "must be at least minProjects (" + minProjects + ")");
      maxTotalCost.ifPresent(max -> v.check(max.signum() > 0, path + ".maxTotalCost", "must be positive"));
    }
  }

  /**
   * Cumulative ballots: points spread over projects.
   *
   * @param minPoints the fewest points a ballot gives in all, at least 0
   * @param maxPoints the most points a ballot gives in all
   * @param maxPerProject the most points one project may get, at least 1
   */
  record Cumulative(int minPoints, int maxPoints, int maxPerProject) implements BallotRules {
    @Override
    public void check(Ballot ballot, Map<String, ProjectOnBallot> projects, String path, Violations v) {
      if (!(ballot instanceof Ballot.Cumulative c)) {
        v.add(path, "must be a cumulative ballot");
        return;
      }
      BallotChecks.projects(List.copyOf(c.points().keySet()), projects, path + ".projects", v);
      long sum = 0;
      for (Map.Entry<String, Integer> e : c.points().entrySet()) {
        int p = e.getValue() == null ? 0 : e.getValue();
        if (p < 1 || p > maxPerProject) {
          v.add(path + ".points." + e.getKey(), "must be between 1 and " + maxPerProject);
        }
        sum += p;
      }
      if (sum < minPoints || sum > maxPoints) {
        v.add(path + ".points", "give " + sum + " points in all; a ballot gives between " + minPoints + " and " + maxPoints);
      }
    }

    @Override
    public String kind() {
      return "cumulative";
    }

    @Override
    public void checkLimits(String path, Violations v) {
      v.check(minPoints >= 0, path + ".minPoints", "must be at least 0");
      v.check(maxPoints >= minPoints, path + ".maxPoints", "must be at least minPoints (" + minPoints + ")");
      v.check(maxPerProject >= 1, path + ".maxPerProject", "must be at least 1");
    }
  }

  /**
   * Ordinal ballots: a ranking.
   *
   * @param minLength the fewest projects ranked, at least 0
   * @param maxLength the most projects ranked
   */
  record Ordinal(int minLength, int maxLength) implements BallotRules {
    @Override
    public void check(Ballot ballot, Map<String, ProjectOnBallot> projects, String path, Violations v) {
      if (!(ballot instanceof Ballot.Ordinal o)) {
        v.add(path, "must be an ordinal ballot");
        return;
      }
      BallotChecks.projects(o.ranking(), projects, path + ".ranking", v);
      BallotChecks.count(o.ranking().size(), minLength, maxLength, path + ".ranking", "projects", v);
    }

    @Override
    public String kind() {
      return "ordinal";
    }

    @Override
    public void checkLimits(String path, Violations v) {
      v.check(minLength >= 0, path + ".minLength", "must be at least 0");
      v.check(maxLength >= minLength, path + ".maxLength", "must be at least minLength (" + minLength + ")");
    }
  }

  /**
   * D21 (Janeček) ballots: plus votes, and fewer minus votes allowed only once enough plus votes are
   * cast.
   *
   * @param maxPlus the most plus votes, at least 1
   * @param maxMinus the most minus votes, at least 0 and below {@code maxPlus}
   * @param plusBeforeMinus the plus votes a ballot needs before it may cast any minus vote
   */
  record PlusMinus(int maxPlus, int maxMinus, int plusBeforeMinus) implements BallotRules {
    @Override
    public void check(Ballot ballot, Map<String, ProjectOnBallot> projects, String path, Violations v) {
      if (!(ballot instanceof Ballot.PlusMinus pm)) {
        v.add(path, "must be a plus-minus ballot");
        return;
      }
      BallotChecks.projects(pm.plus(), projects, path + ".plus", v);
      BallotChecks.projects(pm.minus(), projects, path + ".minus", v);
      BallotChecks.count(pm.plus().size(), 0, maxPlus, path + ".plus", "plus votes", v);
      BallotChecks.count(pm.minus().size(), 0, maxMinus, path + ".minus", "minus votes", v);
      if (!pm.minus().isEmpty() && pm.plus().size() < plusBeforeMinus) {
        v.add(path + ".minus", "minus votes need at least " + plusBeforeMinus + " plus votes first");
      }
      Set<String> plus = new HashSet<>(pm.plus());
      for (int i = 0; i < pm.minus().size(); i++) {
        if (plus.contains(pm.minus().get(i))) {
          v.add(path + ".minus[" + i + "]", "also has a plus vote");
        }
      }
    }

    @Override
    public String kind() {
      return "plusminus";
    }

    @Override
    public void checkLimits(String path, Violations v) {
      v.check(maxPlus >= 1, path + ".maxPlus", "must be at least 1");
      v.check(maxMinus >= 0 && maxMinus < maxPlus, path + ".maxMinus", "must be at least 0 and fewer than maxPlus (" + maxPlus + ")");
      v.check(plusBeforeMinus >= 0 && plusBeforeMinus <= maxPlus, path + ".plusBeforeMinus", "must be between 0 and maxPlus (" + maxPlus + ")");
    }
  }
}
