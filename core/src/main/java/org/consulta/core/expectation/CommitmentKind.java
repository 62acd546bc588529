package org.consulta.core.expectation;

import java.util.Locale;

/** The kind of a {@link CommitmentTerms}, for events, storage and labels. */
public enum CommitmentKind {
  RESPOND_WITHIN,
  MODERATE_WITHIN,
  DECIDE_BY,
  PUBLISH_REPORT_BY,
  REACH,
  REPRESENT,
  HOLD_OFFLINE_SESSIONS,
  INFLUENCE_STATEMENT,
  CUSTOM;

  /** @return the stable lower-case name, e.g. {@code respond_within} */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
