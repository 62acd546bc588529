package org.consulta.core.outcome;

/** What the input did to a decision, stated by the institution with the influence statement. */
public enum InfluenceEffect {
  /** The decision changed because of the input. */
  CHANGED,
  /** Some of the input changed the decision. */
  PARTLY_CHANGED,
  /** The input confirmed what was proposed. */
  CONFIRMED,
  /** The decision did not change; the statement says why. */
  NOT_CHANGED
}
