package org.consulta.core.moderation;

/** Where a moderation case stands. {@link #OPEN} and {@link #APPEALED} cases are in the queue. */
public enum CaseStatus {
  /** Waiting for a moderator's decision. */
  OPEN,
  /** Decided; the author may appeal until the decision's deadline. */
  DECIDED,
  /** The author appealed; waiting for a second moderator. */
  APPEALED,
  /** The appeal was decided; final. */
  CLOSED;

  /** @return whether cases in this status are in the queue */
  public boolean inQueue() {
    return this == OPEN || this == APPEALED;
  }
}
