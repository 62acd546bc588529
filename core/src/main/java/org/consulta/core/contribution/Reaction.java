package org.consulta.core.contribution;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.consulta.core.participant.ParticipantId;

/**
 * One participant's current reaction to one contribution: support or oppose, and/or a stance.
 *
 * @param contribution the contribution reacted to
 * @param participant who reacted
 * @param support support or oppose, if given
 * @param stanceMillis stance in thousandths, -1000..1000, if given
 * @param at when this reaction was last set
 */
public record Reaction(
    ContributionId contribution, ParticipantId participant, Optional<Support> support, OptionalInt stanceMillis, Instant at) {
  public Reaction {
    requireNonNull(contribution, "contribution");
    requireNonNull(participant, "participant");
    requireNonNull(support, "support");
    requireNonNull(stanceMillis, "stanceMillis");
    requireNonNull(at, "at");
    if (stanceMillis.isPresent() && Math.abs(stanceMillis.getAsInt()) > 1000) {
      throw new IllegalArgumentException("stance must be in [-1000, 1000] thousandths");
    }
  }

  /** @return the stance in [-1, 1], if given */
  public Optional<Double> stance() {
    return stanceMillis.isPresent() ? Optional.of(stanceMillis.getAsInt() / 1000.0) : Optional.empty();
  }
}
