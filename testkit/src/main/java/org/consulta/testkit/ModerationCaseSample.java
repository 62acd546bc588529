package org.consulta.testkit;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.TextSpan;
import org.consulta.core.moderation.Appeal;
import org.consulta.core.moderation.AppealOutcome;
import org.consulta.core.moderation.CaseStatus;
import org.consulta.core.moderation.CaseTrigger;
import org.consulta.core.moderation.Claim;
import org.consulta.core.moderation.Ruling;
import org.consulta.core.moderation.DecisionAction;
import org.consulta.core.moderation.ModerationCase;
import org.consulta.core.moderation.ModerationCaseId;
import org.consulta.core.moderation.Verdict;

/**
 * Builds a valid {@link ModerationCase} for store tests: start from {@link
 * StoreSamples#moderationCase(org.consulta.core.contribution.Contribution)} for a new one (an
 * {@link CaseStatus#OPEN} case held by a screener for {@code "spam"}, in {@code fr-CH}, with
 * verdicts that use every optional field), or from {@link #revisionOf(ModerationCase)} for its next
 * version, change what the test is about, then {@link #build()}.
 *
 * <p>Not thread-safe; each call of {@code StoreSamples.moderationCase} returns a new one.
 *
 * <pre>{@code
 * ModerationCase urgent = samples.moderationCase(idea).priority(StoreSamples.at(5)).reasons("abuse").build();
 * ModerationCase decided = ModerationCaseSample.revisionOf(urgent).decided(DecisionAction.HIDE).build();
 * }</pre>
 */
public final class ModerationCaseSample {
  private ModerationCaseId id;
  private TenantId tenant;
  private ConsultationId consultation;
  private ContributionId contribution;
  private long version;
  private CaseStatus status;
  private Set<CaseTrigger> triggers;
  private Set<String> reasons;
  private String language;
  private long flags;
  private double score;
  private List<Verdict> verdicts;
  private boolean escalated;
  private Instant openedAt;
  private Instant deadline;
  private Instant priority;
  private Optional<Claim> claim;
  private List<Ruling> decisions;
  private Optional<Appeal> appeal;
  private Optional<Instant> decidedAt;
  private Instant updatedAt;

  private ModerationCaseSample() {}

  static ModerationCaseSample fresh(TenantId tenant, ConsultationId consultation, ContributionId contribution, ModerationCaseId id, Instant openedAt) {
    ModerationCaseSample s = new ModerationCaseSample();
    s.id = id;
    s.tenant = tenant;
    s.consultation = consultation;
    s.contribution = contribution;
    s.version = 1;
    s.status = CaseStatus.OPEN;
    s.triggers = EnumSet.of(CaseTrigger.SCREENING, CaseTrigger.FLAGS);
    s.reasons = Set.of("spam");
    s.language = "fr-CH";
    s.flags = 2;
    s.score = 0.75;
    s.verdicts = List.of(
        new Verdict("links", Verdict.Outcome.HOLD, Optional.of("spam"), 0.75, "three links to one shop", List.of(),
            Optional.of(CampaignId.seededBy(contribution))),
        new Verdict("phone-numbers", Verdict.Outcome.REDACT, Optional.of("privacy"), 0.5, "a phone number",
            List.of(new TextSpan(TextSpan.BODY, 0, 4)), Optional.empty()));
    s.escalated = false;
    s.openedAt = openedAt;
    s.deadline = openedAt.plus(Duration.ofDays(2));
    s.priority = s.deadline.minus(Duration.ofHours(11));
    s.claim = Optional.empty();
    s.decisions = List.of();
    s.appeal = Optional.empty();
    s.decidedAt = Optional.empty();
    s.updatedAt = openedAt;
    return s;
  }

