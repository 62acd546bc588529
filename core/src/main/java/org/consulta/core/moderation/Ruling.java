package org.consulta.core.moderation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.consulta.core.contribution.TextSpan;

/**
 * A ruling: one decision on a case, by a moderator or (when {@code automated}) by a screener.
 *
 * @param action what was decided
 * @param reason the house-rule reason code cited (required for every action but approve)
 * @param note an optional note for staff; never shown to the public or put into events
 * @param spans for redact: the spans masked
 * @param decidedBy the deciding actor's subject, or {@code screener:<name>} when automated
 * @param automated whether a screener decided
 * @param at when
 * @param appealableUntil until when the author may appeal; empty if the rule is not appealable or
 *     the action is not final
 */
public record Ruling(
    DecisionAction action,
    Optional<String> reason,
    Optional<String> note,
    List<TextSpan> spans,
    String decidedBy,
    boolean automated,
    Instant at,
    Optional<Instant> appealableUntil) {
  public Ruling {
    requireNonNull(action, "action");
    requireNonNull(reason, "reason");
    requireNonNull(note, "note");
    spans = List.copyOf(requireNonNull(spans, "spans"));
    requireNonNull(decidedBy, "decidedBy");
    requireNonNull(at, "at");
    requireNonNull(appealableUntil, "appealableUntil");
  }
}
