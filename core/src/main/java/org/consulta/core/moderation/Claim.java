package org.consulta.core.moderation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A moderator's lease on a case: until it lapses, no other moderator can claim or decide it.
 *
 * @param moderator the claiming actor's subject
 * @param until when the lease lapses
 */
public record Claim(String moderator, Instant until) {
  public Claim {
    requireNonNull(moderator, "moderator");
    requireNonNull(until, "until");
  }

  /**
   * @param now the current instant
   * @return whether the lease still holds
   */
  public boolean liveAt(Instant now) {
    return until.isAfter(now);
  }
}
