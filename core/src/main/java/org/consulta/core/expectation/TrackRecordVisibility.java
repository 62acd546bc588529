package org.consulta.core.expectation;

/** Who may read a tenant's {@link TrackRecord}. */
public enum TrackRecordVisibility {
  /** Anyone, as the default: an honest record sets honest expectations. */
  PUBLIC,
  /** Staff only. */
  INTERNAL
}
