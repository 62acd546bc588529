package org.consulta.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.consulta.core.access.AccessTarget;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Operation;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.error.ConflictException;
import org.consulta.core.error.Violations;
import org.consulta.core.event.OutcomeEvent;
import org.consulta.core.outcome.Decision;
import org.consulta.core.outcome.DecisionChange;
import org.consulta.core.outcome.DecisionId;
import org.consulta.core.outcome.Milestone;
import org.consulta.core.outcome.NewDecision;
import org.consulta.core.outcome.NewResponse;
import org.consulta.core.outcome.NewResult;
import org.consulta.core.outcome.NoticeKind;
import org.consulta.core.outcome.NoticeRequest;
import org.consulta.core.outcome.OutcomeRepository;
import org.consulta.core.outcome.Response;
import org.consulta.core.outcome.ResponseChange;
import org.consulta.core.outcome.ResponseId;
import org.consulta.core.outcome.ResponseRevision;
import org.consulta.core.outcome.Result;
import org.consulta.core.outcome.ResultChange;
import org.consulta.core.outcome.ResultId;
import org.consulta.core.outcome.ResultStatus;
import org.consulta.core.outcome.ResultUpdate;
import org.consulta.core.outcome.Theme;
import org.consulta.core.outcome.ThemeId;
import org.consulta.core.value.LocalizedText;

/** Responses, decisions, results and sending notices, for {@link Outcomes}. */
final class OutcomeWrites {
  private static final int MAX_RATIONALE = 10_000;
  private static final int MAX_TEXT = 20_000;
  private static final int MAX_NOTE = 5_000;
  private static final int MAX_MILESTONES = 100;
  private static final int MAX_RESULT_DECISIONS = 100;

  private final Engine engine;

  OutcomeWrites(Engine engine) {
    this.engine = engine;
  }

  /** Queues notices for the authors of the contributions and of the themes' members. */
  static void notify(Tx tx, ConsultationId consultation, NoticeKind kind, String subject, Set<ContributionId> contributions, Set<ThemeId> themes) {
    if (!contributions.isEmpty() || !themes.isEmpty()) {
      tx.uow.outcomes().queueNotices(new NoticeRequest(consultation, kind, subject, contributions, themes, tx.now));
    }
  }

  // ---------------------------------------------------------------- responses

  Response respond(Actor actor, NewResponse cmd) {
    return engine.command(actor, cmd, tx -> {
      tx.require(Operation.RESPOND, AccessTarget.tenantWide());
      Violations v = new Violations();
      v.check(cmd.contribution().isPresent() != cmd.theme().isPresent(), "contribution", "give exactly one of contribution and theme");
      rationale(v, cmd.status().requiresRationale(), cmd.rationale());
      v.throwIfAny();
      OutcomeRepository repo = tx.uow.outcomes();
      ConsultationId consultation;
      if (cmd.contribution().isPresent()) {
        Contribution c = Contributions.readable(tx, cmd.contribution().get());
        consultation = c.consultation();
        if (repo.responseToContribution(c.id()).isPresent()) {
          throw new ConflictException("contribution " + c.id() + " has a response already; revise it");
        }
      } else {
        Theme theme = Outcomes.theme(tx, cmd.theme().get());
        consultation = theme.consultation();
        if (repo.responseToTheme(theme.id()).isPresent()) {
          throw new ConflictException("theme " + theme.id() + " has a response already; revise it");
        }
      }
      Response r = new Response(new ResponseId(engine.ids.next()), tx.uow.tenant(), consultation, cmd.contribution(), cmd.theme(), 1, cmd.status(),
          cmd.rationale(), actor.subject(), tx.now, tx.now, List.of());
      repo.insertResponse(r);
      tx.record(new OutcomeEvent.ResponseGiven(r.id(), consultation, r.contribution(), r.theme(), r.status()));
      notify(tx, consultation, NoticeKind.RESPONDED, r.id().toString(), r.contribution().map(Set::of).orElse(Set.of()),
          r.theme().map(Set::of).orElse(Set.of()));
      return r;
    });
  }

