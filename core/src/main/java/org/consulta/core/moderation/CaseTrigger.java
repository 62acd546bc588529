package org.consulta.core.moderation;

/** Why a contribution came to need a human. */
public enum CaseTrigger {
  /** The consultation pre-moderates: every item waits for approval. */
  PRE_MODERATION,
  /** The consultation post-moderates: every published item is reviewed. */
  POST_MODERATION,
  /** A screener held it, or rejected it (then the case opens decided, for the record and appeals). */
  SCREENING,
  /** Participants flagged it. */
  FLAGS,
  /** Its author edited it and the edit needs review. */
  EDIT,
  /** A moderator escalated it. */
  ESCALATION
}
