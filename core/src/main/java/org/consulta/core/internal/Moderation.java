package org.consulta.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.consulta.core.access.AccessTarget;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Operation;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.HouseRule;
import org.consulta.core.consultation.ModerationMode;
import org.consulta.core.consultation.ModerationPolicy;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.contribution.TextSpan;
import org.consulta.core.error.AccessDeniedException;
import org.consulta.core.error.ConflictException;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.Violations;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.moderation.Appeal;
import org.consulta.core.moderation.AppealDecision;
import org.consulta.core.moderation.AppealOutcome;
import org.consulta.core.moderation.AppealReceipt;
import org.consulta.core.moderation.Campaign;
import org.consulta.core.moderation.CaseDecision;
import org.consulta.core.moderation.CaseStatus;
import org.consulta.core.moderation.CaseTrigger;
import org.consulta.core.moderation.Claim;
import org.consulta.core.moderation.ClaimRequest;
import org.consulta.core.moderation.Ruling;
import org.consulta.core.moderation.DecisionAction;
import org.consulta.core.moderation.Flag;
import org.consulta.core.moderation.MetricCount;
import org.consulta.core.moderation.ModerationCase;
import org.consulta.core.moderation.ModerationCaseId;
import org.consulta.core.moderation.ModerationMetric;
import org.consulta.core.moderation.ModerationRepository;
import org.consulta.core.moderation.ModerationService;
import org.consulta.core.moderation.NewAppeal;
import org.consulta.core.moderation.NewFlag;
import org.consulta.core.moderation.QueueFilter;
import org.consulta.core.moderation.TransparencyReport;
import org.consulta.core.moderation.Verdict;
import org.consulta.core.notification.Notification;
import org.consulta.core.notification.NotificationKind;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.Page;
import org.consulta.core.value.PageRequest;

/**
 * Moderation: what screening, flags and decisions do to contributions and cases, and the service
 * behind {@code Consulta#moderation()}.
 *
 * <p>Queue order: a case's {@code priority} is its decision deadline brought forward by one hour
 * per flag, twelve hours times the highest screener score, and a day when escalated; the queue
 * sorts by it, so "most urgent first" is a stable index order that needs no re-scoring as time
 * passes.
 */
final class Moderation implements ModerationService {
  static final Duration MAX_LEASE = Duration.ofHours(8);
  private static final int MAX_NOTE = 2_000;
  private static final int MAX_STATEMENT = 5_000;
  /**
   * Cases locked per claim: enough to step over escalated cases and appeals against the claimant,
   * few enough that concurrent moderators (who skip each other's locked rows) still get the next
   * most urgent cases.
   */
  private static final int CLAIM_SCAN = 8;

  private final Engine engine;

  Moderation(Engine engine) {
    this.engine = engine;
  }

  // ---------------------------------------------------------------- screening and edits

  /**
   * The state a new or edited contribution takes from its screening and the policy.
   *
   * @param current the stored state for an edit, empty for a new contribution
   */
  static ContributionState stateAfterScreening(ModerationPolicy policy, Screening.Result r, Optional<ContributionState> current,
      boolean moderatorRedacted) {
    if (r.outcome() == Verdict.Outcome.REJECT) {
      return ContributionState.REJECTED;
    }
    if (r.outcome() == Verdict.Outcome.HOLD) {
      return ContributionState.PENDING_MODERATION;
    }
    if (current.isPresent() && current.get() != ContributionState.PUBLISHED) {
      return current.get();
    }
    if (policy.mode() == ModerationMode.PRE || moderatorRedacted) {
      return ContributionState.PENDING_MODERATION;
    }
    return ContributionState.PUBLISHED;
  }

