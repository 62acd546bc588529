package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;

/**
 * Command: a participant rates whether an expectation they stated was met; a later rating replaces
 * an earlier one. Staff record a rating given offline with {@code onBehalfOf}.
 *
 * @param consultation the consultation
 * @param kind the expectation, one the participant stated
 * @param fulfilment yes, partly or no
 * @param score 1 (poor) .. 5 (excellent)
 * @param onBehalfOf the participant staff record it for
 * @param idempotencyKey optional key for safe repetition
 */
public record ExpectationRating(ConsultationId consultation, ExpectationKind kind, Fulfilment fulfilment, int score, Optional<ParticipantId> onBehalfOf,
    Optional<IdempotencyKey> idempotencyKey) implements Command {
  public ExpectationRating {
    requireNonNull(consultation, "consultation");
    requireNonNull(kind, "kind");
    requireNonNull(fulfilment, "fulfilment");
    requireNonNull(onBehalfOf, "onBehalfOf");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /**
   * @param consultation the consultation
   * @param kind the expectation
   * @param fulfilment the verdict
   * @param score the score
   * @return the command for the actor themself
   */
  public static ExpectationRating of(ConsultationId consultation, ExpectationKind kind, Fulfilment fulfilment, int score) {
    return new ExpectationRating(consultation, kind, fulfilment, score, Optional.empty(), Optional.empty());
  }
}
