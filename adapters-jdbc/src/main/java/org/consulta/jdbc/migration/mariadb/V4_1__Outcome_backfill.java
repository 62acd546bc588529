package org.consulta.jdbc.migration.mariadb;

import org.consulta.jdbc.migration.OutcomeBackfill;

/** Fills V4's new columns and {@code participant_group} for rows written before V4 (MariaDB). */
public class V4_1__Outcome_backfill extends OutcomeBackfill {
  /** For Flyway. */
  public V4_1__Outcome_backfill() {
    super(false);
  }
}
