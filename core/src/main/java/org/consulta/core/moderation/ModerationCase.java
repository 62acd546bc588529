package org.consulta.core.moderation;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.value.SortKey;

/**
 * A contribution's time with the moderators: why it needs a human, the screeners' verdicts, the
 * flags, who holds it, each decision and the appeal. A contribution has at most one case in the
 * queue at a time; a decided case past its appeal window stays on record.
 *
 * <p>Immutable; every change yields a new {@link #version()}. Staff only: it holds the
 * screeners' explanations, moderators' notes and the appeal statement.
 *
 * @param id the id
 * @param tenant the tenant
 * @param consultation the contribution's consultation
 * @param contribution the contribution
 * @param version optimistic-concurrency version, 1 when opened
 * @param status where it stands
 * @param triggers why it needed a human, in the order they came
 * @param reasons the reason codes cited by screeners and flags
 * @param language the contribution's language, for routing to moderators who read it
 * @param flags flags on the contribution while the case was open
 * @param score the highest screener score
 * @param verdicts every screener verdict on the contribution's latest text
 * @param escalated whether a moderator escalated it (then only an admin decides)
 * @param openedAt when it entered the queue (again, after an appeal)
 * @param deadline when a decision is due: {@code openedAt} + the policy's decision deadline
 * @param priority the queue order: the deadline brought forward by flags, score and escalation
 * @param claim the live or lapsed lease of the moderator who claimed it last
 * @param decisions every decision, oldest first
 * @param appeal the author's appeal, if any
 * @param decidedAt when the first final decision was made
 * @param updatedAt when this version was made
 */
public record ModerationCase(
    ModerationCaseId id,
    TenantId tenant,
    ConsultationId consultation,
    ContributionId contribution,
    long version,
    CaseStatus status,
    Set<CaseTrigger> triggers,
    Set<String> reasons,
    String language,
    long flags,
    double score,
    List<Verdict> verdicts,
    boolean escalated,
    Instant openedAt,
    Instant deadline,
    Instant priority,
    Optional<Claim> claim,
    List<Ruling> decisions,
    Optional<Appeal> appeal,
    Optional<Instant> decidedAt,
    Instant updatedAt) {
  public ModerationCase {
    requireNonNull(id, "id");
    requireNonNull(tenant, "tenant");
    requireNonNull(consultation, "consultation");
    requireNonNull(contribution, "contribution");
    requireNonNull(status, "status");
    triggers = triggers.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(triggers));
    reasons = Set.copyOf(requireNonNull(reasons, "reasons"));
    requireNonNull(language, "language");
    verdicts = List.copyOf(requireNonNull(verdicts, "verdicts"));
    requireNonNull(openedAt, "openedAt");
    requireNonNull(deadline, "deadline");
    requireNonNull(priority, "priority");
    requireNonNull(claim, "claim");
    decisions = List.copyOf(requireNonNull(decisions, "decisions"));
    requireNonNull(appeal, "appeal");
    requireNonNull(decidedAt, "decidedAt");
    requireNonNull(updatedAt, "updatedAt");
    if (version < 1 || flags < 0) {
      throw new IllegalArgumentException("version starts at 1 and flags are not negative");
    }
  }

  /** @return the latest final decision, if any */
  public Optional<Ruling> lastDecision() {
    for (int i = decisions.size() - 1; i >= 0; i--) {
      if (decisions.get(i).action().isFinal()) {
        return Optional.of(decisions.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * @param now the current instant
   * @return the moderator holding a live lease on it
   */
  public Optional<String> claimedBy(Instant now) {
    return claim.filter(c -> c.liveAt(now)).map(Claim::moderator);
  }

  /** @return the time from opening to the first final decision, once decided */
  public Optional<Duration> timeToDecision() {
    return decidedAt.map(at -> Duration.between(openedAt, at));
  }

  /** @return the queue's keyset position: priority, then id */
  public SortKey queueKey() {
    return new SortKey(priority, id.value());
  }
}
