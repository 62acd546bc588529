package org.consulta.core.simulation;

import static java.util.Objects.requireNonNull;

import org.consulta.core.expectation.CommitmentStatus;

/**
 * One commitment's evaluation at the end of a day, as the engine gave it.
 *
 * @param label the commitment's kind and its position among the scenario's commitments, e.g. {@code
 *     respond_within#1}
 * @param status its status
 * @param value what was measured (for example the share of items answered in time)
 * @param target what was promised
 */
public record CommitmentState(String label, CommitmentStatus status, double value, double target) {
  public CommitmentState {
    requireNonNull(label, "label");
    requireNonNull(status, "status");
  }
}
