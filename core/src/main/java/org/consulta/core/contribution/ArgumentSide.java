package org.consulta.core.contribution;

/** Which side an argument takes on the proposal or idea it is attached to. */
public enum ArgumentSide {
  PRO,
  CON
}
