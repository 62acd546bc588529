package org.consulta.core.moderation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.value.SortKey;

/**
 * A cluster of identical or lightly edited texts in one consultation: an organised campaign. Its
 * responses are kept and counted like any other, and marked with the campaign's id.
 *
 * @param id the id (its first contribution's id)
 * @param consultation the consultation
 * @param size how many contributions belong to it, the first included
 * @param firstAt when its first contribution arrived
 * @param lastAt when its latest member arrived
 */
public record Campaign(CampaignId id, ConsultationId consultation, long size, Instant firstAt, Instant lastAt) {
  public Campaign {
    requireNonNull(id, "id");
    requireNonNull(consultation, "consultation");
    requireNonNull(firstAt, "firstAt");
    requireNonNull(lastAt, "lastAt");
    if (size < 1) {
      throw new IllegalArgumentException("a campaign has at least one member");
    }
  }

  /** @return the keyset position in listings: first arrival, then id */
  public SortKey sortKey() {
    return new SortKey(firstAt, id.value());
  }
}
