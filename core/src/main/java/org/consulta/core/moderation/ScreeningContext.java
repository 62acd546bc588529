package org.consulta.core.moderation;

import java.time.Instant;
import org.consulta.core.participant.ParticipantId;

/**
 * What a {@link Screener} may look up while it screens, in the submitting transaction and the
 * submitting tenant only. Not thread-safe; valid during one {@link Screener#screen} call.
 */
public interface ScreeningContext {
  /** @return the engine clock's current instant */
  Instant now();

  /**
   * @param author a participant
   * @param since the start of the window, inclusive
   * @param cap stop counting here: a screener that needs to know "more than N" asks for N + 1
   * @return how many contributions the participant submitted in the tenant since then, at most
   *     {@code cap}; the one being screened (and others of the same batch) not included
   */
  long contributionsBy(ParticipantId author, Instant since, int cap);

  /** @return the tenant's index of campaign seeds, for near-duplicate detection */
  CampaignIndex campaigns();
}
