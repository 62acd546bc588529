package org.consulta.core.outcome;

/** The institution's position in an official response. */
public enum ResponseStatus {
  ACCEPTED,
  PARTLY_ACCEPTED,
  UNDER_CONSIDERATION,
  ALREADY_PLANNED,
  NOT_ACCEPTED,
  OUT_OF_SCOPE;

  /** @return whether a response with this status must give a rationale (every status but accepted) */
  public boolean requiresRationale() {
    return this != ACCEPTED;
  }
}
