package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.consulta.core.value.LocalizedText;

/**
 * A step of a result with a due date.
 *
 * @param title what
 * @param due when it is due
 * @param done when it was reached, if it was
 */
public record Milestone(LocalizedText title, LocalDate due, Optional<LocalDate> done) {
  public Milestone {
    requireNonNull(title, "title");
    requireNonNull(due, "due");
    requireNonNull(done, "done");
  }

  /**
   * @param today the current day
   * @return whether it is not done and its due day has passed
   */
  public boolean isOverdue(LocalDate today) {
    return done.isEmpty() && due.isBefore(today);
  }
}
