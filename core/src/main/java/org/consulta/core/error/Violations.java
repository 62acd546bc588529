package org.consulta.core.error;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the violations of one command so that all of them are reported together.
 *
 * <p>Not thread-safe: use one per validation.
 *
 * <pre>{@code
 * Violations v = new Violations();
 * v.check(title != null, "title", "is required");
 * v.throwIfAny();
 * }</pre>
 */
public final class Violations {
  private final List<Violation> found = new ArrayList<>();

  /**
   * Records a violation unless {@code ok} holds.
   *
   * @param ok whether the rule holds
   * @param field the dotted field path
   * @param reason the plain-language reason
   * @return this
   */
  public Violations check(boolean ok, String field, String reason) {
    if (!ok) {
      found.add(new Violation(field, reason));
    }
    return this;
  }

  /**
   * Records a violation.
   *
   * @param field the dotted field path
   * @param reason the plain-language reason
   * @return this
   */
  public Violations add(String field, String reason) {
    found.add(new Violation(field, reason));
    return this;
  }

  /** @return whether nothing was found */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** @return the violations found so far */
  public List<Violation> list() {
    return List.copyOf(found);
  }

  /**
   * @throws InvalidInputException listing every violation, if any was found
   */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
  }
}
