package org.consulta.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.consulta.core.access.AccessTarget;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Operation;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.Phase;
import org.consulta.core.error.IllegalTransitionException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.Violations;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.ExpectationEvent;
import org.consulta.core.expectation.Commitment;
import org.consulta.core.expectation.CommitmentId;
import org.consulta.core.expectation.CommitmentStatus;
import org.consulta.core.expectation.CommitmentTerms;
import org.consulta.core.expectation.CommitmentWithdrawal;
import org.consulta.core.expectation.Evaluation;
import org.consulta.core.expectation.ExpectationDashboard;
import org.consulta.core.expectation.ExpectationRating;
import org.consulta.core.expectation.ExpectationService;
import org.consulta.core.expectation.GapReport;
import org.consulta.core.expectation.NewExpectations;
import org.consulta.core.expectation.StatedExpectation;
import org.consulta.core.expectation.NewCommitment;
import org.consulta.core.expectation.NewOfflineSession;
import org.consulta.core.expectation.OfflineSession;
import org.consulta.core.expectation.OfflineSessionId;
import org.consulta.core.expectation.ResponseScope;
import org.consulta.core.expectation.WorkingCalendar;
import org.consulta.core.participant.DemographicDimension;

/** The {@link ExpectationService}: commitments, their evaluation, offline sessions, the calendar. */
final class Expectations implements ExpectationService {
  /** How many consultations one transaction of {@link #monitor} evaluates. */
  static final int MONITOR_BATCH = 1_000;
  private static final int MAX_TEXT = 5_000;
  private static final int MAX_PLACE = 500;
  private static final int MAX_COMMITMENTS = 50;

  private final Engine engine;
  private final StatedExpectations stated;

  Expectations(Engine engine) {
    this.engine = engine;
    this.stated = new StatedExpectations(engine);
  }

  @Override
  public Commitment declare(Actor actor, NewCommitment cmd) {
    return engine.command(actor, cmd, tx -> {
      tx.require(Operation.MANAGE_COMMITMENTS, AccessTarget.tenantWide());
      Consultation c = Consultations.readable(tx, cmd.consultation());
      beforeOpening(c, "declare a commitment");
      Violations v = new Violations();
      double risk = cmd.riskShare().orElse(Commitment.DEFAULT_RISK_SHARE);
      v.check(risk > 0 && risk < 1, "riskShare", "must be in (0, 1)");
      terms(tx, v, c, cmd.terms());
      v.check(tx.uow.expectations().commitments(c.id()).stream().filter(Commitment::live).count() < MAX_COMMITMENTS, "consultation",
          "has " + MAX_COMMITMENTS + " commitments already");
      v.throwIfAny();
      Commitment k = new Commitment(new CommitmentId(engine.ids.next()), tx.uow.tenant(), c.id(), 1, cmd.terms(), risk, CommitmentStatus.PENDING,
          tx.now, Optional.empty(), Optional.empty(), actor.subject(), tx.now, tx.now);
      tx.uow.expectations().insert(k);
      tx.record(new ExpectationEvent.CommitmentDeclared(k.id(), c.id(), k.terms().kind()));
      return k;
    });
  }

  private static void beforeOpening(Consultation c, String what) {
    if (c.phase() != Phase.DRAFT && c.phase() != Phase.SCHEDULED) {
      throw new IllegalTransitionException("consultation " + c.id() + ": cannot " + what + " once it has opened (the promise stands)", c.phase(),
          c.phase());
    }
  }

