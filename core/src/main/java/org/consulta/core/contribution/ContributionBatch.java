package org.consulta.core.contribution;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violation;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;

/**
 * Command: submit many contributions in one transaction (bulk ingest: offline batches, paper forms
 * typed in by staff, another platform's stream). Each item is judged by exactly the rules of
 * {@link ContributionService#submit}; {@link #mode()} says what happens when some are rejected.
 * Immutable and thread-safe; no component is null.
 *
 * <p>Only the batch's own {@link #idempotencyKey()} counts: the items' keys are ignored (repeating
 * the batch with its key returns the first {@link BatchResult}). Items may reply only to
 * contributions stored before the batch: ids are made by the engine, so an item cannot name one
 * made in the same batch; import parents and replies in two batches, taking the parents' ids from
 * the first {@link BatchResult}.
 *
 * <pre>{@code
 * ContributionBatch batch = new ContributionBatch(paperForms, BatchMode.SKIP_INVALID,
 *     Optional.of(IdempotencyKey.of("import-2026-03-01")));
 * BatchResult result = consulta.contributions().submitAll(staff, batch);
 * }</pre>
 *
 * @param items the contributions, 1..{@value #MAX_ITEMS}, in order; results refer to them by index
 * @param mode all or nothing, or skip the invalid ones
 * @param idempotencyKey optional key for safe repetition of the whole batch
 */
public record ContributionBatch(List<NewContribution> items, BatchMode mode, Optional<IdempotencyKey> idempotencyKey)
    implements Command {
  /** The most items one batch may hold. */
  public static final int MAX_ITEMS = 10_000;

  /**
   * @throws InvalidInputException on field {@code items} if there are none or more than {@value #MAX_ITEMS}
   */
  public ContributionBatch {
    items = List.copyOf(requireNonNull(items, "items"));
    requireNonNull(mode, "mode");
    requireNonNull(idempotencyKey, "idempotencyKey");
    if (items.isEmpty() || items.size() > MAX_ITEMS) {
      throw new InvalidInputException(List.of(
          new Violation("items", "must hold 1.." + MAX_ITEMS + " contributions, was " + items.size() + "; split larger imports")));
    }
  }

  /**
   * @param items the contributions
   * @param mode all or nothing, or skip the invalid ones
   * @return a batch without an idempotency key
   * @throws InvalidInputException on field {@code items} if there are none or more than {@value #MAX_ITEMS}
   */
  public static ContributionBatch of(List<NewContribution> items, BatchMode mode) {
    return new ContributionBatch(items, mode, Optional.empty());
  }
}
