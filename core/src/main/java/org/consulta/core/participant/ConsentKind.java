package org.consulta.core.participant;

/** What a participant may consent to. */
public enum ConsentKind {
  /** Processing of their contributions and declared data for this consultation process. */
  PROCESSING,
  /** Being contacted about the outcome of what they contributed. */
  OUTCOME_CONTACT
}
