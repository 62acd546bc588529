package org.consulta.core.budgeting;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violations;

/**
 * One budget's vote as counted: the amount to spend, the projects on the ballot, the ballot rules
 * and the ballots cast, plus descriptive metadata (pabulib's META section: {@code description},
 * {@code country}, {@code unit}, {@code currency}, {@code rule}, ...).
 *
 * @param name a label
 * @param budget the amount to spend, positive
 * @param rules what a valid ballot looks like
 * @param projects the projects on the ballot, ids unique, in ballot order
 * @param ballots the ballots, voters unique, in the order cast
 * @param meta further metadata by key, in source order
 */
public record Election(String name, BigDecimal budget, BallotRules rules, List<ProjectOnBallot> projects, List<CastBallot> ballots,
    Map<String, String> meta) {
  public Election {
    requireNonNull(name, "name");
    requireNonNull(budget, "budget");
    requireNonNull(rules, "rules");
    projects = List.copyOf(requireNonNull(projects, "projects"));
    ballots = List.copyOf(requireNonNull(ballots, "ballots"));
    meta = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(meta, "meta")));
  }

  /**
   * @return an approval vote of any number of projects per ballot, without metadata
   */
  public static Election approval(String name, BigDecimal budget, List<ProjectOnBallot> projects, List<CastBallot> ballots) {
    return new Election(name, budget, BallotRules.Approval.unlimited(), projects, ballots, Map.of());
  }

  /** The largest amount a count handles: counts run on exact whole minor units. */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
  /** The most decimal places an amount may have. */
  public static final int MAX_SCALE = 4;
  private static final String MONEY_LIMITS = "must be below " + MAX_AMOUNT.toPlainString() + " with at most " + MAX_SCALE + " decimals";

  private static boolean countable(BigDecimal amount) {
    return amount.abs().compareTo(MAX_AMOUNT) < 0 && amount.stripTrailingZeros().scale() <= MAX_SCALE;
  }

  /** @return the projects by id, in ballot order */
  public Map<String, ProjectOnBallot> projectsById() {
    Map<String, ProjectOnBallot> byId = new LinkedHashMap<>();
    projects.forEach(p -> byId.putIfAbsent(p.id(), p));
    return byId;
  }

  /**
   * Checks the budget, the projects and every ballot against the rules, naming every problem
   * (ballots by position and voter: {@code ballots[12](voter 77).projects[0]}).
   *
   * @return this election
   * @throws InvalidInputException listing every violation
   */
  public Election validate() {
    Violations v = new Violations();
    v.check(budget.signum() > 0, "budget", "must be positive");
    v.check(countable(budget), "budget", MONEY_LIMITS);
    rules.checkLimits("rules", v);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < projects.size(); i++) {
      ProjectOnBallot p = projects.get(i);
      v.check(ids.add(p.id()), "projects[" + i + "].id", "repeats " + p.id());
      v.check(p.cost().signum() > 0, "projects[" + i + "].cost", "must be positive");
      v.check(countable(p.cost()), "projects[" + i + "].cost", MONEY_LIMITS);
    }
    Map<String, ProjectOnBallot> byId = projectsById();
    Set<String> voters = new HashSet<>();
    for (int i = 0; i < ballots.size(); i++) {
      CastBallot b = ballots.get(i);
      boolean first = voters.add(b.voter());
      Violations probe = new Violations();
      rules.check(b.ballot(), byId, "", probe);
      if (!first || !probe.isEmpty()) {
        // the path, built only for a bad ballot: a count validates every ballot of a city's vote
        String path = "ballots[" + i + "](voter " + b.voter() + ")";
        v.check(first, path + ".voter", "voted twice");
        rules.check(b.ballot(), byId, path, v);
      }
    }
    v.throwIfAny();
    return this;
  }
}
