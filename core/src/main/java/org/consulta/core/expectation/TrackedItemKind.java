package org.consulta.core.expectation;

/** What a deadline commitment's tracked item is. */
public enum TrackedItemKind {
  /** A contribution awaiting its first answer (its id is the contribution id). */
  CONTRIBUTION,
  /** A moderation case awaiting its ruling (its id is the case id). */
  MODERATION_CASE
}
