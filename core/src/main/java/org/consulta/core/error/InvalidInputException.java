package org.consulta.core.error;

import java.util.List;

/**
 * A command broke one or more input rules. {@link #violations()} lists every one of them, not
 * only the first, so a form can show all errors at once.
 */
public class InvalidInputException extends ConsultaException {
  private static final long serialVersionUID = 1L;
  private final List<Violation> violations;

  /** @param violations every broken rule; must not be empty */
  public InvalidInputException(List<Violation> violations) {
    super("invalid input: " + violations);
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an InvalidInputException needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  /** @return every broken rule, in the order they were found; never empty */
  public List<Violation> violations() {
    return violations;
  }

  @Override
  public String kind() {
    return "invalid-input";
  }
}
