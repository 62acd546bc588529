package org.consulta.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseChange;
import org.consulta.core.expectation.Commitment;
import org.consulta.core.expectation.CommitmentEvaluator;
import org.consulta.core.expectation.CommitmentStatus;
import org.consulta.core.expectation.CommitmentTerms;
import org.consulta.core.expectation.DeadlineTally;
import org.consulta.core.expectation.Evaluation;
import org.consulta.core.expectation.Evidence;
import org.consulta.core.expectation.GroupShare;
import org.consulta.core.expectation.Participation;
import org.consulta.core.expectation.OfflineSession;
import org.consulta.core.expectation.ReachMetric;
import org.consulta.core.expectation.WorkingCalendar;
import org.consulta.core.participant.Demographics;

/**
 * A commitment's status at an instant, from the ledger's counts (no scan of contributions). The
 * rules per kind are in {@code docs/architecture.md} ("Expectations") and on {@link
 * CommitmentStatus}.
 */
final class Evaluations {
  /** How many overdue items an evaluation lists. */
  static final int OVERDUE_EXAMPLES = 20;
  /** A target's forecast is made once this share of the time from opening to the date has passed. */
  static final double FORECAST_AFTER = 0.1;

  private final Tx tx;
  private final Consultation consultation;
  private final WorkingCalendar calendar;
  private final Map<String, CommitmentEvaluator> custom;

  Evaluations(Tx tx, Consultation consultation, WorkingCalendar calendar, Map<String, CommitmentEvaluator> custom) {
    this.tx = tx;
    this.consultation = consultation;
    this.calendar = calendar;
    this.custom = custom;
  }

  Evaluation evaluate(Commitment k) {
    CommitmentTerms terms = k.terms();
    if (terms instanceof CommitmentTerms.RespondWithin || terms instanceof CommitmentTerms.ModerateWithin) {
      return deadlines(k);
    } else if (terms instanceof CommitmentTerms.DecideBy d) {
      return date(k, calendar.endOf(d.date()), k.achievedAt());
    } else if (terms instanceof CommitmentTerms.PublishReportBy p) {
      return date(k, calendar.endOf(p.date()), firstMoveTo(Phase.OUTCOME_PUBLISHED));
    } else if (terms instanceof CommitmentTerms.Reach r) {
      return reach(k, r);
    } else if (terms instanceof CommitmentTerms.HoldOfflineSessions s) {
      return sessions(k, s);
    } else if (terms instanceof CommitmentTerms.InfluenceStatement) {
      return new Evaluation(k.id(), k.consultation(), terms, CommitmentStatus.MET, tx.now, 1, 1, new Evidence.Declared());
    } else if (terms instanceof CommitmentTerms.Custom c) {
      CommitmentEvaluator evaluator = custom.get(c.name());
      if (evaluator == null) {
        throw new IllegalStateException("no commitment evaluator is registered under \"" + c.name() + "\" (Consulta.builder().commitmentEvaluator)");
      }
      return evaluator.evaluate(c, new CommitmentEvaluator.Context(k, consultation, tx.now, calendar,
          tx.uow.expectations().participation(consultation.id()), reachCount(tx, consultation.id(), ReachMetric.CONTRIBUTIONS)));
    }
    return represent(k, (CommitmentTerms.Represent) terms);
  }

  private boolean opened() {
    return firstMoveTo(Phase.OPEN).isPresent() || consultation.phase().compareTo(Phase.OPEN) >= 0;
  }

  private boolean inputClosed() {
    return consultation.phase().compareTo(Phase.CLOSED) >= 0;
  }

  private Optional<Instant> firstMoveTo(Phase phase) {
    for (PhaseChange change : consultation.history()) {
      if (change.to() == phase) {
        return Optional.of(change.at());
      }
    }
    return Optional.empty();
  }

