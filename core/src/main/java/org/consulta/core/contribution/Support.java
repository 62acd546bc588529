package org.consulta.core.contribution;

/** A participant's support reaction to a contribution. */
public enum Support {
  SUPPORT,
  OPPOSE
}
