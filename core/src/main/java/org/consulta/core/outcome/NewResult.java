package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.value.Command;
import org.consulta.core.value.ConsultaStyle;
import org.consulta.core.value.IdempotencyKey;
import org.consulta.core.value.LocalizedText;
import org.immutables.value.Value;

/**
 * Command: create an implementation result. Build with {@code new NewResultBuilder()}.
 *
 * @param consultation the consultation
 * @param parent the result it is part of (same consultation; nesting at most {@value #MAX_DEPTH} deep)
 * @param title a short public title, 1..200 characters per language
 * @param description an optional public description, up to 20,000 characters per language
 * @param status the status (default planned)
 * @param progress 0..100 (default 0)
 * @param milestones milestones (at most 100)
 * @param decisions decisions of the consultation it carries out (at most 100)
 * @param idempotencyKey optional key for safe repetition
 */
@ConsultaStyle
@Value.Builder
public record NewResult(
    ConsultationId consultation,
    Optional<ResultId> parent,
    LocalizedText title,
    Optional<LocalizedText> description,
    Optional<ResultStatus> status,
    OptionalInt progress,
    List<Milestone> milestones,
    List<DecisionId> decisions,
    Optional<IdempotencyKey> idempotencyKey)
    implements Command {
  /** How deep results nest: a top-level result, its sub-results, and theirs. */
  public static final int MAX_DEPTH = 4;

  public NewResult {
    requireNonNull(consultation, "consultation");
    requireNonNull(parent, "parent");
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    requireNonNull(status, "status");
    requireNonNull(progress, "progress");
    milestones = List.copyOf(requireNonNull(milestones, "milestones"));
    decisions = List.copyOf(requireNonNull(decisions, "decisions"));
    requireNonNull(idempotencyKey, "idempotencyKey");
  }
}
