package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.consulta.core.value.Command;
import org.consulta.core.value.ConsultaStyle;
import org.consulta.core.value.IdempotencyKey;
import org.consulta.core.value.LocalizedText;
import org.immutables.value.Value;

/**
 * Command: change a result; only the fields present change. A change of status or progress, or a
 * note, adds an entry to the public timeline. Build with {@code new ResultChangeBuilder()}.
 *
 * @param result the result
 * @param expectedVersion apply only to this version
 * @param title a new title
 * @param description a new description
 * @param status a new status
 * @param progress a new progress, 0..100
 * @param milestones the new milestones (replace the old)
 * @param decisions the new decisions (replace the old)
 * @param note a public note for the timeline, up to 5,000 characters per language
 * @param idempotencyKey optional key for safe repetition
 */
@ConsultaStyle
@Value.Builder
public record ResultChange(
    ResultId result,
    OptionalLong expectedVersion,
    Optional<LocalizedText> title,
    Optional<LocalizedText> description,
    Optional<ResultStatus> status,
    OptionalInt progress,
    Optional<List<Milestone>> milestones,
    Optional<List<DecisionId>> decisions,
    Optional<LocalizedText> note,
    Optional<IdempotencyKey> idempotencyKey)
    implements Command {
  public ResultChange {
    requireNonNull(result, "result");
    requireNonNull(expectedVersion, "expectedVersion");
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    requireNonNull(status, "status");
    requireNonNull(progress, "progress");
    milestones = requireNonNull(milestones, "milestones").map(List::copyOf);
    decisions = requireNonNull(decisions, "decisions").map(List::copyOf);
    requireNonNull(note, "note");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }
}
