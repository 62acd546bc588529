package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.participant.ParticipantId;

/**
 * One thing a participant said they expect of a consultation, and their rating of it once given.
 *
 * @param participant the participant
 * @param consultation the consultation
 * @param kind what they expect
 * @param channel the channel they said it on (online, or an offline channel when staff recorded it)
 * @param statedAt when they said it
 * @param fulfilment their verdict, once rated
 * @param score their score 1..5, once rated
 * @param ratedAt when they rated it (the latest rating counts)
 */
public record StatedExpectation(ParticipantId participant, ConsultationId consultation, ExpectationKind kind, Channel channel, Instant statedAt,
    Optional<Fulfilment> fulfilment, OptionalInt score, Optional<Instant> ratedAt) {
  public StatedExpectation {
    requireNonNull(participant, "participant");
    requireNonNull(consultation, "consultation");
    requireNonNull(kind, "kind");
    requireNonNull(channel, "channel");
    requireNonNull(statedAt, "statedAt");
    requireNonNull(fulfilment, "fulfilment");
    requireNonNull(score, "score");
    requireNonNull(ratedAt, "ratedAt");
  }

  /**
   * @param verdict the verdict
   * @param score the score
   * @param at when
   * @return this expectation with that rating
   */
  public StatedExpectation rated(Fulfilment verdict, int score, Instant at) {
    return new StatedExpectation(participant, consultation, kind, channel, statedAt, Optional.of(verdict), OptionalInt.of(score), Optional.of(at));
  }
}