  Response revise(Actor actor, ResponseChange cmd) {
    return engine.command(actor, cmd, tx -> {
      tx.require(Operation.RESPOND, AccessTarget.tenantWide());
      Response r = OutcomeReads.response(tx, cmd.response());
      tx.checkVersion("response", r.id(), cmd.expectedVersion(), r.version());
      Violations v = new Violations();
      rationale(v, cmd.status().requiresRationale(), cmd.rationale());
      v.throwIfAny();
      List<ResponseRevision> history = new ArrayList<>(r.history());
      history.add(new ResponseRevision(r.version(), r.status(), r.rationale(), r.respondedBy(), r.respondedAt()));
      Response next = new Response(r.id(), r.tenant(), r.consultation(), r.contribution(), r.theme(), r.version() + 1, cmd.status(),
          cmd.rationale(), actor.subject(), tx.now, r.firstRespondedAt(), history);
      tx.uow.outcomes().updateResponse(next);
      tx.record(new OutcomeEvent.ResponseRevised(r.id(), r.consultation(), next.version(), r.status(), next.status()));
      notify(tx, r.consultation(), NoticeKind.RESPONSE_REVISED, r.id().toString(), r.contribution().map(Set::of).orElse(Set.of()),
          r.theme().map(Set::of).orElse(Set.of()));
      return next;
    });
  }

  private static void rationale(Violations v, boolean required, Optional<LocalizedText> rationale) {
    v.check(!required || rationale.isPresent(), "rationale", "required unless the response accepts");
    rationale.ifPresent(r -> Consultations.texts(v, "rationale", r, MAX_RATIONALE));
  }

  // ---------------------------------------------------------------- decisions

  Decision recordDecision(Actor actor, NewDecision cmd) {
    return engine.command(actor, cmd, tx -> {
      tx.require(Operation.RECORD_OUTCOME, AccessTarget.tenantWide());
      Consultation consultation = Consultations.readable(tx, cmd.consultation());
      Violations v = new Violations();
      decisionTexts(v, cmd.title(), cmd.text(), cmd.body(), cmd.meeting(), cmd.influence());
      List<ThemeId> themes = themes(tx, v, consultation.id(), cmd.themes());
      List<ContributionId> contributions = contributions(tx, v, consultation.id(), cmd.contributions());
      v.throwIfAny();
      Decision d = new Decision(new DecisionId(engine.ids.next()), tx.uow.tenant(), consultation.id(), 1, cmd.title(), cmd.text(), cmd.body().strip(),
          cmd.meeting().map(String::strip), cmd.decidedOn(), cmd.influence(), cmd.effect(), themes, contributions, actor.subject(), tx.now, tx.now);
      tx.uow.outcomes().insertDecision(d);
      tx.record(new OutcomeEvent.DecisionRecorded(d.id(), d.consultation(), d.effect(), d.themes(), d.contributions()));
      notify(tx, d.consultation(), NoticeKind.DECISION_RECORDED, d.id().toString(), Set.copyOf(contributions), Set.copyOf(themes));
      return d;
    });
  }

  Decision updateDecision(Actor actor, DecisionChange cmd) {
    return engine.command(actor, cmd, tx -> {
      tx.require(Operation.RECORD_OUTCOME, AccessTarget.tenantWide());
      Decision d = OutcomeReads.decision(tx, cmd.decision());
      tx.checkVersion("decision", d.id(), cmd.expectedVersion(), d.version());
      Violations v = new Violations();
      LocalizedText title = cmd.title().orElse(d.title());
      LocalizedText text = cmd.text().orElse(d.text());
      String body = cmd.body().orElse(d.body());
      Optional<String> meeting = cmd.meeting().or(d::meeting);
      LocalizedText influence = cmd.influence().orElse(d.influence());
      decisionTexts(v, title, text, body, meeting, influence);
      List<ThemeId> themes = cmd.themes().map(t -> themes(tx, v, d.consultation(), t)).orElse(d.themes());
      List<ContributionId> contributions = cmd.contributions().map(c -> contributions(tx, v, d.consultation(), c)).orElse(d.contributions());
      v.throwIfAny();
      Decision next = new Decision(d.id(), d.tenant(), d.consultation(), d.version() + 1, title, text, body.strip(), meeting.map(String::strip),
          cmd.decidedOn().orElse(d.decidedOn()), influence, cmd.effect().orElse(d.effect()), themes, contributions, d.recordedBy(), d.createdAt(),
          tx.now);
      List<String> fields = changed(d, next);
      if (fields.isEmpty()) {
        return d;
      }
      tx.uow.outcomes().updateDecision(next);
      tx.record(new OutcomeEvent.DecisionChanged(d.id(), d.consultation(), next.version(), fields));
      notify(tx, d.consultation(), NoticeKind.DECISION_CHANGED, d.id().toString(), Set.copyOf(contributions), Set.copyOf(themes));
      return next;
    });
  }