  /**
   * @param stored a stored case
   * @return a builder for its next version: same fields, version + 1, updated one second later
   */
  public static ModerationCaseSample revisionOf(ModerationCase stored) {
    requireNonNull(stored, "stored");
    ModerationCaseSample s = new ModerationCaseSample();
    s.id = stored.id();
    s.tenant = stored.tenant();
    s.consultation = stored.consultation();
    s.contribution = stored.contribution();
    s.version = stored.version() + 1;
    s.status = stored.status();
    s.triggers = stored.triggers();
    s.reasons = stored.reasons();
    s.language = stored.language();
    s.flags = stored.flags();
    s.score = stored.score();
    s.verdicts = stored.verdicts();
    s.escalated = stored.escalated();
    s.openedAt = stored.openedAt();
    s.deadline = stored.deadline();
    s.priority = stored.priority();
    s.claim = stored.claim();
    s.decisions = stored.decisions();
    s.appeal = stored.appeal();
    s.decidedAt = stored.decidedAt();
    s.updatedAt = stored.updatedAt().plusSeconds(1);
    return s;
  }

  /**
   * @param version the version
   * @return this
   */
  public ModerationCaseSample version(long version) {
    this.version = version;
    return this;
  }

  /**
   * @param status the status
   * @return this
   */
  public ModerationCaseSample status(CaseStatus status) {
    this.status = requireNonNull(status, "status");
    return this;
  }

  /**
   * @param reasons the reason codes
   * @return this
   */
  public ModerationCaseSample reasons(String... reasons) {
    this.reasons = Set.of(reasons);
    return this;
  }

  /**
   * @param language a BCP 47 tag
   * @return this
   */
  public ModerationCaseSample language(String language) {
    this.language = requireNonNull(language, "language");
    return this;
  }

  /**
   * @param priority the queue position
   * @return this
   */
  public ModerationCaseSample priority(Instant priority) {
    this.priority = requireNonNull(priority, "priority");
    return this;
  }

  /**
   * @param moderator who holds the lease
   * @param until when it lapses
   * @return this
   */
  public ModerationCaseSample claimedBy(String moderator, Instant until) {
    this.claim = Optional.of(new Claim(moderator, until));
    return this;
  }

  /**
   * Adds a final decision by {@code moderator-1} one minute after opening, appealable for a week,
   * and makes the case {@link CaseStatus#DECIDED} (decided then, if it was not decided before).
   *
   * @param action a final action
   * @return this
   */
  public ModerationCaseSample decided(DecisionAction action) {
    return decidedAt(action, openedAt.plusSeconds(60));
  }

  /**
   * Like {@link #decided(DecisionAction)}, at a given instant.
   *
   * @param action a final action
   * @param at when
   * @return this
   */
  public ModerationCaseSample decidedAt(DecisionAction action, Instant at) {
    List<Ruling> next = new ArrayList<>(decisions);
    next.add(new Ruling(action, Optional.of("spam"), Optional.of("shop links"), List.of(new TextSpan(TextSpan.BODY, 0, 4)),
        "moderator-1", false, at, Optional.of(at.plus(Duration.ofDays(7)))));
    decisions = next;
    status = CaseStatus.DECIDED;
    claim = Optional.empty();
    if (decidedAt.isEmpty()) {
      decidedAt = Optional.of(at);
    }
    return this;
  }

  /**
   * Adds the author's appeal and makes the case {@link CaseStatus#APPEALED}.
   *
   * @return this
   */
  public ModerationCaseSample appealed() {
    appeal = Optional.of(new Appeal("It is not spam.", "author-1", updatedAt, "moderator-1", Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty()));
    status = CaseStatus.APPEALED;
    return this;
  }

  /**
   * Decides the appeal (upheld, by {@code moderator-2}) and makes the case {@link CaseStatus#CLOSED}.
   *
   * @return this
   */
  public ModerationCaseSample closed() {
    Appeal filed = appeal.orElseGet(() -> new Appeal("It is not spam.", "author-1", updatedAt, "moderator-1", Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty()));
    appeal = Optional.of(new Appeal(filed.statement(), filed.filedBy(), filed.filedAt(), filed.against(), Optional.of(AppealOutcome.UPHELD),
        Optional.of("moderator-2"), Optional.of("the links are ads"), Optional.of(updatedAt)));
    status = CaseStatus.CLOSED;
    return this;
  }

  /** @return the case */
  public ModerationCase build() {
    return new ModerationCase(id, tenant, consultation, contribution, version, status, triggers, reasons, language, flags, score, verdicts,
        escalated, openedAt, deadline, priority, claim, decisions, appeal, decidedAt, updatedAt);
  }
}
