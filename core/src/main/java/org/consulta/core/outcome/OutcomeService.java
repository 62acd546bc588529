package org.consulta.core.outcome;

import java.util.List;
import org.consulta.core.access.Actor;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.value.Page;
import org.consulta.core.value.PageRequest;

/**
 * "You said, we did": themes, official responses, decisions, implementation results, notices to
 * authors and the public report. Obtain from {@code Consulta#outcomes()}.
 *
 * <p>Staff (responders, managers, admins, the system) write; everyone who may read the
 * consultation reads themes, responses, decisions, results and the report; only staff list a
 * theme's members (a participant sees members they may read). Thread-safe; every method runs as
 * one transaction in the actor's tenant; ids of another tenant are "not found". Every change is an
 * event and queues notices for the authors it reaches, sent in batches by {@link #sendNotices}.
 */
public interface OutcomeService {
  /**
   * What readers who are not staff see in place of a staff member's subject (who responded,
   * recorded a decision, created a theme or updated a result): the institution speaks, not a
   * person. Staff readers see the subjects.
   */
  String STAFF = org.consulta.core.access.Actor.PUBLIC_STAFF;

  // ---- themes

  /**
   * @param actor a responder, manager, admin or the system
   * @param command the theme
   * @return the theme; made from a campaign, it holds the campaign's contributions
   * @throws org.consulta.core.error.InvalidInputException naming every bad field
   */
  Theme createTheme(Actor actor, NewTheme command);

  /**
   * @param actor a responder, manager, admin or the system
   * @param command the change
   * @return the changed theme
   */
  Theme updateTheme(Actor actor, ThemeUpdate command);

  /**
   * @param actor anyone who may read the consultation
   * @param id a theme
   * @return the theme
   */
  Theme theme(Actor actor, ThemeId id);

  /**
   * @param actor anyone who may read the consultation
   * @param consultation a consultation
   * @param page keyset page
   * @return its themes in creation order
   */
  Page<Theme> themes(Actor actor, ConsultationId consultation, PageRequest page);

  /**
   * Puts contributions into a theme. Those already in it are left alone; if the theme has a
   * response, it now answers the new members, whose authors are notified.
   *
   * @param actor a responder, manager, admin or the system
   * @param command the theme and contributions
   * @return how many were added
   * @throws org.consulta.core.error.InvalidInputException naming every contribution that does not
   *     exist or belongs to another consultation ({@code contributions[i]})
   */
  int addToTheme(Actor actor, ThemeMembers command);

  /**
   * @param actor a responder, manager, admin or the system
   * @param command the theme and contributions
   * @return how many were removed
   */
  int removeFromTheme(Actor actor, ThemeMembers command);

  /**
   * @param actor anyone who may read the consultation (each member is shown only if the actor may
   *     read it, in the form they may read it)
   * @param theme a theme
   * @param page keyset page
   * @return its members in submission order
   */
  Page<Contribution> members(Actor actor, ThemeId theme, PageRequest page);

  /**
   * @param actor anyone who may read the consultation
   * @param consultation a consultation
   * @return each theme's counts by channel and declared demographic group
   */
  List<ThemeStats> themeStats(Actor actor, ConsultationId consultation);

  /**
   * Runs the registered {@link ThemeSuggester}s (by default {@link CampaignThemeSuggester#standard()}).
   *
   * @param actor a responder, manager, moderator, auditor, admin or the system
   * @param consultation a consultation
   * @return their suggestions, suggester by suggester
   */
  List<ThemeSuggestion> suggestThemes(Actor actor, ConsultationId consultation);

  // ---- responses

  /**
   * Gives the official response to a contribution or a theme; the authors reached are notified.
   *
   * @param actor a responder, manager, admin or the system
   * @param command the response
   * @return the response
   * @throws org.consulta.core.error.InvalidInputException naming every bad field (no or two
   *     targets, rationale missing though not accepted, texts too long)
   * @throws org.consulta.core.error.ConflictException if the target has a response already (revise it)
   */
  Response respond(Actor actor, NewResponse command);

  /**
   * Revises a response, keeping the earlier version in its history; the authors reached are notified.
   *
   * @param actor a responder, manager, admin or the system
   * @param command the revision
   * @return the revised response
   */
  Response revise(Actor actor, ResponseChange command);

  /**
   * @param actor anyone who may read the consultation (a response to a contribution the actor may
   *     not read is "not found")
   * @param id a response
   * @return the response
   */
  Response response(Actor actor, ResponseId id);

