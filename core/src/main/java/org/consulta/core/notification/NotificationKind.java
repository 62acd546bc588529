package org.consulta.core.notification;

/** What a notification tells its recipient. */
public enum NotificationKind {
  /** A moderator (or a screener) decided on their contribution ({@link ModerationNotice}). */
  MODERATION_DECISION,
  /** Their appeal was decided ({@link ModerationNotice}). */
  APPEAL_DECISION,
  /** What became of their input: responses, decisions, results ({@link OutcomeDigest}). */
  OUTCOME_DIGEST
}
