package org.consulta.core.moderation;

/** What the transparency report counts, per consultation, UTC day and reason code. */
public enum ModerationMetric {
  /** A contribution or edit went through the screening pipeline. */
  SCREENED,
  /** A screener held an item for a human. */
  HELD,
  /** An item was rejected, by a screener or a moderator. */
  REJECTED,
  /** Spans of an item were masked, by a screener or a moderator. */
  REDACTED,
  /** A participant flagged an item. */
  FLAGGED,
  /** An item was hidden, by flags reaching the threshold or by a moderator. */
  HIDDEN,
  /** A moderator approved an item. */
  APPROVED,
  /** A moderator escalated a case. */
  ESCALATED,
  /** A moderator or screener made a final decision. */
  DECIDED,
  /** An author appealed. */
  APPEALED,
  /** An appeal was decided and the decision stood. */
  UPHELD,
  /** An appeal was decided and the decision was reversed. */
  OVERTURNED,
  /** An item joined a campaign cluster. */
  CAMPAIGN
}
