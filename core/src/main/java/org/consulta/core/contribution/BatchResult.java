package org.consulta.core.contribution;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.consulta.core.error.Violation;

/**
 * What {@link ContributionService#submitAll} did with each item of a {@link ContributionBatch}.
 * Immutable and thread-safe; no component is null.
 *
 * <pre>{@code
 * for (BatchResult.ItemResult item : result.items()) {
 *   if (item.contribution().isEmpty()) {
 *     report(item.index(), item.errorKind().orElseThrow(), item.violations());
 *   }
 * }
 * }</pre>
 *
 * @param items one result per item of the batch, in the batch's order ({@code items().get(i).index() == i})
 * @param accepted how many items were stored
 * @param rejected how many items were rejected (always 0 after {@link BatchMode#ALL_OR_NOTHING})
 */
public record BatchResult(List<ItemResult> items, int accepted, int rejected) {
  public BatchResult {
    items = List.copyOf(requireNonNull(items, "items"));
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).index() != i) {
        throw new IllegalArgumentException("item " + i + " has index " + items.get(i).index());
      }
    }
    long stored = items.stream().filter(item -> item.contribution().isPresent()).count();
    if (accepted != stored || rejected != items.size() - stored) {
      throw new IllegalArgumentException("accepted and rejected must count the items: " + stored + " of " + items.size() + " were stored");
    }
  }

  /**
   * @param items one result per item, in order
   * @return the result, with its counts
   */
  public static BatchResult of(List<ItemResult> items) {
    int stored = (int) items.stream().filter(item -> item.contribution().isPresent()).count();
    return new BatchResult(items, stored, items.size() - stored);
  }

  /**
   * The fate of one item: stored with an id, or rejected with the kind of error and what was wrong.
   * Exactly one of {@code contribution} and {@code errorKind} is present. Nothing here repeats the
   * item's text or personal data: violations name fields, messages carry ids and states.
   *
   * @param index the item's position in the batch, from 0
   * @param contribution the stored contribution's id, if accepted
   * @param errorKind if rejected, the {@link org.consulta.core.error.ConsultaException#kind()} of the
   *     reason, e.g. {@code "invalid-input"}, {@code "not-eligible"}, {@code "not-found"}
   * @param violations for {@code "invalid-input"}: every broken rule, fields relative to the item
   *     (e.g. {@code body}); empty otherwise
   * @param message for other errors: the error's message; empty for accepted items and invalid input
   */
  public record ItemResult(
      int index, Optional<ContributionId> contribution, Optional<String> errorKind, List<Violation> violations, Optional<String> message) {
    public ItemResult {
      requireNonNull(contribution, "contribution");
      requireNonNull(errorKind, "errorKind");
      violations = List.copyOf(requireNonNull(violations, "violations"));
      requireNonNull(message, "message");
      if (index < 0) {
        throw new IllegalArgumentException("index must not be negative");
      }
      if (contribution.isPresent() == errorKind.isPresent()) {
        throw new IllegalArgumentException("an item is either stored (contribution) or rejected (errorKind), not both or neither");
      }
      if (contribution.isPresent() && (!violations.isEmpty() || message.isPresent())) {
        throw new IllegalArgumentException("a stored item has no violations or message");
      }
    }

    /**
     * @param index the item's position
     * @param contribution the stored contribution's id
     * @return an accepted item
     */
    public static ItemResult accepted(int index, ContributionId contribution) {
      return new ItemResult(index, Optional.of(contribution), Optional.empty(), List.of(), Optional.empty());
    }

    /**
     * @param index the item's position
     * @param errorKind the kind of error
     * @param violations the broken rules, for invalid input
     * @param message the error's message, for other errors
     * @return a rejected item
     */
    public static ItemResult rejected(int index, String errorKind, List<Violation> violations, Optional<String> message) {
      return new ItemResult(index, Optional.empty(), Optional.of(errorKind), violations, message);
    }
  }
}
