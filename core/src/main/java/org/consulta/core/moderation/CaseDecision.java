package org.consulta.core.moderation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.consulta.core.contribution.TextSpan;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;

/**
 * A moderator decides a queued case. The moderator must hold the case's lease or claim it with
 * this decision (when nobody else holds it).
 *
 * @param moderationCase the case
 * @param action what is decided
 * @param reason a house-rule reason code; required for every action but approve
 * @param note a note for staff
 * @param spans for redact: the spans to mask, at least one
 * @param expectedVersion apply only to this version of the case
 * @param idempotencyKey optional key for safe repetition
 */
public record CaseDecision(
    ModerationCaseId moderationCase,
    DecisionAction action,
    Optional<String> reason,
    Optional<String> note,
    List<TextSpan> spans,
    OptionalLong expectedVersion,
    Optional<IdempotencyKey> idempotencyKey)
    implements Command {
  public CaseDecision {
    requireNonNull(moderationCase, "moderationCase");
    requireNonNull(action, "action");
    requireNonNull(reason, "reason");
    requireNonNull(note, "note");
    spans = List.copyOf(requireNonNull(spans, "spans"));
    requireNonNull(expectedVersion, "expectedVersion");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /**
   * @param moderationCase the case
   * @param action what is decided
   * @param reason the reason code
   * @return a decision without note, spans, version or key
   */
  public static CaseDecision of(ModerationCaseId moderationCase, DecisionAction action, String reason) {
    return new CaseDecision(moderationCase, action, Optional.of(reason), Optional.empty(), List.of(), OptionalLong.empty(), Optional.empty());
  }

  /**
   * @param moderationCase the case
   * @return an approval
   */
  public static CaseDecision approve(ModerationCaseId moderationCase) {
    return new CaseDecision(moderationCase, DecisionAction.APPROVE, Optional.empty(), Optional.empty(), List.of(), OptionalLong.empty(),
        Optional.empty());
  }
}
