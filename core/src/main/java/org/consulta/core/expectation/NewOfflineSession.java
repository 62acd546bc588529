package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;
import org.consulta.core.value.LocalizedText;

/**
 * Command: schedule an offline session of a consultation.
 *
 * @param consultation the consultation
 * @param channel in person or phone (an offline channel the consultation offers)
 * @param startsAt when it starts
 * @param place where, 1..500 characters per language
 * @param idempotencyKey optional key for safe repetition
 */
public record NewOfflineSession(ConsultationId consultation, Channel channel, Instant startsAt, LocalizedText place,
    Optional<IdempotencyKey> idempotencyKey) implements Command {
  public NewOfflineSession {
    requireNonNull(consultation, "consultation");
    requireNonNull(channel, "channel");
    requireNonNull(startsAt, "startsAt");
    requireNonNull(place, "place");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /**
   * @param consultation the consultation
   * @param channel the channel
   * @param startsAt the start
   * @param place the place
   * @return the command without key
   */
  public static NewOfflineSession of(ConsultationId consultation, Channel channel, Instant startsAt, LocalizedText place) {
    return new NewOfflineSession(consultation, channel, startsAt, place, Optional.empty());
  }
}