  /**
   * Records what screening a stored contribution (new, or just edited) led to: the screening event,
   * counters, campaign membership, and a case when a human must look or a screener rejected.
   */
  static void afterScreening(Tx tx, Consultation consultation, Contribution c, Screening.Result r, boolean edit, boolean moderatorRedacted) {
    ModerationPolicy policy = consultation.moderation();
    LocalDate day = day(tx.now);
    boolean screened = !r.verdicts().isEmpty();
    ModerationRepository repo = screened || policy.mode() != ModerationMode.REACTIVE || moderatorRedacted ? tx.uow.moderation() : null;
    if (screened) {
      tx.record(new ConsultaEvent.ContributionScreened(c.id(), c.consultation(), r.outcome(), r.verdicts(), edit));
      repo.count(c.consultation(), day, ModerationMetric.SCREENED, "", 1);
      if (r.outcome() == Verdict.Outcome.HOLD) {
        repo.count(c.consultation(), day, ModerationMetric.HELD, r.reason().orElse(""), 1);
      }
      for (String reason : r.redactionReasons()) {
        repo.count(c.consultation(), day, ModerationMetric.REDACTED, reason, 1);
      }
      r.campaign().ifPresent(campaign -> joinCampaign(tx, c, campaign, edit));
    }
    if (r.outcome() == Verdict.Outcome.REJECT) {
      rejectByScreening(tx, consultation, c, r);
      return;
    }
    Optional<CaseTrigger> trigger = Optional.empty();
    if (r.outcome() == Verdict.Outcome.HOLD) {
      trigger = Optional.of(CaseTrigger.SCREENING);
    } else if (edit && (policy.mode() != ModerationMode.REACTIVE || moderatorRedacted)) {
      trigger = Optional.of(CaseTrigger.EDIT);
    } else if (!edit && policy.mode() == ModerationMode.PRE) {
      trigger = Optional.of(CaseTrigger.PRE_MODERATION);
    } else if (!edit && policy.mode() == ModerationMode.POST) {
      trigger = Optional.of(CaseTrigger.POST_MODERATION);
    }
    if (trigger.isPresent()) {
      openCase(tx, policy, c, trigger.get(), r.reasons(), r.score(), r.verdicts(), 0);
    }
  }

  private static void rejectByScreening(Tx tx, Consultation consultation, Contribution c, Screening.Result r) {
    ModerationPolicy policy = consultation.moderation();
    String reason = r.reason().orElse(Screening.SCREENING_ERROR);
    String screener = r.verdicts().stream().filter(v -> v.outcome() == Verdict.Outcome.REJECT).findFirst().map(Verdict::screener).orElse("?");
    Optional<Instant> appealable = appealableUntil(policy, reason, DecisionAction.REJECT, tx.now);
    Ruling decision = new Ruling(DecisionAction.REJECT, Optional.of(reason), Optional.empty(), List.of(), "screener:" + screener, true, tx.now,
        appealable);
    ModerationCase opened = newCase(tx, policy, c, CaseTrigger.SCREENING, r.reasons(), r.score(), r.verdicts(), 0);
    ModerationCase decided = new ModerationCase(opened.id(), opened.tenant(), opened.consultation(), opened.contribution(), 1,
        CaseStatus.DECIDED, opened.triggers(), opened.reasons(), opened.language(), 0, opened.score(), opened.verdicts(), false, tx.now,
        opened.deadline(), opened.priority(), Optional.empty(), List.of(decision), Optional.empty(), Optional.of(tx.now), tx.now);
    ModerationRepository repo = tx.uow.moderation();
    repo.insert(decided);
    repo.count(c.consultation(), day(tx.now), ModerationMetric.REJECTED, reason, 1);
    repo.count(c.consultation(), day(tx.now), ModerationMetric.DECIDED, reason, 1);
    tx.record(new ConsultaEvent.ModerationDecided(decided.id(), c.id(), c.consultation(), DecisionAction.REJECT, Optional.of(reason),
        ContributionState.REJECTED, true, appealable));
    notifyAuthor(tx, consultation, c, NotificationKind.MODERATION_DECISION, ContributionState.REJECTED, Optional.of(reason), appealable);
  }

  /**
   * Counts a member into its campaign. The seed contribution's row is locked first, so concurrent
   * members of one campaign (on several nodes) count in turn instead of overwriting each other's
   * size.
   */
  private static void joinCampaign(Tx tx, Contribution member, CampaignId campaign, boolean edit) {
    ContributionId seedId = new ContributionId(campaign.value());
    Optional<Contribution> seed = tx.uow.contributions().findForUpdate(seedId).filter(s -> !s.id().equals(member.id()));
    if (seed.isEmpty()) {
      return;
    }
    ModerationRepository repo = tx.uow.moderation();
    Optional<Campaign> existing = repo.campaign(campaign);
    if (existing.isPresent()) {
      if (!edit) {
        Campaign c = existing.get();
        repo.saveCampaign(new Campaign(c.id(), c.consultation(), c.size() + 1, c.firstAt(), tx.now));
        repo.count(member.consultation(), day(tx.now), ModerationMetric.CAMPAIGN, "", 1);
      }
      return;
    }
    // the seed's first follower: the seed becomes a campaign response too
    Contribution s = seed.get();
    tx.uow.contributions().update(s.withModeration(s.state(), s.redactions(), Optional.of(campaign), s.flags(), tx.now));
    repo.saveCampaign(new Campaign(campaign, member.consultation(), 2, s.submittedAt(), tx.now));
    repo.count(member.consultation(), day(tx.now), ModerationMetric.CAMPAIGN, "", edit ? 1 : 2);
  }

