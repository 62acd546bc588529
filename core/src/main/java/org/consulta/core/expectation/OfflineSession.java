package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.value.LocalizedText;

/**
 * A session for people who are not online: a meeting in person or a phone line, on a date. It
 * counts as held for {@link CommitmentTerms.HoldOfflineSessions} once it has started and was not
 * cancelled.
 *
 * @param id the id
 * @param tenant the owning tenant
 * @param consultation the consultation
 * @param version optimistic-concurrency version
 * @param channel in person or phone
 * @param startsAt when it starts
 * @param place where (or the phone line), per language
 * @param cancelledAt when it was cancelled, if it was
 * @param createdAt when it was scheduled
 */
public record OfflineSession(OfflineSessionId id, TenantId tenant, ConsultationId consultation, long version, Channel channel, Instant startsAt,
    LocalizedText place, Optional<Instant> cancelledAt, Instant createdAt) {
  public OfflineSession {
    requireNonNull(id, "id");
    requireNonNull(tenant, "tenant");
    requireNonNull(consultation, "consultation");
    requireNonNull(channel, "channel");
    requireNonNull(startsAt, "startsAt");
    requireNonNull(place, "place");
    requireNonNull(cancelledAt, "cancelledAt");
    requireNonNull(createdAt, "createdAt");
  }

  /**
   * @param now an instant
   * @return whether it has been held by then
   */
  public boolean heldBy(Instant now) {
    return cancelledAt.isEmpty() && !startsAt.isAfter(now);
  }
}