  /**
   * @param actor anyone who may read the contribution
   * @param contribution a contribution
   * @return the responses that answer it: its own, then those of its themes
   */
  List<Response> responsesTo(Actor actor, ContributionId contribution);

  /**
   * @param actor anyone who may read the consultation (responses to contributions the actor may not
   *     read are left out)
   * @param consultation a consultation
   * @param page keyset page
   * @return its responses by first response time
   */
  Page<Response> responses(Actor actor, ConsultationId consultation, PageRequest page);

  // ---- decisions

  /**
   * Records a decision; the authors of the input it links are notified.
   *
   * @param actor a manager, admin or the system
   * @param command the decision
   * @return the decision
   * @throws org.consulta.core.error.InvalidInputException naming every bad field, including linked
   *     themes or contributions that do not exist or belong to another consultation
   */
  Decision recordDecision(Actor actor, NewDecision command);

  /**
   * @param actor a manager, admin or the system
   * @param command the change
   * @return the changed decision
   */
  Decision updateDecision(Actor actor, DecisionChange command);

  /**
   * @param actor anyone who may read the consultation
   * @param id a decision
   * @return the decision
   */
  Decision decision(Actor actor, DecisionId id);

  /**
   * @param actor anyone who may read the consultation
   * @param consultation a consultation
   * @param page keyset page
   * @return its decisions in recording order
   */
  Page<Decision> decisions(Actor actor, ConsultationId consultation, PageRequest page);

  /**
   * Traceability from input to decisions.
   *
   * @param actor anyone who may read the contribution
   * @param contribution a contribution
   * @return the decisions it informed, directly or through its themes
   */
  List<Decision> decisionsInformedBy(Actor actor, ContributionId contribution);

  /**
   * Traceability from a decision to its input.
   *
   * @param actor anyone who may read the consultation (contributions the actor may not read are
   *     left out; themes are public)
   * @param decision a decision
   * @param page keyset page over the directly linked contributions (themes come whole)
   * @return the themes and the contributions that informed it
   */
  DecisionInput inputOf(Actor actor, DecisionId decision, PageRequest page);

  // ---- results

  /**
   * @param actor a manager, admin or the system
   * @param command the result
   * @return the result
   * @throws org.consulta.core.error.InvalidInputException naming every bad field (parent in
   *     another consultation or nesting too deep, unknown decisions, progress out of range)
   */
  Result createResult(Actor actor, NewResult command);

  /**
   * Changes a result; a change of status or progress, or a note, is added to its public timeline
   * and the authors whose input informed its decisions are notified.
   *
   * @param actor a manager, admin or the system
   * @param command the change
   * @return the changed result
   */
  Result updateResult(Actor actor, ResultChange command);

  /**
   * @param actor anyone who may read the consultation
   * @param id a result
   * @return the result with its sub-results and rolled-up progress
   */
  ResultNode result(Actor actor, ResultId id);

  /**
   * @param actor anyone who may read the consultation
   * @param consultation a consultation
   * @return its top-level results with their sub-results, in creation order
   */
  List<ResultNode> results(Actor actor, ConsultationId consultation);

  // ---- closing the loop

  /**
   * The participant's own trail: each of their contributions with its moderation state, the
   * responses, the decisions it informed and the results that followed.
   *
   * @param actor a participant
   * @param page keyset page over their contributions, oldest first
   * @return one entry per contribution
   */
  Page<TrailEntry> trail(Actor actor, PageRequest page);

  /**
   * Sends what is waiting: one {@link org.consulta.core.notification.OutcomeDigest} per
   * participant, to the notifier after commit, and one {@code outcome.digest_sent} event each (for
   * webhooks). Participants who have not consented to outcome contact get nothing and their
   * notices are dropped. Call it from the embedder's scheduler (e.g. hourly); concurrent calls
   * take different participants.
   *
   * @param actor an admin or the system
   * @param maxRecipients at most this many participants in this call, 1..10,000
   * @return what was sent
   */
  NoticeRun sendNotices(Actor actor, int maxRecipients);

  // ---- reports

  /**
   * Builds the "you said, we did" report from store aggregates, without loading every contribution.
   *
   * @param actor anyone who may read the consultation (the report is public whoever asks)
   * @param consultation a consultation
   * @return the report
   */
  OutcomeReport report(Actor actor, ConsultationId consultation);
}
