package org.consulta.core.expectation;

/** What a {@link CommitmentTerms.Reach} commitment counts. */
public enum ReachMetric {
  /** Distinct participants who contributed (anonymous offline input counts no participant). */
  PARTICIPANTS,
  /** Contributions received, every kind and state. */
  CONTRIBUTIONS
}