  private void terms(Tx tx, Violations v, Consultation c, CommitmentTerms terms) {
    LocalDate today = calendar(tx).dateOf(tx.now);
    if (terms instanceof CommitmentTerms.RespondWithin r) {
      if (r.scope() instanceof ResponseScope.OfKinds k) {
        for (ContributionKind kind : k.kinds()) {
          v.check(c.acceptedKinds().contains(kind), "terms.scope.kinds", kind + " is not a kind the consultation accepts");
        }
      } else if (r.scope() instanceof ResponseScope.SupportedProposals) {
        v.check(c.acceptedKinds().contains(ContributionKind.PROPOSAL), "terms.scope", "the consultation does not accept proposals");
      }
    } else if (terms instanceof CommitmentTerms.DecideBy d) {
      v.check(!d.date().isBefore(today), "terms.date", "must not be in the past");
    } else if (terms instanceof CommitmentTerms.PublishReportBy p) {
      v.check(!p.date().isBefore(today), "terms.date", "must not be in the past");
    } else if (terms instanceof CommitmentTerms.Reach r) {
      v.check(!r.by().isBefore(today), "terms.by", "must not be in the past");
    } else if (terms instanceof CommitmentTerms.Represent r) {
      boolean known = tx.uow.participants().demographicSchema().map(s -> s.dimensions().stream().map(DemographicDimension::key)
          .anyMatch(r.dimension()::equals)).orElse(false);
      v.check(known, "terms.dimension", "is not a dimension of the tenant's demographic schema");
      v.check(!known || tx.uow.expectations().reference().flatMap(p -> p.sharesOf(r.dimension())).isPresent(), "terms.dimension",
          "the tenant's reference population has no shares for it (define them first: defineReference)");
    } else if (terms instanceof CommitmentTerms.HoldOfflineSessions s) {
      for (Channel channel : s.channels()) {
        v.check(c.channels().contains(channel), "terms.channels", channel + " is not a channel the consultation offers");
      }
      s.by().ifPresent(by -> v.check(!by.isBefore(today), "terms.by", "must not be in the past"));
    } else if (terms instanceof CommitmentTerms.InfluenceStatement i) {
      Consultations.texts(v, "terms.openToChange", i.openToChange(), MAX_TEXT);
      i.notOpenToChange().ifPresent(t -> Consultations.texts(v, "terms.notOpenToChange", t, MAX_TEXT));
      Consultations.texts(v, "terms.decidedBy", i.decidedBy(), MAX_TEXT);
    } else if (terms instanceof CommitmentTerms.Custom k) {
      v.check(engine.commitmentEvaluators.containsKey(k.name()), "terms.name", "no commitment evaluator is registered under this name");
      Consultations.texts(v, "terms.statement", k.statement(), MAX_TEXT);
    }
  }

  @Override
  public Commitment withdraw(Actor actor, CommitmentWithdrawal cmd) {
    return engine.command(actor, cmd, tx -> {
      tx.require(Operation.MANAGE_COMMITMENTS, AccessTarget.tenantWide());
      Commitment k = commitment(tx, cmd.commitment());
      tx.checkVersion("commitment", k.id(), cmd.expectedVersion(), k.version());
      if (!k.live()) {
        throw new IllegalTransitionException("commitment " + k.id() + " is withdrawn already", "WITHDRAWN", "WITHDRAWN");
      }
      beforeOpening(tx.consultation(k.consultation()), "withdraw a commitment");
      Commitment next = k.withdrawn(tx.now);
      tx.uow.expectations().update(next);
      tx.record(new ExpectationEvent.CommitmentWithdrawn(k.id(), k.consultation(), k.terms().kind()));
      return next;
    });
  }

  private static Commitment commitment(Tx tx, CommitmentId id) {
    Commitment k = tx.uow.expectations().find(id).orElseThrow(() -> new NotFoundException("commitment", id));
    Consultations.readable(tx, k.consultation());
    return k;
  }

  @Override
  public List<Commitment> commitments(Actor actor, ConsultationId consultation) {
    return engine.query(actor, tx -> {
      Consultations.readable(tx, consultation);
      return tx.uow.expectations().commitments(consultation).stream().filter(Commitment::live).toList();
    });
  }

  @Override
  public List<Evaluation> evaluate(Actor actor, ConsultationId consultation) {
    return engine.query(actor, tx -> evaluateAll(tx, Consultations.readable(tx, consultation), false));
  }

  @Override
  public List<Evaluation> monitor(Actor actor) {
    List<Evaluation> changed = new ArrayList<>();
    Optional<ConsultationId> after = Optional.empty();
    while (true) {
      // one transaction per page, so a tenant with many consultations never holds one long transaction
      Optional<ConsultationId> from = after;
      List<ConsultationId> page = engine.query(actor, tx -> {
        tx.require(Operation.MANAGE_COMMITMENTS, AccessTarget.tenantWide());
        List<ConsultationId> ids = tx.uow.expectations().monitored(from, MONITOR_BATCH);
        for (ConsultationId id : ids) {
          changed.addAll(evaluateAll(tx, tx.consultation(id), true));
        }
        return ids;
      });
      if (page.size() < MONITOR_BATCH) {
        return changed;
      }
      after = Optional.of(page.get(page.size() - 1));
    }
  }

