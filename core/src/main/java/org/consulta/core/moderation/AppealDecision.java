package org.consulta.core.moderation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalLong;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;

/**
 * A second moderator decides an appeal. Four eyes: the decider must not be the one whose decision
 * is appealed.
 *
 * @param moderationCase the appealed case
 * @param outcome upheld or overturned
 * @param note a note for staff
 * @param expectedVersion apply only to this version of the case
 * @param idempotencyKey optional key for safe repetition
 */
public record AppealDecision(
    ModerationCaseId moderationCase,
    AppealOutcome outcome,
    Optional<String> note,
    OptionalLong expectedVersion,
    Optional<IdempotencyKey> idempotencyKey)
    implements Command {
  public AppealDecision {
    requireNonNull(moderationCase, "moderationCase");
    requireNonNull(outcome, "outcome");
    requireNonNull(note, "note");
    requireNonNull(expectedVersion, "expectedVersion");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /**
   * @param moderationCase the case
   * @param outcome the outcome
   * @return a decision without note, version or key
   */
  public static AppealDecision of(ModerationCaseId moderationCase, AppealOutcome outcome) {
    return new AppealDecision(moderationCase, outcome, Optional.empty(), OptionalLong.empty(), Optional.empty());
  }
}
