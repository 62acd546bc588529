package org.consulta.core.contribution;

/** Where a contribution stands. Only {@link #PUBLISHED} public items are shown to the public. */
public enum ContributionState {
  /** Visible to its audience. */
  PUBLISHED,
  /** Held until a moderator approves it (pre-moderation). */
  PENDING_MODERATION,
  /** Hidden pending review (e.g. flagged). */
  HIDDEN,
  /** Rejected by moderation. */
  REJECTED,
  /** Withdrawn by its author. */
  WITHDRAWN
}
