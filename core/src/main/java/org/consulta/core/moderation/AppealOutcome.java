package org.consulta.core.moderation;

/** How an appeal ended. */
public enum AppealOutcome {
  /** The decision stands. */
  UPHELD,
  /** The decision is reversed: the contribution is published again, without the decision's masks. */
  OVERTURNED
}