  private static List<String> changed(Decision a, Decision b) {
    List<String> fields = new ArrayList<>();
    addIf(fields, "title", !a.title().equals(b.title()));
    addIf(fields, "text", !a.text().equals(b.text()));
    addIf(fields, "body", !a.body().equals(b.body()));
    addIf(fields, "meeting", !a.meeting().equals(b.meeting()));
    addIf(fields, "decidedOn", !a.decidedOn().equals(b.decidedOn()));
    addIf(fields, "influence", !a.influence().equals(b.influence()));
    addIf(fields, "effect", a.effect() != b.effect());
    addIf(fields, "themes", !a.themes().equals(b.themes()));
    addIf(fields, "contributions", !a.contributions().equals(b.contributions()));
    return fields;
  }

  private static void decisionTexts(Violations v, LocalizedText title, LocalizedText text, String body, Optional<String> meeting,
      LocalizedText influence) {
    Consultations.texts(v, "title", title, Outcomes.MAX_TITLE);
    Consultations.texts(v, "text", text, MAX_TEXT);
    v.check(!body.isBlank() && body.length() <= Outcomes.MAX_TITLE, "body", "1 to " + Outcomes.MAX_TITLE + " characters");
    meeting.ifPresent(m -> v.check(!m.isBlank() && m.length() <= Outcomes.MAX_TITLE, "meeting", "1 to " + Outcomes.MAX_TITLE + " characters"));
    Consultations.texts(v, "influence", influence, MAX_RATIONALE);
  }

  private static List<ThemeId> themes(Tx tx, Violations v, ConsultationId consultation, List<ThemeId> ids) {
    return linked(v, "themes", "theme", ids, NewDecision.MAX_LINKS, consultation, id -> tx.uow.outcomes().theme(id).map(Theme::consultation));
  }

  private static List<ContributionId> contributions(Tx tx, Violations v, ConsultationId consultation, List<ContributionId> ids) {
    return linked(v, "contributions", "contribution", ids, NewDecision.MAX_LINKS, consultation,
        id -> tx.uow.contributions().find(id).map(Contribution::consultation));
  }

  private static List<DecisionId> decisions(Tx tx, Violations v, ConsultationId consultation, List<DecisionId> ids) {
    return linked(v, "decisions", "decision", ids, MAX_RESULT_DECISIONS, consultation,
        id -> tx.uow.outcomes().decision(id).map(Decision::consultation));
  }

  /**
   * The linked ids that exist in the consultation, in order, each once; the list over {@code max}
   * and every other id (as {@code field[i]}) named.
   *
   * @param consultationOf the consultation of the linked item, empty if it does not exist
   */
  private static <I> List<I> linked(Violations v, String field, String what, List<I> ids, int max, ConsultationId consultation,
      Function<I, Optional<ConsultationId>> consultationOf) {
    v.check(ids.size() <= max, field, "at most " + max);
    Set<I> out = new LinkedHashSet<>();
    for (int i = 0; i < ids.size() && i < max; i++) {
      if (consultationOf.apply(ids.get(i)).filter(consultation::equals).isPresent()) {
        out.add(ids.get(i));
      } else {
        v.add(field + "[" + i + "]", "no " + what + " " + ids.get(i) + " in consultation " + consultation);
      }
    }
    return List.copyOf(out);
  }

  // ---------------------------------------------------------------- results

  Result createResult(Actor actor, NewResult cmd) {
    return engine.command(actor, cmd, tx -> {
      tx.require(Operation.RECORD_OUTCOME, AccessTarget.tenantWide());
      Consultation consultation = Consultations.readable(tx, cmd.consultation());
      Violations v = new Violations();
      Consultations.texts(v, "title", cmd.title(), Outcomes.MAX_TITLE);
      cmd.description().ifPresent(d -> Consultations.texts(v, "description", d, MAX_TEXT));
      int progress = cmd.progress().orElse(0);
      v.check(progress >= 0 && progress <= 100, "progress", "0 to 100, not " + progress);
      milestones(v, cmd.milestones());
      List<DecisionId> decisions = decisions(tx, v, consultation.id(), cmd.decisions());
      cmd.parent().ifPresent(parent -> {
        Optional<Result> p = tx.uow.outcomes().result(parent);
        if (p.isEmpty() || !p.get().consultation().equals(consultation.id())) {
          v.add("parent", "no result " + parent + " in consultation " + consultation.id());
        } else if (depth(tx, p.get()) + 1 > NewResult.MAX_DEPTH) {
          v.add("parent", "results nest at most " + NewResult.MAX_DEPTH + " deep");
        }
      });
      v.throwIfAny();
      ResultStatus status = cmd.status().orElse(ResultStatus.PLANNED);
      Result r = new Result(new ResultId(engine.ids.next()), tx.uow.tenant(), consultation.id(), 1, cmd.parent(), cmd.title(), cmd.description(),
          status, progress, cmd.milestones(), decisions, List.of(new ResultUpdate(tx.now, actor.subject(), status, progress, Optional.empty())),
          tx.now, tx.now);
      tx.uow.outcomes().insertResult(r);
      tx.record(new OutcomeEvent.ResultCreated(r.id(), r.consultation(), r.parent(), status, progress));
      notifyResult(tx, r);
      return r;
    });
  }

