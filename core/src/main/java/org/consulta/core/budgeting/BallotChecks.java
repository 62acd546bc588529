package org.consulta.core.budgeting;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consulta.core.error.Violations;

/** Checks shared by every kind of {@link BallotRules}. */
final class BallotChecks {
  private BallotChecks() {}

  static void projects(List<String> ids, Map<String, ProjectOnBallot> projects, String path, Violations v) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (!projects.containsKey(id)) {
        v.add(path + "[" + i + "]", "is not on the ballot");
      }
      if (!seen.add(id)) {
        v.add(path + "[" + i + "]", "names " + id + " twice");
      }
    }
  }

  static void count(int n, int min, int max, String path, String what, Violations v) {
    if (n < min || n > max) {
      v.add(path, "has " + n + " " + what + "; a ballot has between " + min + " and "
          + (max == Integer.MAX_VALUE ? "any number of" : Integer.toString(max)));
    }
  }

  static BigDecimal cost(List<String> ids, Map<String, ProjectOnBallot> projects) {
    BigDecimal total = BigDecimal.ZERO;
    for (String id : new LinkedHashSet<>(ids)) {
      ProjectOnBallot p = projects.get(id);
      if (p != null) {
        total = total.add(p.cost());
      }
    }
    return total;
  }
}
