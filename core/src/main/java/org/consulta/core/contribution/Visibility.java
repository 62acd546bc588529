package org.consulta.core.contribution;

/** Who may read a contribution. */
public enum Visibility {
  /** Everyone, once published. */
  PUBLIC,
  /** Its author and the institution's staff. */
  PRIVATE,
  /** Its author and staff holding one of the contribution's {@code confidentialTo} roles. */
  CONFIDENTIAL
}
