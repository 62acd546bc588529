package org.consulta.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.OutcomeEvent;
import org.consulta.core.expectation.Commitment;
import org.consulta.core.expectation.CommitmentId;
import org.consulta.core.expectation.CommitmentTerms;
import org.consulta.core.expectation.ExpectationRepository;
import org.consulta.core.expectation.ResponseScope;
import org.consulta.core.expectation.TimeAllowance;
import org.consulta.core.expectation.TrackedItem;
import org.consulta.core.expectation.TrackedItemKind;
import org.consulta.core.expectation.WorkingCalendar;
import org.consulta.core.moderation.DecisionAction;
import org.consulta.core.outcome.Decision;
import org.consulta.core.store.EventLog;

/**
 * Keeps the expectation ledger in step with a command, in its transaction: {@link Tx} hands every
 * command's events here just before they are appended. Only consultations with live commitments
 * cost more than one lookup (per consultation and command). What each event does is listed in
 * {@code docs/architecture.md} ("Expectations").
 */
final class Monitoring {
  private final Tx tx;
  private final ExpectationRepository repo;
  private final Map<ConsultationId, List<Commitment>> live = new HashMap<>();
  private final List<TrackedItem> tracked = new ArrayList<>();
  private final Set<ConsultationId> reachTouched = new LinkedHashSet<>();
  private WorkingCalendar calendar;

  private Monitoring(Tx tx) {
    this.tx = tx;
    this.repo = tx.uow.expectations();
  }

  /**
   * @param tx the command
   * @param events its events, about to be appended
   */
  static void observe(Tx tx, List<EventLog.PendingEvent> events) {
    Monitoring m = null;
    for (EventLog.PendingEvent e : events) {
      if (e.event() instanceof OutcomeEvent.OutcomeDigestSent d) {
        // participants' own expectations ("that I hear about the outcome") are measured with or without commitments
        tx.uow.expectations().markHeard(d.consultation(), d.recipient(), tx.now);
        continue;
      }
      ConsultationId consultation = consultationOf(e.event());
      if (consultation == null) {
        continue;
      }
      if (m == null) {
        m = new Monitoring(tx);
      }
      m.on(consultation, e.event());
    }
    if (m != null) {
      m.finish();
    }
  }

  /** @return the consultation of an event the ledger follows, or null for every other event */
  private static ConsultationId consultationOf(ConsultaEvent e) {
    if (e instanceof ConsultaEvent.ContributionSubmitted s) {
      return s.consultation();
    } else if (e instanceof ConsultaEvent.ReactionSet r) {
      return r.support().isPresent() ? r.consultation() : null;
    } else if (e instanceof ConsultaEvent.ContributionWithdrawn w) {
      return w.consultation();
    } else if (e instanceof ConsultaEvent.ModerationCaseOpened o) {
      return o.consultation();
    } else if (e instanceof ConsultaEvent.ModerationDecided d) {
      return d.consultation();
    } else if (e instanceof OutcomeEvent.ResponseGiven r) {
      return r.consultation();
    } else if (e instanceof OutcomeEvent.ThemeMembersChanged t) {
      return t.added().isEmpty() ? null : t.consultation();
    } else if (e instanceof OutcomeEvent.DecisionRecorded d) {
      return d.consultation();
    } else if (e instanceof OutcomeEvent.DecisionChanged d) {
      return d.fields().contains("decidedOn") ? d.consultation() : null;
    }
    return null;
  }

  private List<Commitment> commitments(ConsultationId consultation) {
    return live.computeIfAbsent(consultation, c -> repo.commitments(c).stream().filter(Commitment::live).toList());
  }

  private WorkingCalendar calendar() {
    if (calendar == null) {
      calendar = repo.calendar().orElse(WorkingCalendar.standard());
    }
    return calendar;
  }

  private void on(ConsultationId consultation, ConsultaEvent event) {
    List<Commitment> commitments = commitments(consultation);
    if (commitments.isEmpty()) {
      return;
    }
    if (event instanceof ConsultaEvent.ContributionSubmitted s) {
      submitted(consultation, commitments, s);
    } else if (event instanceof ConsultaEvent.ReactionSet r) {
      supported(commitments, r);
    } else if (event instanceof ConsultaEvent.ContributionWithdrawn w) {
      repo.excuse(ids(commitments, CommitmentTerms.RespondWithin.class), List.of(w.contribution().value()));
    } else if (event instanceof ConsultaEvent.ModerationCaseOpened o) {
      for (Commitment c : commitments) {
        if (c.terms() instanceof CommitmentTerms.ModerateWithin m) {
          tracked.add(item(c, m.allowance(), TrackedItemKind.MODERATION_CASE, o.moderationCase().value(), tx.now));
        }
      }
    } else if (event instanceof ConsultaEvent.ModerationDecided d) {
      flushTracked();
      if (d.action() != DecisionAction.ESCALATE) {
        repo.settle(ids(commitments, CommitmentTerms.ModerateWithin.class), List.of(d.moderationCase().value()), tx.now);
      }
      if (d.state() == ContributionState.REJECTED) {
        repo.excuse(ids(commitments, CommitmentTerms.RespondWithin.class), List.of(d.contribution().value()));
      }
    } else if (event instanceof OutcomeEvent.ResponseGiven r) {
      flushTracked();
      List<CommitmentId> respond = ids(commitments, CommitmentTerms.RespondWithin.class);
      r.contribution().ifPresent(c -> repo.settle(respond, List.of(c.value()), tx.now));
      r.theme().ifPresent(t -> repo.settleMembers(respond, t.value(), tx.now));
    } else if (event instanceof OutcomeEvent.ThemeMembersChanged t) {
      if (tx.uow.outcomes().responseToTheme(t.theme()).isPresent()) {
        flushTracked();
        repo.settle(ids(commitments, CommitmentTerms.RespondWithin.class), t.added().stream().map(id -> id.value()).toList(), tx.now);
      }
    } else if (event instanceof OutcomeEvent.DecisionRecorded d) {
      decided(commitments, d.decision());
    } else if (event instanceof OutcomeEvent.DecisionChanged d) {
      decided(commitments, d.decision());
    }
  }

