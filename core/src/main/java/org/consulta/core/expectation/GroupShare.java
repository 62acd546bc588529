package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

/**
 * One declared value of a dimension: its share among participants against its reference share.
 *
 * @param value the declared value
 * @param count participants who declared it
 * @param observed their share of the participants who declared any value
 * @param reference its share in the reference population (0 for a value the reference does not name)
 * @param balance whether the difference is within the tolerance
 */
public record GroupShare(String value, long count, double observed, double reference, Balance balance) {
  public GroupShare {
    requireNonNull(value, "value");
    requireNonNull(balance, "balance");
  }

  /** @return observed minus reference share */
  public double difference() {
    return observed - reference;
  }

  /** Where a group stands against the tolerance. */
  public enum Balance {
    /** Its share is below the reference by more than the tolerance. */
    UNDER,
    /** Its share is above the reference by more than the tolerance. */
    OVER,
    /** Within the tolerance. */
    WITHIN
  }
}
