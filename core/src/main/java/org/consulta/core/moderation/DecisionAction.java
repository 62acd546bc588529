package org.consulta.core.moderation;

import org.consulta.core.contribution.ContributionState;

/** What a moderator decides about a contribution. */
public enum DecisionAction {
  /** Publish it (or keep it published). */
  APPROVE(ContributionState.PUBLISHED),
  /** Reject it: only its author and staff see it. */
  REJECT(ContributionState.REJECTED),
  /** Hide it from the public while keeping it on record. */
  HIDE(ContributionState.HIDDEN),
  /** Publish it with spans masked; staff still read the original. */
  REDACT(ContributionState.PUBLISHED),
  /** Hand it to a senior moderator (an admin); the case stays open with a higher priority. */
  ESCALATE(null);

  private final ContributionState result;

  DecisionAction(ContributionState result) {
    this.result = result;
  }

  /** @return whether this action ends the case (every action but {@link #ESCALATE}) */
  public boolean isFinal() {
    return result != null;
  }

  /**
   * @return the state a contribution takes
   * @throws IllegalStateException for {@link #ESCALATE}, which changes no state
   */
  public ContributionState result() {
    if (result == null) {
      throw new IllegalStateException("ESCALATE changes no state");
    }
    return result;
  }
}
