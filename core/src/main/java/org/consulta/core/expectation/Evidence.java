package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Why an {@link Evaluation} came out as it did, typed per kind of commitment, so a dashboard can
 * show the overdue items or the under-represented groups rather than a bare status.
 */
public sealed interface Evidence permits DeadlineTally, Evidence.Date, Evidence.Target, Evidence.Representation, Evidence.Sessions,
    Evidence.Declared, Evidence.Facts {

  /**
   * A date commitment (decide by, publish the report by).
   *
   * @param startedAt when its time started (the consultation opened), if it has
   * @param due when the date ends in the tenant's zone
   * @param achievedAt when it was done, if it was
   */
  record Date(Optional<Instant> startedAt, Instant due, Optional<Instant> achievedAt) implements Evidence {
    public Date {
      requireNonNull(startedAt, "startedAt");
      requireNonNull(due, "due");
      requireNonNull(achievedAt, "achievedAt");
    }
  }

  /**
   * A target to reach by a date.
   *
   * @param count the count so far
   * @param target the count promised
   * @param due when the date ends in the tenant's zone
   * @param achievedAt when the target was reached, if it was
   * @param forecast the count expected at {@code due} from the rate since opening, once a tenth of
   *     the time has passed
   */
  record Target(long count, long target, Instant due, Optional<Instant> achievedAt, OptionalLong forecast) implements Evidence {
    public Target {
      requireNonNull(due, "due");
      requireNonNull(achievedAt, "achievedAt");
      requireNonNull(forecast, "forecast");
    }
  }

  /**
   * Representation of one demographic dimension among the consultation's participants.
   *
   * @param dimension the dimension
   * @param participants every participant so far
   * @param declared those with a declared value (the base of the shares)
   * @param preferNotToSay those who preferred not to say
   * @param groups one entry per value of the reference, in its order, then any value the
   *     reference does not name
   */
  record Representation(String dimension, long participants, long declared, long preferNotToSay, List<GroupShare> groups) implements Evidence {
    public Representation {
      requireNonNull(dimension, "dimension");
      groups = List.copyOf(requireNonNull(groups, "groups"));
    }

    /** @return the groups outside the tolerance, under-represented first */
    public List<GroupShare> outside() {
      return groups.stream().filter(g -> g.balance() != GroupShare.Balance.WITHIN)
          .sorted(java.util.Comparator.comparing(GroupShare::balance)).toList();
    }
  }

  /**
   * Offline sessions.
   *
   * @param held sessions that have started and were not cancelled
   * @param planned sessions still to come before the due instant
   * @param target sessions promised
   * @param due when the date ends, if the commitment names one
   */
  record Sessions(long held, long planned, long target, Optional<Instant> due) implements Evidence {
    public Sessions {
      requireNonNull(due, "due");
    }
  }

  /** A declared commitment: kept by being stated. */
  record Declared() implements Evidence {}

  /**
   * Facts an embedder's evaluator reports.
   *
   * @param facts named values, in the evaluator's order
   */
  record Facts(Map<String, String> facts) implements Evidence {
    public Facts {
      facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(facts, "facts")));
    }
  }
}
