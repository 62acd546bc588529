package org.consulta.core.consultation;

/** The kinds of input a consultation may accept. */
public enum ContributionKind {
  /** A free idea. */
  IDEA,
  /** A comment on another contribution; replies form threads. */
  COMMENT,
  /** A proposal that others may support or oppose. */
  PROPOSAL,
  /** An argument for or against a proposal or idea. */
  ARGUMENT,
  /** A report of a problem at a location, with a category. */
  REPORT,
  /** A request (e.g. for public records) answered under a deadline. */
  REQUEST,
  /** Answers to the consultation's survey form. */
  SURVEY_RESPONSE;

  /** @return whether this kind must reply to another contribution */
  public boolean needsParent() {
    return this == COMMENT || this == ARGUMENT;
  }
}
