package org.consulta.core.consultation;

/** How much say participants have, after the IAP2 spectrum of public participation. */
public enum InfluenceLevel {
  INFORM,
  CONSULT,
  INVOLVE,
  COLLABORATE,
  EMPOWER
}
