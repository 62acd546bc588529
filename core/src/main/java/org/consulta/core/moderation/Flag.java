package org.consulta.core.moderation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.participant.ParticipantId;

/**
 * A participant's flag on a contribution: one per participant per contribution.
 *
 * @param contribution the flagged contribution
 * @param participant who flagged it
 * @param reason the house-rule reason code
 * @param at when
 */
public record Flag(ContributionId contribution, ParticipantId participant, String reason, Instant at) {
  public Flag {
    requireNonNull(contribution, "contribution");
    requireNonNull(participant, "participant");
    requireNonNull(reason, "reason");
    requireNonNull(at, "at");
  }
}