  /** Opens a case for the contribution, or adds the trigger to the one already queued. */
  static ModerationCase openCase(Tx tx, ModerationPolicy policy, Contribution c, CaseTrigger trigger, Set<String> reasons, double score,
      List<Verdict> verdicts, long newFlags) {
    ModerationRepository repo = tx.uow.moderation();
    Optional<ModerationCase> queued = repo.latestFor(c.id()).filter(k -> k.status().inQueue());
    ModerationCase result;
    if (queued.isPresent()) {
      ModerationCase k = queued.get();
      Set<CaseTrigger> triggers = EnumSet.noneOf(CaseTrigger.class);
      triggers.addAll(k.triggers());
      triggers.add(trigger);
      Set<String> allReasons = new LinkedHashSet<>(k.reasons());
      allReasons.addAll(reasons);
      double maxScore = Math.max(k.score(), score);
      long flags = k.flags() + newFlags;
      result = new ModerationCase(k.id(), k.tenant(), k.consultation(), k.contribution(), k.version() + 1, k.status(), triggers, allReasons,
          c.language(), flags, maxScore, verdicts.isEmpty() ? k.verdicts() : verdicts, k.escalated(), k.openedAt(), k.deadline(),
          priority(k.deadline(), flags, maxScore, k.escalated()), k.claim(), k.decisions(), k.appeal(), k.decidedAt(), tx.now);
      repo.update(result);
      if (k.triggers().contains(trigger)) {
        return result;
      }
    } else {
      result = newCase(tx, policy, c, trigger, reasons, score, verdicts, newFlags);
      repo.insert(result);
    }
    tx.record(new ConsultaEvent.ModerationCaseOpened(result.id(), c.id(), c.consultation(), trigger, result.reasons(), result.deadline()));
    return result;
  }

  private static ModerationCase newCase(Tx tx, ModerationPolicy policy, Contribution c, CaseTrigger trigger, Set<String> reasons,
      double score, List<Verdict> verdicts, long flags) {
    Instant deadline = tx.now.plus(policy.decisionDeadline());
    return new ModerationCase(new ModerationCaseId(tx.engine.ids.next()), c.tenant(), c.consultation(), c.id(), 1, CaseStatus.OPEN,
        Set.of(trigger), reasons, c.language(), flags, score, verdicts, false, tx.now, deadline, priority(deadline, flags, score, false),
        Optional.empty(), List.of(), Optional.empty(), Optional.empty(), tx.now);
  }

  static Instant priority(Instant deadline, long flags, double score, boolean escalated) {
    long minutes = Math.min(flags, 10_000) * 60 + Math.round(score * 12 * 60) + (escalated ? 24 * 60 : 0);
    return deadline.minus(Duration.ofMinutes(minutes));
  }

