package org.consulta.core.expectation;

/**
 * Where a commitment stands at one instant of the engine's clock.
 *
 * <p>{@link #MET} and {@link #BREACHED} are verdicts; the others can still change. A breached
 * deadline commitment stays breached (a late answer cannot be undone); a met commitment can go back
 * to {@link #ON_TRACK} only if the consultation is reopened for input.
 */
public enum CommitmentStatus {
  /** Nothing to measure yet: the consultation is a draft, or no item has arrived. */
  PENDING,
  /** Being kept, with no sign of trouble. */
  ON_TRACK,
  /** Still kept, but an item has used most of its time, or the trend falls short: act now. */
  AT_RISK,
  /** Broken: an item was answered late or is overdue, a date passed, a target was missed. */
  BREACHED,
  /** Kept: everything it covers was delivered in time. */
  MET;

  /** @return whether this is a verdict ({@link #MET} or {@link #BREACHED}) */
  public boolean isFinal() {
    return this == MET || this == BREACHED;
  }
}
