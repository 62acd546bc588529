package org.consulta.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consulta.core.access.AccessTarget;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Operation;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.error.AccessDeniedException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.Violations;
import org.consulta.core.event.OutcomeEvent;
import org.consulta.core.moderation.Campaign;
import org.consulta.core.outcome.Decision;
import org.consulta.core.outcome.DecisionChange;
import org.consulta.core.outcome.DecisionId;
import org.consulta.core.outcome.DecisionInput;
import org.consulta.core.outcome.NewDecision;
import org.consulta.core.outcome.NewResponse;
import org.consulta.core.outcome.NewResult;
import org.consulta.core.outcome.NewTheme;
import org.consulta.core.outcome.NoticeRun;
import org.consulta.core.outcome.OutcomeReport;
import org.consulta.core.outcome.OutcomeService;
import org.consulta.core.outcome.Response;
import org.consulta.core.outcome.ResponseChange;
import org.consulta.core.outcome.ResponseId;
import org.consulta.core.outcome.Result;
import org.consulta.core.outcome.ResultChange;
import org.consulta.core.outcome.ResultId;
import org.consulta.core.outcome.ResultNode;
import org.consulta.core.outcome.Theme;
import org.consulta.core.outcome.ThemeId;
import org.consulta.core.outcome.ThemeMembers;
import org.consulta.core.outcome.ThemeMembership;
import org.consulta.core.outcome.ThemeOrigin;
import org.consulta.core.outcome.ThemeStats;
import org.consulta.core.outcome.ThemeSuggestion;
import org.consulta.core.outcome.ThemeUpdate;
import org.consulta.core.outcome.TrailEntry;
import org.consulta.core.value.Page;
import org.consulta.core.value.PageRequest;

/**
 * The outcome service: themes here; responses, decisions and results in {@link OutcomeWrites};
 * sending notices in {@link OutcomeNotices}; reads, the trail, suggestions and the report in {@link
 * OutcomeReads}. Every command checks access, validates
 * naming every bad field, writes, records its events and queues the notices it causes.
 */
final class Outcomes implements OutcomeService {
  static final int MAX_TITLE = 200;
  static final int MAX_DESCRIPTION = 5_000;

  private final Engine engine;
  private final OutcomeWrites writes;
  private final OutcomeReads reads;
  private final OutcomeNotices notices;

  Outcomes(Engine engine) {
    this.engine = engine;
    this.writes = new OutcomeWrites(engine);
    this.reads = new OutcomeReads(engine);
    this.notices = new OutcomeNotices(engine);
  }

  // ---------------------------------------------------------------- themes

  @Override
  public Theme createTheme(Actor actor, NewTheme cmd) {
    return engine.command(actor, cmd, tx -> {
      tx.require(Operation.RESPOND, AccessTarget.tenantWide());
      Consultation consultation = Consultations.readable(tx, cmd.consultation());
      Violations v = new Violations();
      Consultations.texts(v, "title", cmd.title(), MAX_TITLE);
      cmd.description().ifPresent(d -> Consultations.texts(v, "description", d, MAX_DESCRIPTION));
      ThemeOrigin origin = cmd.origin().orElse(cmd.campaign().isPresent() ? ThemeOrigin.CAMPAIGN : ThemeOrigin.MANUAL);
      v.check(origin != ThemeOrigin.CAMPAIGN || cmd.campaign().isPresent(), "campaign", "required when the origin is CAMPAIGN");
      cmd.campaign().ifPresent(id -> {
        Optional<Campaign> campaign = tx.uow.moderation().campaign(id);
        v.check(campaign.isPresent() && campaign.get().consultation().equals(consultation.id()), "campaign",
            "no campaign " + id + " in consultation " + consultation.id());
      });
      v.throwIfAny();
      Theme theme = new Theme(new ThemeId(engine.ids.next()), tx.uow.tenant(), consultation.id(), 1, cmd.title(), cmd.description(), origin,
          cmd.campaign(), actor.subject(), tx.now, tx.now);
      tx.uow.outcomes().insertTheme(theme);
      tx.record(new OutcomeEvent.ThemeCreated(theme.id(), consultation.id(), origin, cmd.campaign()));
      if (cmd.campaign().isPresent()) {
        long added = tx.uow.outcomes().addCampaignMembers(theme.id(), consultation.id(), cmd.campaign().get(), actor.subject(), tx.now);
        tx.record(new OutcomeEvent.ThemeMembersChanged(theme.id(), consultation.id(), List.of(), List.of(), added));
      }
      return theme;
    });
  }

