package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.consulta.core.value.LocalizedText;

/**
 * An earlier version of a response, kept when it is revised.
 *
 * @param version the response's version it was
 * @param status the status then
 * @param rationale the rationale then
 * @param respondedBy who gave it
 * @param respondedAt when
 */
public record ResponseRevision(long version, ResponseStatus status, Optional<LocalizedText> rationale, String respondedBy, Instant respondedAt) {
  public ResponseRevision {
    requireNonNull(status, "status");
    requireNonNull(rationale, "rationale");
    requireNonNull(respondedBy, "respondedBy");
    requireNonNull(respondedAt, "respondedAt");
  }

  /** @return the revision with the responder named {@value OutcomeService#STAFF} */
  public ResponseRevision publicView() {
    return new ResponseRevision(version, status, rationale, OutcomeService.STAFF, respondedAt);
  }
}
