package org.consulta.jdbc.migration.postgresql;

import org.consulta.jdbc.migration.OutcomeBackfill;

/** Fills V4's new columns and {@code participant_group} for rows written before V4 (PostgreSQL). */
public class V4_1__Outcome_backfill extends OutcomeBackfill {
  /** For Flyway. */
  public V4_1__Outcome_backfill() {
    super(true);
  }

  /** NUL as U+0001 '0' and U+0001 as U+0001 '1', as {@code Dialect.POSTGRESQL.encodeText} writes them. */
  @Override
  protected String encode(String value) {
    return value.replace("\u0001", "\u00011").replace("\u0000", "\u00010");
  }
}
