package org.consulta.core.contribution;

import org.consulta.core.error.AccessDeniedException;

/** The participant does not meet the consultation's eligibility rule; the message says why. */
public class NotEligibleException extends AccessDeniedException {
  private static final long serialVersionUID = 1L;

  /** @param reason the rule's plain-language reason */
  public NotEligibleException(String reason) {
    super("not eligible: " + reason);
  }

  @Override
  public String kind() {
    return "not-eligible";
  }
}