  private Evaluation deadlines(Commitment k) {
    DeadlineTally tally = tx.uow.expectations().tally(k.id(), tx.now, OVERDUE_EXAMPLES);
    CommitmentStatus status;
    if (!opened()) {
      status = CommitmentStatus.PENDING;
    } else if (tally.failed() > 0) {
      status = CommitmentStatus.BREACHED;
    } else if (tally.open() == 0) {
      status = inputClosed() ? CommitmentStatus.MET : CommitmentStatus.PENDING;
      if (status == CommitmentStatus.PENDING && tally.total() > 0) {
        status = CommitmentStatus.ON_TRACK;
      }
    } else {
      status = tally.atRisk() > 0 ? CommitmentStatus.AT_RISK : CommitmentStatus.ON_TRACK;
    }
    return new Evaluation(k.id(), k.consultation(), k.terms(), status, tx.now, tally.shareOnTime(), 1, tally);
  }

  private Evaluation date(Commitment k, Instant due, Optional<Instant> achievedAt) {
    Optional<Instant> start = firstMoveTo(Phase.OPEN);
    double used = start.map(s -> used(s, due)).orElse(0.0);
    Evidence evidence = new Evidence.Date(start, due, achievedAt);
    CommitmentStatus status;
    if (achievedAt.isPresent() && !achievedAt.get().isAfter(due)) {
      status = CommitmentStatus.MET;
    } else if (tx.now.isAfter(due)) {
      status = CommitmentStatus.BREACHED;
    } else if (start.isEmpty()) {
      status = CommitmentStatus.PENDING;
    } else {
      status = used >= k.riskShare() ? CommitmentStatus.AT_RISK : CommitmentStatus.ON_TRACK;
    }
    return new Evaluation(k.id(), k.consultation(), k.terms(), status, tx.now, used, 1, evidence);
  }

  /** @return the share of the time from {@code start} to {@code due} used by now (1 when the span is empty) */
  private double used(Instant start, Instant due) {
    long span = Duration.between(start, due).toMillis();
    long spent = Duration.between(start, tx.now).toMillis();
    return span <= 0 ? 1 : (double) spent / span;
  }

  private Evaluation reach(Commitment k, CommitmentTerms.Reach r) {
    Instant due = calendar.endOf(r.by());
    long count = reachCount(tx, consultation.id(), r.metric());
    Optional<Instant> start = firstMoveTo(Phase.OPEN);
    OptionalLong forecast = OptionalLong.empty();
    if (start.isPresent() && !tx.now.isAfter(due)) {
      double used = used(start.get(), due);
      if (used >= FORECAST_AFTER) {
        forecast = OptionalLong.of((long) Math.floor(count / Math.min(1, used)));
      }
    }
    Optional<Instant> achieved = k.achievedAt();
    CommitmentStatus status;
    if (achieved.isPresent() && !achieved.get().isAfter(due)) {
      status = CommitmentStatus.MET;
    } else if (tx.now.isAfter(due)) {
      status = CommitmentStatus.BREACHED;
    } else if (count >= r.target()) {
      status = CommitmentStatus.MET;
    } else if (start.isEmpty()) {
      status = CommitmentStatus.PENDING;
    } else {
      status = forecast.isPresent() && forecast.getAsLong() < r.target() ? CommitmentStatus.AT_RISK : CommitmentStatus.ON_TRACK;
    }
    return new Evaluation(k.id(), k.consultation(), k.terms(), status, tx.now, count, r.target(), new Evidence.Target(count, r.target(), due, achieved, forecast));
  }

  static long reachCount(Tx tx, ConsultationId consultation, ReachMetric metric) {
    return metric == ReachMetric.PARTICIPANTS ? tx.uow.expectations().participation(consultation).participants()
        : tx.uow.contributions().counts(consultation).total();
  }

