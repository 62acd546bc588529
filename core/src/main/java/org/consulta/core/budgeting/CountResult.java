package org.consulta.core.budgeting;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The outcome of counting one election with one rule.
 *
 * @param rule the rule
 * @param budget the amount there was to spend
 * @param spent what the funded projects cost together, at most {@code budget}
 * @param selected the funded projects' ids, in the order they were chosen
 * @param verdicts every project's verdict, in ballot order
 * @param notes how the rule ran, in words (for example how far Add1 raised the shares, or what
 *     the comparison step found)
 */
public record CountResult(CountingRule rule, BigDecimal budget, BigDecimal spent, List<String> selected, List<ProjectVerdict> verdicts,
    List<String> notes) {
  public CountResult {
    requireNonNull(rule, "rule");
    requireNonNull(budget, "budget");
    requireNonNull(spent, "spent");
    selected = List.copyOf(requireNonNull(selected, "selected"));
    verdicts = List.copyOf(requireNonNull(verdicts, "verdicts"));
    notes = List.copyOf(requireNonNull(notes, "notes"));
  }

  /** @return the money left */
  public BigDecimal left() {
    return budget.subtract(spent);
  }

  /**
   * @param project a project id
   * @return its verdict
   * @throws NoSuchElementException if the election has no such project
   */
  public ProjectVerdict verdict(String project) {
    return verdicts.stream().filter(v -> v.project().equals(project)).findFirst()
        .orElseThrow(() -> new NoSuchElementException("no project '" + project + "' in this count"));
  }
}
