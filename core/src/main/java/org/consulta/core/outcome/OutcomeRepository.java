package org.consulta.core.outcome;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.value.SortKey;

/**
 * Storage port for outcome tracking in one tenant: themes and their members, responses, decisions,
 * results and queued notices. Obtained from the unit of work, which binds it to one tenant and one
 * transaction. Aggregates ({@link #themeStats}, {@link #responseTimes}) and notice expansion
 * ({@link #queueNotices}) run in the store, so a consultation of millions of contributions never
 * comes into the heap at once.
 *
 * <p>Counted contributions: "published" means {@code ContributionState.PUBLISHED}; "public" means
 * {@code Visibility.PUBLIC}; "top-level" means without a parent.
 */
public interface OutcomeRepository {
  // ---- themes

  /**
   * @param id a theme id
   * @return the theme
   */
  Optional<Theme> theme(ThemeId id);

  /**
   * @param theme a new theme, version 1
   */
  void insertTheme(Theme theme);

  /**
   * @param theme the next version of a stored theme
   * @throws org.consulta.core.error.VersionConflictException if the stored version is not the previous one
   */
  void updateTheme(Theme theme);

  /**
   * @param consultation a consultation
   * @param after keyset position ({@link Theme#sortKey()}) to continue after
   * @param limit at most this many
   * @return its themes in creation order
   */
  List<Theme> themes(ConsultationId consultation, Optional<SortKey> after, int limit);

  /**
   * @param membership a contribution to put into a theme
   * @return false (and nothing changed) if it is in the theme already
   */
  boolean addMember(ThemeMembership membership);

  /**
   * Puts every contribution of a moderation campaign into a theme (those already in it stay as
   * they are).
   *
   * @param theme the theme
   * @param consultation the consultation of theme and campaign
   * @param campaign the campaign
   * @param addedBy who
   * @param at when
   * @return how many were added
   */
  long addCampaignMembers(ThemeId theme, ConsultationId consultation, CampaignId campaign, String addedBy, Instant at);

  /**
   * @param theme a theme
   * @param contribution a contribution
   * @return false if it was not in the theme
   */
  boolean removeMember(ThemeId theme, ContributionId contribution);

  /**
   * @param theme a theme
   * @param after keyset position ({@link Contribution#sortKey()}) to continue after
   * @param limit at most this many
   * @return its members, in the contributions' order (submission time, then id), any state
   */
  List<Contribution> members(ThemeId theme, Optional<SortKey> after, int limit);

  /**
   * @param contribution a contribution
   * @return the themes it is in, oldest membership first
   */
  List<ThemeMembership> membershipsOf(ContributionId contribution);

  /**
   * @param consultation a consultation
   * @return one entry per theme of the consultation, in theme creation order: its published, not
   *     confidential members counted by channel and by the authors' declared demographic values
   *     (see {@link ThemeStats})
   */
  List<ThemeStats> themeStats(ConsultationId consultation);

  /**
   * @param theme a theme
   * @param limit at most this many
   * @return its published public members, top-level and replies alike, in the contributions'
   *     order (oldest first)
   */
  List<Contribution> publicMembers(ThemeId theme, int limit);

  /**
   * @param campaign a moderation campaign
   * @param limit at most this many
   * @return its contributions, oldest first, any state
   */
  List<Contribution> campaignMembers(CampaignId campaign, int limit);

  // ---- responses

  /**
   * @param id a response id
   * @return the response
   */
  Optional<Response> response(ResponseId id);

  /**
   * @param contribution a contribution
   * @return the response to the contribution itself (not those of its themes)
   */
  Optional<Response> responseToContribution(ContributionId contribution);

  /**
   * @param theme a theme
   * @return the response to the theme
   */
  Optional<Response> responseToTheme(ThemeId theme);

  /**
   * @param response a new response, version 1
   * @throws org.consulta.core.error.ConflictException if its target has a response already
   */
  void insertResponse(Response response);

  /**
   * @param response the next version of a stored response
   * @throws org.consulta.core.error.VersionConflictException if the stored version is not the previous one
   */
  void updateResponse(Response response);

  /**
   * @param consultation a consultation
   * @param after keyset position ({@link Response#sortKey()}) to continue after
   * @param limit at most this many
   * @return its responses, by first response time
   */
  List<Response> responses(ConsultationId consultation, Optional<SortKey> after, int limit);

  /**
   * @param consultation a consultation
   * @return how much of its top-level published input is answered and how fast (see {@link ResponseTimes})
   */
  ResponseTimes responseTimes(ConsultationId consultation);

  /**
   * @param consultations consultations of this tenant (at most 1,000)
   * @return {@link #responseTimes(ConsultationId)} over their input pooled: the quantiles are of
   *     all their answered contributions together, not a mean of each one's
   */
  ResponseTimes responseTimes(java.util.Collection<ConsultationId> consultations);

  // ---- decisions

  /**
   * @param id a decision id
   * @return the decision
   */
  Optional<Decision> decision(DecisionId id);

  /**
   * @param decision a new decision, version 1
   */
  void insertDecision(Decision decision);

  /**
   * @param decision the next version of a stored decision
   * @throws org.consulta.core.error.VersionConflictException if the stored version is not the previous one
   */
  void updateDecision(Decision decision);

  /**
   * @param consultation a consultation
   * @param after keyset position ({@link Decision#sortKey()}) to continue after
   * @param limit at most this many
   * @return its decisions in recording order
   */
  List<Decision> decisions(ConsultationId consultation, Optional<SortKey> after, int limit);

  /**
   * @param contributions contributions
   * @param themes themes
   * @return every decision linked to any of the contributions or themes, in recording order, each once
   */
  List<Decision> decisionsLinkedTo(Collection<ContributionId> contributions, Collection<ThemeId> themes);

  // ---- results

  /**
   * @param id a result id
   * @return the result
   */
  Optional<Result> result(ResultId id);

  /**
   * @param result a new result, version 1
   */
  void insertResult(Result result);

  /**
   * @param result the next version of a stored result
   * @throws org.consulta.core.error.VersionConflictException if the stored version is not the previous one
   */
  void updateResult(Result result);

  /**
   * @param consultation a consultation
   * @return all its results, in creation order
   */
  List<Result> results(ConsultationId consultation);

  /**
   * @param decisions decisions
   * @return every result carrying out any of them, in creation order, each once
   */
  List<Result> resultsCarryingOut(Collection<DecisionId> decisions);

  // ---- notices

  /**
   * Queues one notice per author reached (see {@link NoticeRequest}); a notice equal to one already
   * waiting (same recipient, contribution, kind, subject and instant) is not queued twice.
   *
   * @param request what happened and whom it reaches
   * @return how many notices were queued
   */
  long queueNotices(NoticeRequest request);

  /**
   * Reads every waiting notice of the first {@code recipients} participants that have any (in
   * participant id order) and locks them until the transaction ends; notices another transaction
   * has locked are skipped.
   *
   * @param recipients at most this many participants
   * @return their notices, by recipient, then queue time
   */
  List<PendingNotice> lockPendingNotices(int recipients);

  /**
   * @param notices notices read by {@link #lockPendingNotices} in this transaction
   * @param at when they were sent (or dropped)
   */
  void markNoticesDone(Collection<PendingNotice> notices, Instant at);
}