  @Override
  public Theme updateTheme(Actor actor, ThemeUpdate cmd) {
    return engine.command(actor, cmd, tx -> {
      tx.require(Operation.RESPOND, AccessTarget.tenantWide());
      Theme theme = theme(tx, cmd.theme());
      tx.checkVersion("theme", theme.id(), cmd.expectedVersion(), theme.version());
      Violations v = new Violations();
      cmd.title().ifPresent(t -> Consultations.texts(v, "title", t, MAX_TITLE));
      cmd.description().ifPresent(d -> Consultations.texts(v, "description", d, MAX_DESCRIPTION));
      v.throwIfAny();
      List<String> fields = new ArrayList<>();
      if (cmd.title().isPresent() && !cmd.title().get().equals(theme.title())) {
        fields.add("title");
      }
      if (cmd.description().isPresent() && !cmd.description().equals(theme.description())) {
        fields.add("description");
      }
      if (fields.isEmpty()) {
        return theme;
      }
      Theme next = new Theme(theme.id(), theme.tenant(), theme.consultation(), theme.version() + 1, cmd.title().orElse(theme.title()),
          cmd.description().or(theme::description), theme.origin(), theme.campaign(), theme.createdBy(), theme.createdAt(), tx.now);
      tx.uow.outcomes().updateTheme(next);
      tx.record(new OutcomeEvent.ThemeUpdated(next.id(), next.consultation(), next.version(), fields));
      return next;
    });
  }

  @Override
  public Theme theme(Actor actor, ThemeId id) {
    return engine.query(actor, tx -> OutcomeReads.view(tx, theme(tx, id)));
  }

  /** A theme of a consultation the actor may read; "not found" otherwise. */
  static Theme theme(Tx tx, ThemeId id) {
    Theme theme = tx.uow.outcomes().theme(id).orElseThrow(() -> new NotFoundException("theme", id));
    OutcomeReads.consultationOrNotFound(tx, theme.consultation(), "theme", id);
    return theme;
  }

  @Override
  public Page<Theme> themes(Actor actor, ConsultationId consultation, PageRequest page) {
    return engine.query(actor, tx -> {
      Consultations.readable(tx, consultation);
      int batch = Paging.batchSize(page);
      return OutcomeReads.view(Paging.filteredList(page, after -> tx.uow.outcomes().themes(consultation, after, batch), t -> true,
          Theme::sortKey), t -> OutcomeReads.view(tx, t));
    });
  }

  @Override
  public int addToTheme(Actor actor, ThemeMembers cmd) {
    return engine.command(actor, cmd, tx -> {
      tx.require(Operation.RESPOND, AccessTarget.tenantWide());
      Theme theme = theme(tx, cmd.theme());
      List<Contribution> contributions = members(tx, theme, cmd);
      List<ContributionId> added = new ArrayList<>();
      for (Contribution c : contributions) {
        if (tx.uow.outcomes().addMember(new ThemeMembership(theme.id(), c.id(), theme.consultation(), actor.subject(), tx.now))) {
          added.add(c.id());
        }
      }
      if (!added.isEmpty()) {
        tx.record(new OutcomeEvent.ThemeMembersChanged(theme.id(), theme.consultation(), added, List.of(), 0));
        // the theme's response now answers the new members
        tx.uow.outcomes().responseToTheme(theme.id()).ifPresent(r ->
            OutcomeWrites.notify(tx, theme.consultation(), org.consulta.core.outcome.NoticeKind.RESPONDED, r.id().toString(), Set.copyOf(added), Set.of()));
      }
      return added.size();
    });
  }

  @Override
  public int removeFromTheme(Actor actor, ThemeMembers cmd) {
    return engine.command(actor, cmd, tx -> {
      tx.require(Operation.RESPOND, AccessTarget.tenantWide());
      Theme theme = theme(tx, cmd.theme());
      List<Contribution> contributions = members(tx, theme, cmd);
      List<ContributionId> removed = new ArrayList<>();
      for (Contribution c : contributions) {
        if (tx.uow.outcomes().removeMember(theme.id(), c.id())) {
          removed.add(c.id());
        }
      }
      if (!removed.isEmpty()) {
        tx.record(new OutcomeEvent.ThemeMembersChanged(theme.id(), theme.consultation(), List.of(), removed, 0));
      }
      return removed.size();
    });
  }

