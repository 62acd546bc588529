package org.consulta.core.budgeting;

import org.consulta.core.error.ConsultaException;

/**
 * A count stopped at a work limit instead of running for hours: the exact knapsack rule gave up
 * after its limit of search steps. The message names the limit, how far the count got, and which
 * rules count the same election quickly instead. Nothing was counted.
 */
public class CountTooLargeException extends ConsultaException {
  private static final long serialVersionUID = 1L;

  /** @param message the limit reached and what to do instead */
  public CountTooLargeException(String message) {
    super(message);
  }

  @Override
  public String kind() {
    return "count-too-large";
  }
}
