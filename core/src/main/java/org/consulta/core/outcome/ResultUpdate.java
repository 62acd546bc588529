package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.consulta.core.value.LocalizedText;

/**
 * One entry of a result's public timeline, written whenever its status or progress changes or
 * staff post a note.
 *
 * @param at when
 * @param by the subject of the staff member
 * @param status the status from then on
 * @param progress the progress from then on, 0 to 100
 * @param note a public note, if any
 */
public record ResultUpdate(Instant at, String by, ResultStatus status, int progress, Optional<LocalizedText> note) {
  public ResultUpdate {
    requireNonNull(at, "at");
    requireNonNull(by, "by");
    requireNonNull(status, "status");
    requireNonNull(note, "note");
  }

  /** @return the update with its author named {@value OutcomeService#STAFF} */
  public ResultUpdate publicView() {
    return new ResultUpdate(at, OutcomeService.STAFF, status, progress, note);
  }
}