  static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }

  private static Optional<Instant> appealableUntil(ModerationPolicy policy, String reason, DecisionAction action, Instant now) {
    if (action == DecisionAction.APPROVE || !action.isFinal() || policy.appealWindow().isZero()) {
      return Optional.empty();
    }
    boolean appealable = policy.rule(reason).map(HouseRule::appealable).orElse(true);
    return appealable ? Optional.of(now.plus(policy.appealWindow())) : Optional.empty();
  }

  private static void notifyAuthor(Tx tx, Consultation consultation, Contribution c, NotificationKind kind, ContributionState state,
      Optional<String> reason, Optional<Instant> appealableUntil) {
    if (c.author().isEmpty()) {
      return;
    }
    tx.notifications.add(new org.consulta.core.notification.ModerationNotice(c.tenant(), c.author().get(), kind, c.consultation(), c.id(), state, reason,
        reason.flatMap(consultation.moderation()::rule).map(HouseRule::text), appealableUntil, tx.now));
  }

  // ---------------------------------------------------------------- the service

  @Override
  public Flag flag(Actor actor, NewFlag cmd) {
    return engine.command(actor, cmd, tx -> {
      Contribution c = Contributions.readable(tx, cmd.contribution(), true);
      tx.require(Operation.FLAG_CONTRIBUTION, Contributions.target(c));
      ParticipantId self = Contributions.self(actor).orElseThrow(() -> new AccessDeniedException("only registered participants flag"));
      Consultation consultation = tx.consultation(c.consultation());
      ModerationPolicy policy = consultation.moderation();
      Violations v = new Violations();
      v.check(policy.rule(cmd.reason()).isPresent(), "reason", "must be one of this consultation's house rules: " + codes(policy));
      v.throwIfAny();
      if (c.author().filter(self::equals).isPresent()) {
        throw new ConflictException("participants cannot flag their own contribution " + c.id());
      }
      if (c.state() != ContributionState.PUBLISHED) {
        throw new ConflictException("contribution " + c.id() + " is " + c.state() + "; only published contributions are flagged");
      }
      Flag flag = new Flag(c.id(), self, cmd.reason(), tx.now);
      ModerationRepository repo = tx.uow.moderation();
      if (!repo.addFlag(flag)) {
        throw new ConflictException("participant " + self + " already flagged contribution " + c.id());
      }
      long flags = c.flags() + 1;
      boolean hide = policy.flagThreshold() > 0 && flags >= policy.flagThreshold();
      tx.uow.contributions().update(c.withModeration(hide ? ContributionState.HIDDEN : c.state(), c.redactions(), c.campaign(), flags, tx.now));
      repo.count(c.consultation(), day(tx.now), ModerationMetric.FLAGGED, cmd.reason(), 1);
      if (hide) {
        repo.count(c.consultation(), day(tx.now), ModerationMetric.HIDDEN, cmd.reason(), 1);
      }
      tx.record(new ConsultaEvent.ContributionFlagged(c.id(), c.consultation(), cmd.reason(), flags, hide));
      openCase(tx, policy, c, CaseTrigger.FLAGS, Set.of(cmd.reason()), 0, List.of(), 1);
      return flag;
    });
  }

  @Override
  public Page<ModerationCase> queue(Actor actor, QueueFilter filter, PageRequest page) {
    return engine.query(actor, tx -> {
      tx.require(Operation.READ_MODERATION, AccessTarget.tenantWide());
      int batch = Paging.batchSize(page);
      return Paging.filteredList(page, after -> tx.uow.moderation().queue(filter, tx.now, after, batch), k -> true, ModerationCase::queueKey);
    });
  }

  @Override
  public Optional<ModerationCase> claimNext(Actor actor, ClaimRequest request) {
    return engine.command(actor, request, tx -> {
      tx.require(Operation.MODERATE, AccessTarget.tenantWide());
      Duration lease = lease(request.lease());
      for (ModerationCase k : tx.uow.moderation().lockClaimable(request.filter(), tx.now, CLAIM_SCAN)) {
        if (mayDecide(tx, k)) {
          return Optional.of(claimed(tx, k, lease));
        }
      }
      return Optional.empty();
    });
  }

  @Override
  public ModerationCase claim(Actor actor, ModerationCaseId id) {
    return engine.command(actor, new ClaimCommand(id), tx -> {
      tx.require(Operation.MODERATE, AccessTarget.tenantWide());
      ModerationCase k = lockedCase(tx, id);
      if (!k.status().inQueue()) {
        throw new ConflictException("moderation case " + id + " is " + k.status() + " and not in the queue");
      }
      checkLease(tx, k);
      if (!mayDecide(tx, k)) {
        throw new AccessDeniedException(k.escalated()
            ? "escalated cases are decided by admins"
            : "an appeal is decided by another moderator than the one whose decision is appealed");
      }
      return claimed(tx, k, ClaimRequest.DEFAULT_LEASE);
    });
  }

  @Override
  public ModerationCase release(Actor actor, ModerationCaseId id) {
    return engine.command(actor, new ReleaseCommand(id), tx -> {
      tx.require(Operation.MODERATE, AccessTarget.tenantWide());
      ModerationCase k = lockedCase(tx, id);
      checkLease(tx, k);
      if (k.claim().isEmpty()) {
        return k;
      }
      ModerationCase released = with(k, k.status(), Optional.empty(), k.decisions(), k.appeal(), k.escalated(), tx.now);
      tx.uow.moderation().update(released);
      tx.record(new ConsultaEvent.ModerationCaseReleased(k.id(), k.contribution()));
      return released;
    });
  }

  @Override
  public ModerationCase decide(Actor actor, CaseDecision cmd) {
    return engine.command(actor, cmd, tx -> {
      tx.require(Operation.MODERATE, AccessTarget.tenantWide());
      Contribution c = lockedContributionOf(tx, cmd.moderationCase());
      ModerationCase k = lockedCase(tx, cmd.moderationCase());
      tx.checkVersion("moderation case", k.id(), cmd.expectedVersion(), k.version());
      Consultation consultation = tx.consultation(k.consultation());
      ModerationPolicy policy = consultation.moderation();
      validate(cmd, policy, c);
      if (k.status() != CaseStatus.OPEN) {
        throw new ConflictException("moderation case " + k.id() + " is " + k.status()
            + (k.status() == CaseStatus.APPEALED ? "; decide the appeal instead" : "; only open cases are decided"));
      }
      checkLease(tx, k);
      if (k.escalated() && !tx.permits(Operation.DECIDE_ESCALATED, AccessTarget.tenantWide())) {
        throw new AccessDeniedException("escalated cases are decided by admins");
      }
      ModerationRepository repo = tx.uow.moderation();
      LocalDate day = day(tx.now);
      String reason = cmd.reason().orElse("");
      Optional<Instant> appealable = appealableUntil(policy, reason, cmd.action(), tx.now);
      Ruling decision = new Ruling(cmd.action(), cmd.reason(), cmd.note(), cmd.spans(), actor.subject(), false, tx.now, appealable);
      List<Ruling> decisions = new ArrayList<>(k.decisions());
      decisions.add(decision);
      if (cmd.action() == DecisionAction.ESCALATE) {
        ModerationCase escalated = with(k, CaseStatus.OPEN, Optional.empty(), decisions, k.appeal(), true, tx.now);
        repo.update(escalated);
        repo.count(k.consultation(), day, ModerationMetric.ESCALATED, reason, 1);
        tx.record(new ConsultaEvent.ModerationDecided(k.id(), c.id(), c.consultation(), cmd.action(), cmd.reason(), c.state(), false,
            Optional.empty()));
        return escalated;
      }
      ContributionState state = c.state() == ContributionState.WITHDRAWN ? c.state() : cmd.action().result();
      List<TextSpan> redactions = c.redactions();
      if (cmd.action() == DecisionAction.REDACT) {
        redactions = new ArrayList<>(c.redactions());
        redactions.addAll(cmd.spans());
      }
      if (state != c.state() || !redactions.equals(c.redactions())) {
        tx.uow.contributions().update(c.withModeration(state, redactions, c.campaign(), c.flags(), tx.now));
      }
      ModerationCase decided = new ModerationCase(k.id(), k.tenant(), k.consultation(), k.contribution(), k.version() + 1, CaseStatus.DECIDED,
          k.triggers(), k.reasons(), k.language(), k.flags(), k.score(), k.verdicts(), k.escalated(), k.openedAt(), k.deadline(), k.priority(),
          Optional.empty(), decisions, k.appeal(), Optional.of(k.decidedAt().orElse(tx.now)), tx.now);
      repo.update(decided);
      repo.count(k.consultation(), day, ModerationMetric.DECIDED, reason, 1);
      repo.count(k.consultation(), day, metricOf(cmd.action()), reason, 1);
      tx.record(new ConsultaEvent.ModerationDecided(k.id(), c.id(), c.consultation(), cmd.action(), cmd.reason(), state, false, appealable));
      notifyAuthor(tx, consultation, c, NotificationKind.MODERATION_DECISION, state, cmd.reason(), appealable);
      return decided;
    });
  }

  @Override
  public AppealReceipt appeal(Actor actor, NewAppeal cmd) {
    return engine.command(actor, cmd, tx -> {
      Contribution c = Contributions.readable(tx, cmd.contribution(), true);
      tx.require(Operation.APPEAL_DECISION, AccessTarget.ownedBy(c.author().map(ParticipantId::toString).orElse("")));
      Violations v = new Violations();
      v.check(!cmd.statement().isBlank(), "statement", "must not be blank");
      v.check(cmd.statement().length() <= MAX_STATEMENT, "statement", "must be at most " + MAX_STATEMENT + " characters");
      v.throwIfAny();
      ModerationRepository repo = tx.uow.moderation();
      ModerationCase k = repo.latestFor(c.id()).orElseThrow(() -> new ConflictException("contribution " + c.id() + " has no decision to appeal"));
      if (k.status() != CaseStatus.DECIDED) {
        throw new ConflictException("moderation case " + k.id() + " is " + k.status() + "; only a decided case is appealed, once");
      }
      Ruling last = k.lastDecision().orElseThrow(() -> new ConflictException("contribution " + c.id() + " has no decision to appeal"));
      Instant until = last.appealableUntil().orElseThrow(() -> new ConflictException("the decision on contribution " + c.id() + " cannot be appealed"));
      if (tx.now.isAfter(until)) {
        throw new ConflictException("the appeal window of the decision on contribution " + c.id() + " closed at " + until);
      }
      Consultation consultation = tx.consultation(c.consultation());
      Instant deadline = tx.now.plus(consultation.moderation().decisionDeadline());
      Appeal appeal = new Appeal(cmd.statement(), actor.subject(), tx.now, last.decidedBy(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty());
      ModerationCase appealed = new ModerationCase(k.id(), k.tenant(), k.consultation(), k.contribution(), k.version() + 1, CaseStatus.APPEALED,
          k.triggers(), k.reasons(), k.language(), k.flags(), k.score(), k.verdicts(), k.escalated(), k.openedAt(), deadline,
          priority(deadline, k.flags(), k.score(), k.escalated()), Optional.empty(), k.decisions(), Optional.of(appeal), k.decidedAt(), tx.now);
      repo.update(appealed);
      repo.count(k.consultation(), day(tx.now), ModerationMetric.APPEALED, last.reason().orElse(""), 1);
      tx.record(new ConsultaEvent.AppealFiled(k.id(), c.id(), c.consultation()));
      return new AppealReceipt(c.id(), appealed.status(), tx.now, deadline);
    });
  }

  @Override
  public ModerationCase decideAppeal(Actor actor, AppealDecision cmd) {
    return engine.command(actor, cmd, tx -> {
      tx.require(Operation.MODERATE, AccessTarget.tenantWide());
      Contribution c = lockedContributionOf(tx, cmd.moderationCase());
      ModerationCase k = lockedCase(tx, cmd.moderationCase());
      tx.checkVersion("moderation case", k.id(), cmd.expectedVersion(), k.version());
      Violations v = new Violations();
      cmd.note().ifPresent(n -> v.check(n.length() <= MAX_NOTE, "note", "must be at most " + MAX_NOTE + " characters"));
      v.throwIfAny();
      if (k.status() != CaseStatus.APPEALED || k.appeal().isEmpty()) {
        throw new ConflictException("moderation case " + k.id() + " is " + k.status() + " and has no pending appeal");
      }
      Appeal appeal = k.appeal().get();
      if (appeal.against().equals(actor.subject())) {
        throw new AccessDeniedException("four eyes: an appeal is decided by another moderator than the one whose decision is appealed");
      }
      checkLease(tx, k);
      Ruling appealedDecision = k.lastDecision().orElseThrow();
      ContributionState state = c.state();
      if (cmd.outcome() == AppealOutcome.OVERTURNED && c.state() != ContributionState.WITHDRAWN) {
        state = ContributionState.PUBLISHED;
        List<TextSpan> redactions = new ArrayList<>(c.redactions());
        if (appealedDecision.action() == DecisionAction.REDACT) {
          redactions.removeAll(appealedDecision.spans());
        }
        tx.uow.contributions().update(c.withModeration(state, redactions, c.campaign(), c.flags(), tx.now));
      }
      Appeal decided = new Appeal(appeal.statement(), appeal.filedBy(), appeal.filedAt(), appeal.against(), Optional.of(cmd.outcome()),
          Optional.of(actor.subject()), cmd.note(), Optional.of(tx.now));
      ModerationCase closed = with(k, CaseStatus.CLOSED, Optional.empty(), k.decisions(), Optional.of(decided), k.escalated(), tx.now);
      tx.uow.moderation().update(closed);
      tx.uow.moderation().count(k.consultation(), day(tx.now),
          cmd.outcome() == AppealOutcome.OVERTURNED ? ModerationMetric.OVERTURNED : ModerationMetric.UPHELD, appealedDecision.reason().orElse(""), 1);
      tx.record(new ConsultaEvent.AppealDecided(k.id(), c.id(), c.consultation(), cmd.outcome(), state));
      notifyAuthor(tx, tx.consultation(c.consultation()), c, NotificationKind.APPEAL_DECISION, state, appealedDecision.reason(), Optional.empty());
      return closed;
    });
  }

  @Override
  public ModerationCase get(Actor actor, ModerationCaseId id) {
    return engine.query(actor, tx -> {
      ModerationCase k = tx.uow.moderation().find(id).orElseThrow(() -> new NotFoundException("moderation case", id));
      if (!tx.permits(Operation.READ_MODERATION, AccessTarget.tenantWide())) {
        throw new NotFoundException("moderation case", id);
      }
      return k;
    });
  }

  @Override
  public Optional<ModerationCase> caseOf(Actor actor, ContributionId contribution) {
    return engine.query(actor, tx -> {
      Contributions.readable(tx, contribution, false);
      if (!tx.permits(Operation.READ_MODERATION, AccessTarget.tenantWide())) {
        throw new NotFoundException("moderation case of contribution", contribution);
      }
      return tx.uow.moderation().latestFor(contribution);
    });
  }

  @Override
  public Page<Campaign> campaigns(Actor actor, ConsultationId consultation, PageRequest page) {
    return engine.query(actor, tx -> {
      Consultations.readable(tx, consultation);
      tx.require(Operation.READ_STATISTICS, AccessTarget.tenantWide());
      int batch = Paging.batchSize(page);
      return Paging.filteredList(page, after -> tx.uow.moderation().campaigns(consultation, 2, after, batch), x -> true, Campaign::sortKey);
    });
  }

  @Override
  public TransparencyReport transparencyReport(Actor actor, ConsultationId consultation, LocalDate from, LocalDate to) {
    return engine.query(actor, tx -> {
      Violations v = new Violations();
      v.check(from.isBefore(to), "to", "must be after from");
      v.check(!to.isAfter(from.plusDays(366)), "to", "must be at most 366 days after from");
      v.throwIfAny();
      Consultations.readable(tx, consultation);
      tx.require(Operation.READ_STATISTICS, AccessTarget.tenantWide());
      ModerationRepository repo = tx.uow.moderation();
      Map<ModerationMetric, Long> totals = new EnumMap<>(ModerationMetric.class);
      Map<String, Map<ModerationMetric, Long>> byReason = new TreeMap<>();
      for (MetricCount count : repo.counts(consultation, from, to)) {
        totals.merge(count.metric(), count.count(), Long::sum);
        byReason.computeIfAbsent(count.reason(), r -> new EnumMap<>(ModerationMetric.class)).merge(count.metric(), count.count(), Long::sum);
      }
      byReason.replaceAll((r, m) -> Map.copyOf(m));
      List<Duration> times = new ArrayList<>();
      for (ModerationCase k : repo.decidedBetween(consultation, from.atStartOfDay(ZoneOffset.UTC).toInstant(),
          to.atStartOfDay(ZoneOffset.UTC).toInstant())) {
        k.timeToDecision().ifPresent(times::add);
      }
      times.sort(null);
      long upheld = totals.getOrDefault(ModerationMetric.UPHELD, 0L);
      long overturned = totals.getOrDefault(ModerationMetric.OVERTURNED, 0L);
      double rate = upheld + overturned == 0 ? 0 : (double) overturned / (upheld + overturned);
      return new TransparencyReport(consultation, from, to, totals, byReason, times.size(), percentile(times, 50), percentile(times, 90), rate);
    });
  }

  /** Nearest-rank percentile. */
  static Optional<Duration> percentile(List<Duration> sorted, int p) {
    if (sorted.isEmpty()) {
      return Optional.empty();
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return Optional.of(sorted.get(Math.max(0, rank - 1)));
  }

  // ---------------------------------------------------------------- helpers

  /**
   * Locks the case's contribution before the case: every command that changes both (flags, edits,
   * appeals, decisions) locks them in this order, so two of them never wait on each other in a
   * cycle.
   */
  private static Contribution lockedContributionOf(Tx tx, ModerationCaseId id) {
    ModerationCase k = tx.uow.moderation().find(id).orElseThrow(() -> new NotFoundException("moderation case", id));
    return tx.uow.contributions().findForUpdate(k.contribution()).orElseThrow(() -> new NotFoundException("contribution", k.contribution()));
  }

  private static ModerationCase lockedCase(Tx tx, ModerationCaseId id) {
    ModerationCase k = tx.uow.moderation().findForUpdate(id).orElseThrow(() -> new NotFoundException("moderation case", id));
    return k;
  }

  /** The actor may act on the case unless another moderator holds a live lease (admins and the system may always). */
  private static void checkLease(Tx tx, ModerationCase k) {
    Optional<String> holder = k.claimedBy(tx.now);
    if (holder.isPresent() && !holder.get().equals(tx.actor.subject())) {
      throw new ConflictException("moderation case " + k.id() + " is claimed by another moderator until " + k.claim().get().until());
    }
  }

  private static boolean mayDecide(Tx tx, ModerationCase k) {
    if (k.escalated() && !tx.permits(Operation.DECIDE_ESCALATED, AccessTarget.tenantWide())) {
      return false;
    }
    return k.status() != CaseStatus.APPEALED || k.appeal().map(a -> !a.against().equals(tx.actor.subject())).orElse(true);
  }

  private static ModerationCase claimed(Tx tx, ModerationCase k, Duration lease) {
    Claim claim = new Claim(tx.actor.subject(), tx.now.plus(lease));
    ModerationCase claimed = with(k, k.status(), Optional.of(claim), k.decisions(), k.appeal(), k.escalated(), tx.now);
    tx.uow.moderation().update(claimed);
    tx.record(new ConsultaEvent.ModerationCaseClaimed(k.id(), k.contribution(), claim.until()));
    return claimed;
  }

  private static ModerationCase with(ModerationCase k, CaseStatus status, Optional<Claim> claim, List<Ruling> decisions,
      Optional<Appeal> appeal, boolean escalated, Instant now) {
    return new ModerationCase(k.id(), k.tenant(), k.consultation(), k.contribution(), k.version() + 1, status, k.triggers(), k.reasons(),
        k.language(), k.flags(), k.score(), k.verdicts(), escalated, k.openedAt(), k.deadline(),
        priority(k.deadline(), k.flags(), k.score(), escalated), claim, decisions, appeal, k.decidedAt(), now);
  }

  private static Duration lease(Optional<Duration> asked) {
    Duration lease = asked.orElse(ClaimRequest.DEFAULT_LEASE);
    Violations v = new Violations();
    v.check(!lease.isNegative() && !lease.isZero() && lease.compareTo(MAX_LEASE) <= 0, "lease", "must be positive and at most " + MAX_LEASE);
    v.throwIfAny();
    return lease;
  }

  private static void validate(CaseDecision cmd, ModerationPolicy policy, Contribution c) {
    Violations v = new Violations();
    if (cmd.action() != DecisionAction.APPROVE) {
      v.check(cmd.reason().isPresent(), "reason", "is required for " + cmd.action() + "; one of " + codes(policy));
    }
    cmd.reason().ifPresent(r -> v.check(policy.rule(r).isPresent(), "reason", "must be one of this consultation's house rules: " + codes(policy)));
    cmd.note().ifPresent(n -> v.check(n.length() <= MAX_NOTE, "note", "must be at most " + MAX_NOTE + " characters"));
    if (cmd.action() == DecisionAction.REDACT) {
      v.check(!cmd.spans().isEmpty(), "spans", "are required to redact");
    } else {
      v.check(cmd.spans().isEmpty(), "spans", "are only for REDACT");
    }
    Map<String, String> texts = c.texts();
    for (int i = 0; i < cmd.spans().size(); i++) {
      TextSpan span = cmd.spans().get(i);
      String text = texts.get(span.field());
      if (text == null) {
        v.add("spans[" + i + "].field", "is not a text field of the contribution; one of " + texts.keySet());
      } else if (span.end() > text.length()) {
        v.add("spans[" + i + "].end", "must be at most " + text.length() + ", the field's length in UTF-16 units");
      }
    }
    v.throwIfAny();
  }

  private static ModerationMetric metricOf(DecisionAction action) {
    switch (action) {
      case APPROVE:
        return ModerationMetric.APPROVED;
      case REJECT:
        return ModerationMetric.REJECTED;
      case HIDE:
        return ModerationMetric.HIDDEN;
      case REDACT:
        return ModerationMetric.REDACTED;
      default:
        return ModerationMetric.ESCALATED;
    }
  }

  private static List<String> codes(ModerationPolicy policy) {
    return policy.houseRules().stream().map(HouseRule::code).toList();
  }

  /** Claiming one case is a command without a key: this record names it for the engine. */
  private record ClaimCommand(ModerationCaseId id) implements org.consulta.core.value.Command {
    @Override
    public Optional<org.consulta.core.value.IdempotencyKey> idempotencyKey() {
      return Optional.empty();
    }
  }

  /** Releasing a case is a command without a key. */
  private record ReleaseCommand(ModerationCaseId id) implements org.consulta.core.value.Command {
    @Override
    public Optional<org.consulta.core.value.IdempotencyKey> idempotencyKey() {
      return Optional.empty();
    }
  }
}