  /**
   * Shares among participants who declared a value ("prefer not to say" and no answer left out of
   * the base), against the reference shares; a value the reference lacks counts against a share of 0.
   */
  private Evaluation represent(Commitment k, CommitmentTerms.Represent r) {
    Participation participation = tx.uow.expectations().participation(consultation.id());
    Map<String, Long> counts = participation.of(r.dimension());
    long prefer = counts.getOrDefault(Demographics.PREFER_NOT_TO_SAY, 0L);
    long declared = counts.values().stream().mapToLong(Long::longValue).sum() - prefer;
    Map<String, Double> reference = tx.uow.expectations().reference().flatMap(p -> p.sharesOf(r.dimension())).orElse(Map.of());
    List<GroupShare> groups = new ArrayList<>();
    double largest = 0;
    for (Map.Entry<String, Double> e : reference.entrySet()) {
      groups.add(group(e.getKey(), counts.getOrDefault(e.getKey(), 0L), declared, e.getValue(), r.tolerance()));
    }
    for (Map.Entry<String, Long> e : new java.util.TreeMap<>(counts).entrySet()) {
      if (!reference.containsKey(e.getKey()) && !e.getKey().equals(Demographics.PREFER_NOT_TO_SAY)) {
        groups.add(group(e.getKey(), e.getValue(), declared, 0, r.tolerance()));
      }
    }
    for (GroupShare g : groups) {
      largest = Math.max(largest, Math.abs(g.difference()));
    }
    boolean outside = groups.stream().anyMatch(g -> g.balance() != GroupShare.Balance.WITHIN);
    CommitmentStatus status;
    if (!opened() || reference.isEmpty() || declared < r.minimumSample()) {
      status = CommitmentStatus.PENDING;
    } else if (inputClosed()) {
      status = outside ? CommitmentStatus.BREACHED : CommitmentStatus.MET;
    } else {
      status = outside ? CommitmentStatus.AT_RISK : CommitmentStatus.ON_TRACK;
    }
    return new Evaluation(k.id(), k.consultation(), k.terms(), status, tx.now, largest, r.tolerance(),
        new Evidence.Representation(r.dimension(), participation.participants(), declared, prefer, groups));
  }

  private static GroupShare group(String value, long count, long declared, double reference, double tolerance) {
    double observed = declared == 0 ? 0 : (double) count / declared;
    double difference = observed - reference;
    // a hair of slack so that a share exactly at the tolerance (0.35 vs 0.30 at 0.05) is not lost to binary rounding
    GroupShare.Balance balance = difference < -tolerance - 1e-9 ? GroupShare.Balance.UNDER
        : difference > tolerance + 1e-9 ? GroupShare.Balance.OVER : GroupShare.Balance.WITHIN;
    return new GroupShare(value, count, observed, reference, balance);
  }

  private Evaluation sessions(Commitment k, CommitmentTerms.HoldOfflineSessions s) {
    Optional<Instant> due = s.by().map(calendar::endOf).or(() -> consultation.schedule().closesAt());
    Instant heldBy = due.filter(d -> d.isBefore(tx.now)).orElse(tx.now);
    long held = 0;
    long planned = 0;
    List<OfflineSession> sessions = tx.uow.expectations().sessions(consultation.id());
    for (OfflineSession session : sessions) {
      if (session.cancelledAt().isPresent() || !s.channels().contains(session.channel())) {
        continue;
      }
      if (!session.startsAt().isAfter(heldBy)) {
        held++;
      } else if (!session.startsAt().isBefore(tx.now) && due.map(d -> !session.startsAt().isAfter(d)).orElse(true)) {
        planned++;
      }
    }
    boolean past = due.map(d -> tx.now.isAfter(d)).orElse(inputClosed());
    CommitmentStatus status;
    if (held >= s.count()) {
      status = CommitmentStatus.MET;
    } else if (past) {
      status = CommitmentStatus.BREACHED;
    } else if (!opened()) {
      status = CommitmentStatus.PENDING;
    } else {
      status = held + planned < s.count() ? CommitmentStatus.AT_RISK : CommitmentStatus.ON_TRACK;
    }
    return new Evaluation(k.id(), k.consultation(), k.terms(), status, tx.now, held, s.count(), new Evidence.Sessions(held, planned, s.count(), due));
  }
}
