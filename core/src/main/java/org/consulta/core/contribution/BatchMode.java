package org.consulta.core.contribution;

/**
 * What {@link ContributionService#submitAll} does when some items of a {@link ContributionBatch}
 * break a rule.
 */
public enum BatchMode {
  /**
   * Store every item or none: if any item is rejected the whole batch fails with one
   * {@link org.consulta.core.error.InvalidInputException} that names every problem of every item,
   * and nothing is written.
   */
  ALL_OR_NOTHING,

  /**
   * Store the valid items and report each rejected one, by index, in the {@link BatchResult}.
   * Problems of the whole batch (an unknown or closed consultation, an actor who may not record
   * this input) still fail it entirely.
   */
  SKIP_INVALID
}
