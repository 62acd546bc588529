package org.consulta.core.consultation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One move of a consultation's phase, kept in its history.
 *
 * @param from the phase left
 * @param to the phase entered
 * @param at when it took effect (for a scheduled move: the planned instant, not when it was noticed)
 * @param scheduled whether the clock made the move (true) or a person did (false)
 */
public record PhaseChange(Phase from, Phase to, Instant at, boolean scheduled) {
  public PhaseChange {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(at, "at");
  }
}
