package org.consulta.core.moderation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.value.SortKey;

/**
 * Storage port for moderation in one tenant: cases, flags, counters, campaigns and the campaign
 * index. Obtained from the unit of work, which binds it to one tenant and one transaction.
 */
public interface ModerationRepository {
  /**
   * @param id a case id
   * @return the case
   */
  Optional<ModerationCase> find(ModerationCaseId id);

  /**
   * Reads a case and locks it until the transaction ends, so concurrent decisions queue.
   *
   * @param id a case id
   * @return the case
   */
  Optional<ModerationCase> findForUpdate(ModerationCaseId id);

  /**
   * @param contribution a contribution
   * @return its newest case, queued or not
   */
  Optional<ModerationCase> latestFor(ContributionId contribution);

  /**
   * @param moderationCase a new case, version 1
   */
  void insert(ModerationCase moderationCase);

  /**
   * @param moderationCase the next version of a stored case
   * @throws org.consulta.core.error.VersionConflictException if the stored version is not the
   *     previous one
   */
  void update(ModerationCase moderationCase);

  /**
   * @param filter which queued cases
   * @param now the current instant, to judge leases
   * @param after keyset position ({@link ModerationCase#queueKey()}) to continue after
   * @param limit at most this many
   * @return queued cases in priority order
   */
  List<ModerationCase> queue(QueueFilter filter, Instant now, Optional<SortKey> after, int limit);

  /**
   * Finds the first unclaimed queued cases the filter matches, in priority order, and locks them
   * until the transaction ends; cases another transaction has locked are skipped (so concurrent
   * moderators get different cases instead of waiting).
   *
   * @param filter which cases
   * @param now the current instant, to judge leases
   * @param limit at most this many
   * @return the locked cases
   */
  List<ModerationCase> lockClaimable(QueueFilter filter, Instant now, int limit);

  /**
   * @param consultation a consultation
   * @param from inclusive
   * @param to exclusive
   * @return the cases of the consultation first decided in {@code [from, to)}
   */
  List<ModerationCase> decidedBetween(ConsultationId consultation, Instant from, Instant to);

  /**
   * @param flag a flag
   * @return false (and nothing stored) if the participant already flagged the contribution
   */
  boolean addFlag(Flag flag);

  /**
   * @param contribution a contribution
   * @return its flags, oldest first
   */
  List<Flag> flags(ContributionId contribution);

  /**
   * Adds to a counter of the transparency report.
   *
   * @param consultation the consultation
   * @param day the UTC day
   * @param metric the metric
   * @param reason the reason code, or the empty string
   * @param delta what to add
   */
  void count(ConsultationId consultation, LocalDate day, ModerationMetric metric, String reason, long delta);

  /**
   * @param consultation the consultation
   * @param from first day, inclusive
   * @param to last day, exclusive
   * @return the counters summed over the days, one per (metric, reason) that is not zero
   */
  List<MetricCount> counts(ConsultationId consultation, LocalDate from, LocalDate to);

  /**
   * @param id a campaign id
   * @return the campaign
   */
  Optional<Campaign> campaign(CampaignId id);

  /**
   * @param campaign a campaign to store or replace
   */
  void saveCampaign(Campaign campaign);

  /**
   * @param consultation a consultation
   * @param minimumSize only campaigns with at least this many members
   * @param after keyset position ({@link Campaign#sortKey()}) to continue after
   * @param limit at most this many
   * @return the campaigns in order of first arrival
   */
  List<Campaign> campaigns(ConsultationId consultation, long minimumSize, Optional<SortKey> after, int limit);

  /** @return the campaign index (LSH band keys of seeds) */
  CampaignIndex campaignIndex();
}
