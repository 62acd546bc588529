package org.consulta.core.outcome;

/** What an outcome notice tells a contribution's author. */
public enum NoticeKind {
  /** Their contribution (or a theme it is in) got an official response. */
  RESPONDED,
  /** That response was revised. */
  RESPONSE_REVISED,
  /** A decision their contribution informed was recorded. */
  DECISION_RECORDED,
  /** Such a decision was changed. */
  DECISION_CHANGED,
  /** A result implementing such a decision changed (status, progress, a public update). */
  RESULT_CHANGED
}