  /**
   * Evaluates the consultation's live commitments, storing and recording every changed status.
   *
   * @return every evaluation, or only the changed ones
   */
  static List<Evaluation> evaluateAll(Tx tx, Consultation c, boolean onlyChanged) {
    List<Commitment> commitments = tx.uow.expectations().commitments(c.id());
    if (commitments.isEmpty()) {
      return List.of();
    }
    Evaluations evaluations = new Evaluations(tx, c, calendar(tx), tx.engine.commitmentEvaluators);
    List<Evaluation> out = new ArrayList<>(commitments.size());
    for (Commitment k : commitments) {
      if (!k.live()) {
        continue;
      }
      Evaluation e = evaluations.evaluate(k);
      boolean changed = e.status() != k.status();
      if (changed) {
        tx.uow.expectations().update(k.withStatus(e.status(), tx.now));
        tx.record(Tx.CLOCK, new ExpectationEvent.CommitmentStatusChanged(k.id(), c.id(), k.terms().kind(), k.status(), e.status(), e.value(),
            e.target()));
      }
      if (changed || !onlyChanged) {
        out.add(e);
      }
    }
    return out;
  }

  static WorkingCalendar calendar(Tx tx) {
    return tx.uow.expectations().calendar().orElse(WorkingCalendar.standard());
  }

  @Override
  public OfflineSession scheduleSession(Actor actor, NewOfflineSession cmd) {
    return engine.command(actor, cmd, tx -> {
      tx.require(Operation.MANAGE_COMMITMENTS, AccessTarget.tenantWide());
      Consultation c = Consultations.readable(tx, cmd.consultation());
      Violations v = new Violations();
      v.check(cmd.channel() != Channel.ONLINE, "channel", "must be an offline channel");
      v.check(c.channels().contains(cmd.channel()), "channel", "is not a channel the consultation offers");
      v.check(!cmd.startsAt().isBefore(tx.now), "startsAt", "must not be in the past");
      v.check(c.phase().compareTo(Phase.CLOSED) < 0, "consultation", "is closed for input");
      Consultations.texts(v, "place", cmd.place(), MAX_PLACE);
      v.throwIfAny();
      OfflineSession s = new OfflineSession(new OfflineSessionId(engine.ids.next()), tx.uow.tenant(), c.id(), 1, cmd.channel(), cmd.startsAt(),
          cmd.place(), Optional.empty(), tx.now);
      tx.uow.expectations().insert(s);
      tx.record(new ExpectationEvent.SessionScheduled(s.id(), c.id(), s.channel(), s.startsAt()));
      return s;
    });
  }

  @Override
  public OfflineSession cancelSession(Actor actor, OfflineSessionId id) {
    return engine.query(actor, tx -> {
      tx.require(Operation.MANAGE_COMMITMENTS, AccessTarget.tenantWide());
      OfflineSession s = tx.uow.expectations().find(id).orElseThrow(() -> new NotFoundException("offline session", id));
      Consultations.readable(tx, s.consultation());
      if (s.cancelledAt().isPresent()) {
        return s;
      }
      if (!s.startsAt().isAfter(tx.now)) {
        throw new IllegalTransitionException("offline session " + id + " has started already", "STARTED", "CANCELLED");
      }
      OfflineSession next = new OfflineSession(s.id(), s.tenant(), s.consultation(), s.version() + 1, s.channel(), s.startsAt(), s.place(),
          Optional.of(tx.now), s.createdAt());
      tx.uow.expectations().update(next);
      tx.record(new ExpectationEvent.SessionCancelled(s.id(), s.consultation()));
      return next;
    });
  }

  @Override
  public List<OfflineSession> sessions(Actor actor, ConsultationId consultation) {
    return engine.query(actor, tx -> {
      Consultations.readable(tx, consultation);
      return tx.uow.expectations().sessions(consultation);
    });
  }

  @Override
  public WorkingCalendar defineCalendar(Actor actor, WorkingCalendar calendar) {
    return engine.query(actor, tx -> {
      tx.require(Operation.CONFIGURE_EXPECTATIONS, AccessTarget.tenantWide());
      Violations v = new Violations();
      calendar.validate("calendar", v);
      v.throwIfAny();
      tx.uow.expectations().saveCalendar(calendar);
      tx.record(new ConsultaEvent.CalendarDefined(calendar.zone().getId(), calendar.holidays().size()));
      return calendar;
    });
  }

  @Override
  public WorkingCalendar calendar(Actor actor) {
    return engine.query(actor, Expectations::calendar);
  }

  @Override
  public List<StatedExpectation> expect(Actor actor, NewExpectations command) {
    return stated.expect(actor, command);
  }

  @Override
  public StatedExpectation rate(Actor actor, ExpectationRating command) {
    return stated.rate(actor, command);
  }

