package org.consulta.core.outcome;

/** Where the implementation of a result stands. */
public enum ResultStatus {
  PLANNED,
  IN_PROGRESS,
  DELAYED,
  COMPLETED,
  CANCELLED
}