  private void submitted(ConsultationId consultation, List<Commitment> commitments, ConsultaEvent.ContributionSubmitted s) {
    reachTouched.add(consultation);
    s.author().ifPresent(a -> repo.addParticipant(consultation, a));
    if (s.parent().isPresent() || s.state() == ContributionState.REJECTED || s.state() == ContributionState.WITHDRAWN) {
      return;
    }
    for (Commitment c : commitments) {
      if (c.terms() instanceof CommitmentTerms.RespondWithin r && coversOnArrival(r.scope(), s.kind())) {
        tracked.add(item(c, r.allowance(), TrackedItemKind.CONTRIBUTION, s.contribution().value(), tx.now));
      }
    }
  }

  private static boolean coversOnArrival(ResponseScope scope, ContributionKind kind) {
    if (scope instanceof ResponseScope.AllContributions) {
      return true;
    }
    return scope instanceof ResponseScope.OfKinds k && k.kinds().contains(kind);
  }

  private void supported(List<Commitment> commitments, ConsultaEvent.ReactionSet r) {
    Contribution c = null;
    for (Commitment k : commitments) {
      if (k.terms() instanceof CommitmentTerms.RespondWithin rw && rw.scope() instanceof ResponseScope.SupportedProposals sp) {
        if (c == null) {
          c = tx.uow.contributions().find(r.contribution()).orElse(null);
          if (c == null || c.kind() != ContributionKind.PROPOSAL || c.parent().isPresent()) {
            return;
          }
        }
        if (c.tally().supports() >= sp.minimumSupports() && c.state() != ContributionState.REJECTED && c.state() != ContributionState.WITHDRAWN) {
          tracked.add(item(k, rw.allowance(), TrackedItemKind.CONTRIBUTION, c.id().value(), tx.now));
        }
      }
    }
  }

  private void decided(List<Commitment> commitments, org.consulta.core.outcome.DecisionId id) {
    Decision d = null;
    for (Commitment k : commitments) {
      if (k.terms() instanceof CommitmentTerms.DecideBy by && k.achievedAt().isEmpty()) {
        if (d == null) {
          d = tx.uow.outcomes().decision(id).orElse(null);
          if (d == null) {
            return;
          }
        }
        if (!d.decidedOn().isAfter(by.date())) {
          achieve(k, d.decidedOn().atStartOfDay(calendar().zone()).toInstant());
        }
      }
    }
  }

  private void achieve(Commitment k, Instant at) {
    Commitment stored = repo.find(k.id()).orElseThrow();
    if (stored.achievedAt().isEmpty()) {
      repo.update(stored.withAchievedAt(at));
    }
  }

  private TrackedItem item(Commitment c, TimeAllowance allowance, TrackedItemKind kind, UUID id, Instant start) {
    Instant due = allowance.dueAfter(start, calendar());
    return new TrackedItem(c.id(), kind, id, start, TimeAllowance.riskAt(start, due, c.riskShare()), due);
  }

  private void flushTracked() {
    if (!tracked.isEmpty()) {
      repo.track(List.copyOf(tracked));
      tracked.clear();
    }
  }

  private void finish() {
    flushTracked();
    for (ConsultationId consultation : reachTouched) {
      for (Commitment k : commitments(consultation)) {
        if (k.terms() instanceof CommitmentTerms.Reach reach && k.achievedAt().isEmpty()
            && Evaluations.reachCount(tx, consultation, reach.metric()) >= reach.target()) {
          achieve(k, tx.now);
        }
      }
    }
  }

  private static List<CommitmentId> ids(List<Commitment> commitments, Class<? extends CommitmentTerms> kind) {
    List<CommitmentId> out = new ArrayList<>();
    for (Commitment c : commitments) {
      if (kind.isInstance(c.terms())) {
        out.add(c.id());
      }
    }
    return out;
  }
}
