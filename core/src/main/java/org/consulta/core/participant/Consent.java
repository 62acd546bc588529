package org.consulta.core.participant;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A participant's answer to one consent question and when they gave it.
 *
 * @param kind what was consented to
 * @param granted whether consent was given (false: refused or withdrawn)
 * @param at when the answer was given, by the engine's clock
 */
public record Consent(ConsentKind kind, boolean granted, Instant at) {
  public Consent {
    requireNonNull(kind, "kind");
    requireNonNull(at, "at");
  }
}
