package org.consulta.core.contribution;

import org.consulta.core.error.ConflictException;

/** The participant already supports as many contributions as the consultation allows. */
public class SupportLimitReachedException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /** @param limit the consultation's per-participant limit */
  public SupportLimitReachedException(int limit) {
    super("support limit of " + limit + " reached");
  }

  @Override
  public String kind() {
    return "support-limit-reached";
  }
}
