package org.consulta.jdbc.migration.h2;

import org.consulta.jdbc.migration.OutcomeBackfill;

/** Fills V4's new columns and {@code participant_group} for rows written before V4 (H2). */
public class V4_1__Outcome_backfill extends OutcomeBackfill {
  /** For Flyway. */
  public V4_1__Outcome_backfill() {
    super(false);
  }
}
