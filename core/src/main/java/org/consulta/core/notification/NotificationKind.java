package org.consulta.core.notification;

/** What a notification tells its recipient. */
public enum NotificationKind {
  /** A moderator (or a screener) decided on their contribution. */
  MODERATION_DECISION,
  /** Their appeal was decided. */
  APPEAL_DECISION
}
