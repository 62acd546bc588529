package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;

/**
 * Command: a participant says what they expect of a consultation (while it has not closed). A
 * participant states their own ({@code onBehalfOf} and {@code channel} empty: online); staff record
 * what someone said on paper, in person or by phone with both set. Stating a kind again changes
 * nothing; kinds add up.
 *
 * @param consultation the consultation
 * @param kinds what they expect, at least one
 * @param onBehalfOf the participant staff record it for
 * @param channel the offline channel staff record it from
 * @param idempotencyKey optional key for safe repetition
 */
public record NewExpectations(ConsultationId consultation, Set<ExpectationKind> kinds, Optional<ParticipantId> onBehalfOf, Optional<Channel> channel,
    Optional<IdempotencyKey> idempotencyKey) implements Command {
  public NewExpectations {
    requireNonNull(consultation, "consultation");
    kinds = Set.copyOf(requireNonNull(kinds, "kinds").isEmpty() ? Set.of() : EnumSet.copyOf(kinds));
    requireNonNull(onBehalfOf, "onBehalfOf");
    requireNonNull(channel, "channel");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /**
   * @param consultation the consultation
   * @param kinds what the acting participant expects
   * @return the command, online, for the actor themself
   */
  public static NewExpectations of(ConsultationId consultation, ExpectationKind... kinds) {
    return new NewExpectations(consultation, Set.of(kinds), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
