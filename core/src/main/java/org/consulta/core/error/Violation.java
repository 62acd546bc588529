package org.consulta.core.error;

import static java.util.Objects.requireNonNull;

/**
 * One broken rule of a command: the field (a dotted path such as {@code "title.en"} or
 * {@code "answers.street"}) and a plain-language reason.
 *
 * @param field dotted path of the offending field, never null
 * @param reason why it is wrong, never null
 */
public record Violation(String field, String reason) {
  public Violation {
    requireNonNull(field, "field");
    requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return field + ": " + reason;
  }
}
