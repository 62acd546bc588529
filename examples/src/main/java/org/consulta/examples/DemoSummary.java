package org.consulta.examples;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseChange;
import org.consulta.core.contribution.ContributionState;

/**
 * What the demo reports at the end of a run, printed as text or JSON. Every map iterates in a fixed
 * order (enum or schema order, or sorted), so the same seed gives byte-identical output. Wall time
 * is deliberately absent for the same reason. Immutable.
 *
 * @param seed the seed of the run
 * @param tenant the tenant the run used
 * @param consultation the consultation and its phase history
 * @param participants who registered
 * @param contributions what came in
 * @param reactions how people reacted
 * @param topProposals the most supported proposals, best first
 * @param moderation the transparency report of the run
 * @param events the event log
 */
record DemoSummary(
    long seed,
    String tenant,
    ConsultationInfo consultation,
    ParticipantStats participants,
    ContributionStats contributions,
    ReactionStats reactions,
    List<TopProposal> topProposals,
    ModerationStats moderation,
    EventStats events) {

  /**
   * @param id the consultation id
   * @param title the title in English
   * @param titleLanguages the languages the title is available in
   * @param phase the phase at the end of the run
   * @param influence the influence level on offer
   * @param decidedBy who decides
   * @param channels the channels offered
   * @param createdAt when the manager created it
   * @param opensAt the scheduled opening
   * @param closesAt the scheduled closing
   * @param history every phase move, oldest first
   */
  record ConsultationInfo(
      String id,
      String title,
      List<String> titleLanguages,
      Phase phase,
      String influence,
      String decidedBy,
      List<Channel> channels,
      Instant createdAt,
      Instant opensAt,
      Instant closesAt,
      List<PhaseChange> history) {}

  /**
   * @param registered how many registered
   * @param demographics per dimension: option to count, including prefer-not-to-say and not answered
   */
  record ParticipantStats(int registered, Map<String, Map<String, Long>> demographics) {}

  /**
   * @param total every contribution
   * @param byKind per accepted kind
   * @param byChannel per offered channel
   * @param byState per state reached
   */
  record ContributionStats(
      long total, Map<ContributionKind, Long> byKind, Map<Channel, Long> byChannel, Map<ContributionState, Long> byState) {}

  /**
   * @param supports supports standing at the end
   * @param opposes opposes standing at the end
   * @param stances stances given
   * @param meanStance the mean of all stances, -1..1, three decimals
   * @param supportLimit supports each participant may give
   * @param supportLimitRefusals supports refused because the participant had used them all
   * @param qualificationThreshold supports that qualify a proposal
   * @param qualifiedProposals proposals that qualified
   */
  record ReactionStats(
      long supports,
      long opposes,
      long stances,
      double meanStance,
      int supportLimit,
      long supportLimitRefusals,
      int qualificationThreshold,
      long qualifiedProposals) {}

  /**
   * @param rank 1 for the most supported
   * @param id the contribution id
   * @param text the proposal's text
   * @param supports supports
   * @param opposes opposes
   * @param replies comments and arguments attached
   * @param qualified whether it reached the qualification threshold
   */
  record TopProposal(int rank, String id, String text, long supports, long opposes, long replies, boolean qualified) {}

  /**
   * @param total events in the tenant's log
   * @param byType events per type, sorted by type
   */
  record EventStats(long total, Map<String, Long> byType) {}

  /**
   * @param totals each moderation metric that is not zero, by name
   * @param decisions final decisions measured
   * @param medianTimeToDecision ISO 8601 duration, empty when nothing was decided
   * @param p90TimeToDecision ISO 8601 duration, empty when nothing was decided
   * @param overturnRate overturned over decided appeals
   */
  record ModerationStats(Map<String, Long> totals, long decisions, String medianTimeToDecision, String p90TimeToDecision, double overturnRate) {}
}
