package org.consulta.core.consultation;

/** When a human moderator looks at a consultation's contributions. */
public enum ModerationMode {
  /** Every contribution is held until a moderator approves it. */
  PRE,
  /** Contributions are published at once, then each is reviewed. */
  POST,
  /** Contributions are published and reviewed only when flagged or held by a screener. */
  REACTIVE
}
