package org.consulta.core.consultation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.consulta.core.error.Violations;

/**
 * Planned dates of a consultation. {@code opensAt} and {@code closesAt} take effect by the
 * engine's clock (a scheduled consultation opens at {@code opensAt}, an open one closes at {@code
 * closesAt}, whenever the engine next looks at it); the others are plans that later modules
 * (expectations) measure against.
 *
 * @param opensAt when a scheduled consultation opens
 * @param closesAt when an open consultation closes
 * @param outcomeDueBy when the outcome is planned to be published
 * @param archiveAfter when it is planned to be archived
 */
public record PhaseSchedule(
    Optional<Instant> opensAt, Optional<Instant> closesAt, Optional<Instant> outcomeDueBy, Optional<Instant> archiveAfter) {
  public PhaseSchedule {
    requireNonNull(opensAt, "opensAt");
    requireNonNull(closesAt, "closesAt");
    requireNonNull(outcomeDueBy, "outcomeDueBy");
    requireNonNull(archiveAfter, "archiveAfter");
  }

  /** @return no planned dates: every move is manual */
  public static PhaseSchedule none() {
    return new PhaseSchedule(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * @param opensAt opening instant
   * @param closesAt closing instant
   * @return a schedule with opening and closing dates
   */
  public static PhaseSchedule of(Instant opensAt, Instant closesAt) {
    return new PhaseSchedule(Optional.of(opensAt), Optional.of(closesAt), Optional.empty(), Optional.empty());
  }

  /**
   * @param closesAt a new closing instant
   * @return a copy with that closing instant
   */
  public PhaseSchedule withClosesAt(Instant closesAt) {
    return new PhaseSchedule(opensAt, Optional.of(closesAt), outcomeDueBy, archiveAfter);
  }

  /**
   * Checks that the dates are in order, adding violations under {@code field}.
   *
   * @param field the field path prefix
   * @param violations where violations go
   */
  public void validate(String field, Violations violations) {
    if (opensAt.isPresent() && closesAt.isPresent()) {
      violations.check(opensAt.get().isBefore(closesAt.get()), field + ".closesAt", "must be after opensAt");
    }
    if (closesAt.isPresent() && outcomeDueBy.isPresent()) {
      violations.check(!outcomeDueBy.get().isBefore(closesAt.get()), field + ".outcomeDueBy", "must not be before closesAt");
    }
    if (outcomeDueBy.isPresent() && archiveAfter.isPresent()) {
      violations.check(!archiveAfter.get().isBefore(outcomeDueBy.get()), field + ".archiveAfter", "must not be before outcomeDueBy");
    }
  }
}
