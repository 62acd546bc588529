package org.consulta.core.simulation;

/** Which waiting contributions staff answer first. */
public enum ResponseOrder {
  /** The longest-waiting first (first in, first out). */
  OLDEST_FIRST,
  /** The most recent first. */
  NEWEST_FIRST,
  /** The most supported first, then the oldest. */
  MOST_SUPPORTED
}
