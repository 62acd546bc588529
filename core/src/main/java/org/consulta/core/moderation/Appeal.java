package org.consulta.core.moderation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * An author's appeal against a decision, and how it ended.
 *
 * @param statement the author's reasons (kept with the case; never put into events)
 * @param filedBy the author's subject
 * @param filedAt when it was filed
 * @param against the subject who made the appealed decision; the appeal's decider must differ
 * @param outcome how it ended, once decided
 * @param decidedBy who decided it
 * @param note the decider's note for staff
 * @param decidedAt when it was decided
 */
public record Appeal(
    String statement,
    String filedBy,
    Instant filedAt,
    String against,
    Optional<AppealOutcome> outcome,
    Optional<String> decidedBy,
    Optional<String> note,
    Optional<Instant> decidedAt) {
  public Appeal {
    requireNonNull(statement, "statement");
    requireNonNull(filedBy, "filedBy");
    requireNonNull(filedAt, "filedAt");
    requireNonNull(against, "against");
    requireNonNull(outcome, "outcome");
    requireNonNull(decidedBy, "decidedBy");
    requireNonNull(note, "note");
    requireNonNull(decidedAt, "decidedAt");
  }
}