  Result updateResult(Actor actor, ResultChange cmd) {
    return engine.command(actor, cmd, tx -> {
      tx.require(Operation.RECORD_OUTCOME, AccessTarget.tenantWide());
      Result r = OutcomeReads.result(tx, cmd.result());
      tx.checkVersion("result", r.id(), cmd.expectedVersion(), r.version());
      Violations v = new Violations();
      cmd.title().ifPresent(t -> Consultations.texts(v, "title", t, Outcomes.MAX_TITLE));
      cmd.description().ifPresent(d -> Consultations.texts(v, "description", d, MAX_TEXT));
      cmd.note().ifPresent(n -> Consultations.texts(v, "note", n, MAX_NOTE));
      int progress = cmd.progress().orElse(r.progress());
      v.check(progress >= 0 && progress <= 100, "progress", "0 to 100, not " + progress);
      cmd.milestones().ifPresent(m -> milestones(v, m));
      List<DecisionId> decisions = cmd.decisions().map(d -> decisions(tx, v, r.consultation(), d)).orElse(r.decisions());
      v.throwIfAny();
      ResultStatus status = cmd.status().orElse(r.status());
      List<String> fields = new ArrayList<>();
      addIf(fields, "title", cmd.title().isPresent() && !cmd.title().get().equals(r.title()));
      addIf(fields, "description", cmd.description().isPresent() && !cmd.description().equals(r.description()));
      addIf(fields, "status", status != r.status());
      addIf(fields, "progress", progress != r.progress());
      addIf(fields, "milestones", cmd.milestones().isPresent() && !cmd.milestones().get().equals(r.milestones()));
      addIf(fields, "decisions", !decisions.equals(r.decisions()));
      addIf(fields, "note", cmd.note().isPresent());
      if (fields.isEmpty()) {
        return r;
      }
      List<ResultUpdate> timeline = new ArrayList<>(r.timeline());
      boolean publicChange = status != r.status() || progress != r.progress() || cmd.note().isPresent();
      if (publicChange) {
        timeline.add(new ResultUpdate(tx.now, actor.subject(), status, progress, cmd.note()));
      }
      Result next = new Result(r.id(), r.tenant(), r.consultation(), r.version() + 1, r.parent(), cmd.title().orElse(r.title()),
          cmd.description().or(r::description), status, progress, cmd.milestones().orElse(r.milestones()), decisions, timeline, r.createdAt(), tx.now);
      tx.uow.outcomes().updateResult(next);
      tx.record(new OutcomeEvent.ResultChanged(r.id(), r.consultation(), next.version(), status, progress, fields));
      if (publicChange) {
        notifyResult(tx, next);
      }
      return next;
    });
  }

  private static void addIf(List<String> fields, String field, boolean changed) {
    if (changed) {
      fields.add(field);
    }
  }

  /** The authors whose input informed the result's decisions hear that it changed. */
  private static void notifyResult(Tx tx, Result r) {
    Set<ContributionId> contributions = new LinkedHashSet<>();
    Set<ThemeId> themes = new LinkedHashSet<>();
    for (DecisionId id : r.decisions()) {
      tx.uow.outcomes().decision(id).ifPresent(d -> {
        contributions.addAll(d.contributions());
        themes.addAll(d.themes());
      });
    }
    notify(tx, r.consultation(), NoticeKind.RESULT_CHANGED, r.id().toString(), contributions, themes);
  }

  private static int depth(Tx tx, Result r) {
    int depth = 1;
    Optional<ResultId> parent = r.parent();
    while (parent.isPresent() && depth <= NewResult.MAX_DEPTH) {
      depth++;
      parent = tx.uow.outcomes().result(parent.get()).flatMap(Result::parent);
    }
    return depth;
  }

  private static void milestones(Violations v, List<Milestone> milestones) {
    v.check(milestones.size() <= MAX_MILESTONES, "milestones", "at most " + MAX_MILESTONES);
    for (int i = 0; i < milestones.size() && i < MAX_MILESTONES; i++) {
      Consultations.texts(v, "milestones[" + i + "].title", milestones.get(i).title(), Outcomes.MAX_TITLE);
    }
  }
}