  @Override
  public List<StatedExpectation> stated(Actor actor, ConsultationId consultation) {
    return stated.stated(actor, consultation);
  }

  @Override
  public GapReport gapReport(Actor actor, ConsultationId consultation) {
    return stated.gapReport(actor, consultation);
  }

  @Override
  public ExpectationDashboard dashboard(Actor actor, ConsultationId consultation) {
    return engine.query(actor, tx -> dashboardOf(tx, Consultations.readable(tx, consultation)));
  }

  private static ExpectationDashboard dashboardOf(Tx tx, Consultation c) {
    return new ExpectationDashboard(c.id(), tx.now, evaluateAll(tx, c, false), tx.uow.expectations().participation(c.id()),
        StatedExpectations.gap(tx, c.id()));
  }

  /** @return the dashboard for the outcome report, unless there is nothing to show (no live commitment, no statement) */
  static Optional<ExpectationDashboard> forReport(Tx tx, Consultation c) {
    ExpectationDashboard d = dashboardOf(tx, c);
    return d.evaluations().isEmpty() && d.gap().participants() == 0 ? Optional.empty() : Optional.of(d);
  }

  @Override
  public org.consulta.core.expectation.PromiseStatement promise(Actor actor, ConsultationId consultation, String language) {
    java.util.Objects.requireNonNull(language, "language");
    return engine.query(actor, tx -> org.consulta.core.expectation.PromiseStatement.of(
        tx.uow.expectations().commitments(Consultations.readable(tx, consultation).id()), language));
  }

  @Override
  public org.consulta.core.expectation.TrackRecord trackRecord(Actor actor) {
    return engine.query(actor, TrackRecords::of);
  }

  @Override
  public org.consulta.core.expectation.TrackRecordVisibility setTrackRecordVisibility(Actor actor,
      org.consulta.core.expectation.TrackRecordVisibility visibility) {
    java.util.Objects.requireNonNull(visibility, "visibility");
    return engine.query(actor, tx -> TrackRecords.setVisibility(tx, visibility));
  }

  @Override
  public org.consulta.core.expectation.ReferencePopulation defineReference(Actor actor, org.consulta.core.expectation.ReferencePopulation reference) {
    java.util.Objects.requireNonNull(reference, "reference");
    return engine.query(actor, tx -> {
      tx.require(Operation.CONFIGURE_EXPECTATIONS, AccessTarget.tenantWide());
      Violations v = new Violations();
      reference.validate("reference", v);
      java.util.Map<String, DemographicDimension> schema = new java.util.HashMap<>();
      tx.uow.participants().demographicSchema().ifPresent(s -> s.dimensions().forEach(d -> schema.put(d.key(), d)));
      reference.shares().forEach((dimension, values) -> {
        DemographicDimension d = schema.get(dimension);
        if (d == null) {
          v.add("reference.shares." + dimension, "is not a dimension of the tenant's demographic schema");
          return;
        }
        values.keySet().forEach(value -> v.check(d.options().contains(value), "reference.shares." + dimension + "." + value,
            "is not an option of " + dimension));
      });
      v.throwIfAny();
      tx.uow.expectations().saveReference(reference);
      tx.record(new org.consulta.core.event.ConsultaEvent.ReferencePopulationDefined(List.copyOf(reference.shares().keySet())));
      return reference;
    });
  }

  @Override
  public Optional<org.consulta.core.expectation.ReferencePopulation> reference(Actor actor) {
    return engine.query(actor, tx -> tx.uow.expectations().reference());
  }

  @Override
  public org.consulta.core.expectation.WeightedResults weightedResults(Actor actor, ConsultationId consultation, List<String> dimensions,
      org.consulta.core.expectation.WeightingOptions options) {
    java.util.Objects.requireNonNull(dimensions, "dimensions");
    java.util.Objects.requireNonNull(options, "options");
    return engine.query(actor, tx -> WeightedResultsReader.read(tx, Consultations.readable(tx, consultation).id(), List.copyOf(dimensions), options));
  }

  @Override
  public Commitment commitment(Actor actor, CommitmentId id) {
    return engine.query(actor, tx -> commitment(tx, id));
  }

  @Override
  public OfflineSession session(Actor actor, OfflineSessionId id) {
    return engine.query(actor, tx -> {
      OfflineSession s = tx.uow.expectations().find(id).orElseThrow(() -> new NotFoundException("offline session", id));
      Consultations.readable(tx, s.consultation());
      return s;
    });
  }
}
