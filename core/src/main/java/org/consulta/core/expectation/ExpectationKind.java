package org.consulta.core.expectation;

/** What a participant may expect of taking part, and later say whether it happened. */
public enum ExpectationKind {
  /** That their input is read: it was put in a theme, answered or linked to a decision. */
  READ,
  /** That they get an answer: one of their contributions received a response (its own or its theme's). */
  ANSWER,
  /** That it changes the decision: a decision it informed (directly or through a theme) changed, or partly changed, because of the input. */
  INFLUENCE,
  /** That they hear about the outcome: an outcome digest about the consultation was sent to them. */
  OUTCOME
}
