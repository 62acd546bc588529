package org.consulta.core.outcome;

import java.util.List;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.moderation.Campaign;
import org.consulta.core.value.Page;
import org.consulta.core.value.PageRequest;

/**
 * What a {@link ThemeSuggester} may read of one consultation, inside the suggesting transaction.
 * Not thread-safe; valid only during {@link ThemeSuggester#suggest}.
 */
public interface SuggestionSource {
  /** @return the consultation */
  Consultation consultation();

  /**
   * @param minimumSize only campaigns with at least this many members
   * @param limit at most this many, 1..1,000
   * @return the consultation's moderation campaigns, in order of first arrival
   */
  List<Campaign> campaigns(long minimumSize, int limit);

  /**
   * @param campaign a campaign of the consultation
   * @param limit at most this many, 1..1,000
   * @return its members, oldest first (staff view)
   */
  List<Contribution> campaignMembers(Campaign campaign, int limit);

  /**
   * @param page keyset page (at most 1,000)
   * @return published contributions of the consultation, oldest first (staff view)
   */
  Page<Contribution> published(PageRequest page);
}
