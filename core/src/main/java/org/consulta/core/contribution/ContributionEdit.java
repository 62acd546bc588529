package org.consulta.core.contribution;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.consulta.core.consultation.Answer;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;

/**
 * Its author changes a contribution's texts while the consultation is open. The edit is screened
 * again; depending on the result and the moderation policy it may go back to the queue.
 *
 * @param contribution the contribution
 * @param body the new body, if it changes
 * @param answers the new form answers (all of them), if they change
 * @param expectedVersion apply only to this version
 * @param idempotencyKey optional key for safe repetition
 */
public record ContributionEdit(
    ContributionId contribution,
    Optional<String> body,
    Optional<Map<String, Answer>> answers,
    OptionalLong expectedVersion,
    Optional<IdempotencyKey> idempotencyKey)
    implements Command {
  public ContributionEdit {
    requireNonNull(contribution, "contribution");
    requireNonNull(body, "body");
    answers = requireNonNull(answers, "answers").map(Map::copyOf);
    requireNonNull(expectedVersion, "expectedVersion");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /**
   * @param contribution the contribution
   * @param body the new body
   * @return an edit of the body
   */
  public static ContributionEdit body(ContributionId contribution, String body) {
    return new ContributionEdit(contribution, Optional.of(body), Optional.empty(), OptionalLong.empty(), Optional.empty());
  }
}