  /** The command's contributions, each of the theme's consultation; every bad one named. */
  private static List<Contribution> members(Tx tx, Theme theme, ThemeMembers cmd) {
    Violations v = new Violations();
    v.check(!cmd.contributions().isEmpty() && cmd.contributions().size() <= ThemeMembers.MAX, "contributions",
        "give 1 to " + ThemeMembers.MAX + " contributions, not " + cmd.contributions().size());
    List<Contribution> found = new ArrayList<>();
    Set<ContributionId> seen = new LinkedHashSet<>();
    for (int i = 0; i < cmd.contributions().size() && i < ThemeMembers.MAX; i++) {
      ContributionId id = cmd.contributions().get(i);
      if (!seen.add(id)) {
        continue;
      }
      Optional<Contribution> c = tx.uow.contributions().find(id);
      if (c.isEmpty() || !c.get().consultation().equals(theme.consultation())) {
        v.add("contributions[" + i + "]", "no contribution " + id + " in consultation " + theme.consultation());
      } else {
        found.add(c.get());
      }
    }
    v.throwIfAny();
    return found;
  }

  @Override
  public Page<Contribution> members(Actor actor, ThemeId id, PageRequest page) {
    return engine.query(actor, tx -> {
      Theme theme = theme(tx, id);
      int batch = Paging.batchSize(page);
      Page<Contribution> members = Paging.filteredList(page, after -> tx.uow.outcomes().members(theme.id(), after, batch),
          c -> tx.permits(Operation.READ_CONTRIBUTION, Contributions.target(c)), Contribution::sortKey);
      return new Page<>(members.items().stream().map(c -> Contributions.view(tx, c)).toList(), members.next());
    });
  }

  @Override
  public List<ThemeStats> themeStats(Actor actor, ConsultationId consultation) {
    return engine.query(actor, tx -> {
      Consultations.readable(tx, consultation);
      return tx.uow.outcomes().themeStats(consultation);
    });
  }

  @Override
  public List<ThemeSuggestion> suggestThemes(Actor actor, ConsultationId consultation) {
    return engine.query(actor, tx -> {
      if (!tx.permits(Operation.RESPOND, AccessTarget.tenantWide()) && !tx.permits(Operation.READ_MODERATION, AccessTarget.tenantWide())) {
        throw new AccessDeniedException(actor.subject() + " with roles " + actor.roles() + " may not read theme suggestions");
      }
      Consultation c = Consultations.readable(tx, consultation);
      return OutcomeReads.suggest(engine, tx, c);
    });
  }

  // ---------------------------------------------------------------- delegated

  @Override
  public Response respond(Actor actor, NewResponse command) {
    return writes.respond(actor, command);
  }

  @Override
  public Response revise(Actor actor, ResponseChange command) {
    return writes.revise(actor, command);
  }

  @Override
  public Response response(Actor actor, ResponseId id) {
    return reads.response(actor, id);
  }

  @Override
  public List<Response> responsesTo(Actor actor, ContributionId contribution) {
    return reads.responsesTo(actor, contribution);
  }

  @Override
  public Page<Response> responses(Actor actor, ConsultationId consultation, PageRequest page) {
    return reads.responses(actor, consultation, page);
  }

  @Override
  public Decision recordDecision(Actor actor, NewDecision command) {
    return writes.recordDecision(actor, command);
  }

  @Override
  public Decision updateDecision(Actor actor, DecisionChange command) {
    return writes.updateDecision(actor, command);
  }

  @Override
  public Decision decision(Actor actor, DecisionId id) {
    return reads.decision(actor, id);
  }

  @Override
  public Page<Decision> decisions(Actor actor, ConsultationId consultation, PageRequest page) {
    return reads.decisions(actor, consultation, page);
  }

  @Override
  public List<Decision> decisionsInformedBy(Actor actor, ContributionId contribution) {
    return reads.decisionsInformedBy(actor, contribution);
  }

  @Override
  public DecisionInput inputOf(Actor actor, DecisionId decision, PageRequest page) {
    return reads.inputOf(actor, decision, page);
  }

  @Override
  public Result createResult(Actor actor, NewResult command) {
    return writes.createResult(actor, command);
  }

  @Override
  public Result updateResult(Actor actor, ResultChange command) {
    return writes.updateResult(actor, command);
  }

  @Override
  public ResultNode result(Actor actor, ResultId id) {
    return reads.result(actor, id);
  }

  @Override
  public List<ResultNode> results(Actor actor, ConsultationId consultation) {
    return reads.results(actor, consultation);
  }

  @Override
  public Page<TrailEntry> trail(Actor actor, PageRequest page) {
    return reads.trail(actor, page);
  }

  @Override
  public NoticeRun sendNotices(Actor actor, int maxRecipients) {
    return notices.sendNotices(actor, maxRecipients);
  }

  @Override
  public OutcomeReport report(Actor actor, ConsultationId consultation) {
    return reads.report(actor, consultation);
  }
}
