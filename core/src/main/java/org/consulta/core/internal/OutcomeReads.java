package org.consulta.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Operation;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.contribution.Visibility;
import org.consulta.core.error.AccessDeniedException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.moderation.Campaign;
import org.consulta.core.outcome.Decision;
import org.consulta.core.outcome.DecisionId;
import org.consulta.core.outcome.DecisionInput;
import org.consulta.core.outcome.ImpactFigures;
import org.consulta.core.outcome.OutcomeReport;
import org.consulta.core.outcome.OutcomeRepository;
import org.consulta.core.outcome.Response;
import org.consulta.core.outcome.ResponseId;
import org.consulta.core.outcome.ResponseTimes;
import org.consulta.core.outcome.Result;
import org.consulta.core.outcome.ResultId;
import org.consulta.core.outcome.ResultNode;
import org.consulta.core.outcome.ResultStatus;
import org.consulta.core.outcome.SuggestionSource;
import org.consulta.core.outcome.Theme;
import org.consulta.core.outcome.ThemeId;
import org.consulta.core.outcome.ThemeMembership;
import org.consulta.core.outcome.ThemeSection;
import org.consulta.core.outcome.ThemeStats;
import org.consulta.core.outcome.ThemeSuggester;
import org.consulta.core.outcome.ThemeSuggestion;
import org.consulta.core.outcome.TrailEntry;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.Page;
import org.consulta.core.value.PageRequest;
import org.consulta.core.value.SortKey;

/** Reads of responses, decisions and results, the trail, theme suggestions and the report, for {@link Outcomes}. */
final class OutcomeReads {
  /** Store page size when a read walks a whole list (themes, decisions). */
  private static final int WALK = 1_000;

  private final Engine engine;

  OutcomeReads(Engine engine) {
    this.engine = engine;
  }

  // ---------------------------------------------------------------- lookups with access

  /** A response the actor may read: of a readable consultation, and for a contribution's, of a readable contribution. */
  static Response response(Tx tx, ResponseId id) {
    Response r = tx.uow.outcomes().response(id).orElseThrow(() -> new NotFoundException("response", id));
    if (!readable(tx, r)) {
      throw new NotFoundException("response", id);
    }
    return r;
  }

  private static boolean readable(Tx tx, Response r) {
    try {
      Consultations.readable(tx, r.consultation());
      r.contribution().ifPresent(c -> Contributions.readable(tx, c));
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  static Decision decision(Tx tx, DecisionId id) {
    Decision d = tx.uow.outcomes().decision(id).orElseThrow(() -> new NotFoundException("decision", id));
    consultationOrNotFound(tx, d.consultation(), "decision", id);
    return d;
  }

  static Result result(Tx tx, ResultId id) {
    Result r = tx.uow.outcomes().result(id).orElseThrow(() -> new NotFoundException("result", id));
    consultationOrNotFound(tx, r.consultation(), "result", id);
    return r;
  }

  /** Another tenant's or an unreadable consultation's item is "not found", never "forbidden". */
  static void consultationOrNotFound(Tx tx, ConsultationId consultation, String what, Object id) {
    try {
      Consultations.readable(tx, consultation);
    } catch (NotFoundException e) {
      throw new NotFoundException(what, id);
    }
  }

  private static boolean canRead(Tx tx, Contribution c) {
    return tx.permits(Operation.READ_CONTRIBUTION, Contributions.target(c));
  }

  // ---------------------------------------------------------------- responses, decisions, results

  Response response(Actor actor, ResponseId id) {
    return engine.query(actor, tx -> view(tx, response(tx, id)));
  }

  // what a reader who is not staff sees: staff subjects replaced by OutcomeService.STAFF

  static Response view(Tx tx, Response r) {
    return tx.actor.isStaff() ? r : r.publicView();
  }

  static Decision view(Tx tx, Decision d) {
    return tx.actor.isStaff() ? d : d.publicView();
  }

  static Theme view(Tx tx, Theme t) {
    return tx.actor.isStaff() ? t : t.publicView();
  }

  static ResultNode view(Tx tx, ResultNode n) {
    return tx.actor.isStaff() ? n : n.publicView();
  }

  static <T> Page<T> view(Page<T> page, java.util.function.UnaryOperator<T> view) {
    return new Page<>(page.items().stream().map(view).toList(), page.next());
  }

  List<Response> responsesTo(Actor actor, ContributionId id) {
    return engine.query(actor, tx -> answers(tx.uow.outcomes(), Contributions.readable(tx, id).id()).stream().map(r -> view(tx, r)).toList());
  }

  /** Its own response, then those of its themes. */
  private static List<Response> answers(OutcomeRepository repo, ContributionId id) {
    List<Response> out = new ArrayList<>();
    repo.responseToContribution(id).ifPresent(out::add);
    for (ThemeMembership m : repo.membershipsOf(id)) {
      repo.responseToTheme(m.theme()).ifPresent(out::add);
    }
    return out;
  }

  Page<Response> responses(Actor actor, ConsultationId consultation, PageRequest page) {
    return engine.query(actor, tx -> {
      Consultations.readable(tx, consultation);
      int batch = Paging.batchSize(page);
      return view(Paging.filteredList(page, after -> tx.uow.outcomes().responses(consultation, after, batch), r -> readable(tx, r),
          Response::sortKey), r -> view(tx, r));
    });
  }

  Decision decision(Actor actor, DecisionId id) {
    return engine.query(actor, tx -> view(tx, decision(tx, id)));
  }

  Page<Decision> decisions(Actor actor, ConsultationId consultation, PageRequest page) {
    return engine.query(actor, tx -> {
      Consultations.readable(tx, consultation);
      int batch = Paging.batchSize(page);
      return view(Paging.filteredList(page, after -> tx.uow.outcomes().decisions(consultation, after, batch), d -> true, Decision::sortKey),
          d -> view(tx, d));
    });
  }

  List<Decision> decisionsInformedBy(Actor actor, ContributionId id) {
    return engine.query(actor, tx -> informed(tx.uow.outcomes(), Contributions.readable(tx, id).id()).stream().map(d -> view(tx, d)).toList());
  }

  private static List<Decision> informed(OutcomeRepository repo, ContributionId id) {
    List<ThemeId> themes = repo.membershipsOf(id).stream().map(ThemeMembership::theme).toList();
    return repo.decisionsLinkedTo(List.of(id), themes);
  }

  DecisionInput inputOf(Actor actor, DecisionId id, PageRequest page) {
    return engine.query(actor, tx -> {
      Decision d = decision(tx, id);
      List<Theme> themes = d.themes().stream().map(t -> tx.uow.outcomes().theme(t)).flatMap(Optional::stream).map(t -> view(tx, t)).toList();
      List<Contribution> linked = new ArrayList<>();
      for (ContributionId c : d.contributions()) {
        tx.uow.contributions().find(c).ifPresent(linked::add);
      }
      linked.sort((a, b) -> a.sortKey().compareTo(b.sortKey()));
      int batch = Paging.batchSize(page);
      Page<Contribution> contributions = Paging.<Contribution>filteredList(page, after -> linked.stream()
              .filter(c -> after.isEmpty() || c.sortKey().compareTo(after.get()) > 0).limit(batch).toList(),
          c -> canRead(tx, c), Contribution::sortKey);
      List<Contribution> shown = contributions.items().stream().map(c -> Contributions.view(tx, c)).toList();
      return new DecisionInput(view(tx, d), themes, new Page<Contribution>(shown, contributions.next()));
    });
  }

  ResultNode result(Actor actor, ResultId id) {
    return engine.query(actor, tx -> {
      Result r = result(tx, id);
      return view(tx, find(tree(tx.uow.outcomes().results(r.consultation())), id).orElseThrow(() -> new NotFoundException("result", id)));
    });
  }

  List<ResultNode> results(Actor actor, ConsultationId consultation) {
    return engine.query(actor, tx -> {
      Consultations.readable(tx, consultation);
      return tree(tx.uow.outcomes().results(consultation)).stream().map(n -> view(tx, n)).toList();
    });
  }

  /** The top-level results with their sub-results, in creation order (a result whose parent is missing counts as top-level). */
  static List<ResultNode> tree(List<Result> all) {
    Set<ResultId> ids = new HashSet<>();
    all.forEach(r -> ids.add(r.id()));
    Map<ResultId, List<Result>> children = new HashMap<>();
    List<Result> roots = new ArrayList<>();
    for (Result r : all) {
      if (r.parent().isPresent() && ids.contains(r.parent().get())) {
        children.computeIfAbsent(r.parent().get(), k -> new ArrayList<>()).add(r);
      } else {
        roots.add(r);
      }
    }
    return roots.stream().map(r -> node(r, children, 0)).toList();
  }

  private static ResultNode node(Result r, Map<ResultId, List<Result>> children, int depth) {
    List<ResultNode> kids = depth > 16 ? List.of()
        : children.getOrDefault(r.id(), List.of()).stream().map(c -> node(c, children, depth + 1)).toList();
    return ResultNode.of(r, kids);
  }

  static Optional<ResultNode> find(List<ResultNode> nodes, ResultId id) {
    for (ResultNode n : nodes) {
      if (n.result().id().equals(id)) {
        return Optional.of(n);
      }
      Optional<ResultNode> below = find(n.children(), id);
      if (below.isPresent()) {
        return below;
      }
    }
    return Optional.empty();
  }

  /** Every node (at any depth) carrying out one of the decisions, each with its subtree. */
  private static List<ResultNode> carryingOut(List<ResultNode> nodes, Set<DecisionId> decisions) {
    List<ResultNode> out = new ArrayList<>();
    for (ResultNode n : nodes) {
      if (n.result().decisions().stream().anyMatch(decisions::contains)) {
        out.add(n);
      } else {
        out.addAll(carryingOut(n.children(), decisions));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- trail

  Page<TrailEntry> trail(Actor actor, PageRequest page) {
    return engine.query(actor, tx -> {
      ParticipantId self = Contributions.self(actor).orElseThrow(() -> new AccessDeniedException("only participants have a trail"));
      int batch = Paging.batchSize(page);
      Page<Contribution> own = Paging.filteredList(page, after -> tx.uow.contributions().listByAuthor(self, after, batch), c -> true,
          Contribution::sortKey);
      OutcomeRepository repo = tx.uow.outcomes();
      Map<ConsultationId, List<ResultNode>> trees = new HashMap<>();
      List<TrailEntry> entries = new ArrayList<>();
      for (Contribution c : own.items()) {
        List<ThemeMembership> memberships = repo.membershipsOf(c.id());
        List<Theme> themes = memberships.stream().map(m -> repo.theme(m.theme())).flatMap(Optional::stream).toList();
        List<Decision> decisions = repo.decisionsLinkedTo(List.of(c.id()), memberships.stream().map(ThemeMembership::theme).toList());
        Set<DecisionId> decisionIds = new HashSet<>();
        decisions.forEach(d -> decisionIds.add(d.id()));
        List<ResultNode> results = decisionIds.isEmpty() ? List.of()
            : carryingOut(trees.computeIfAbsent(c.consultation(), k -> tree(repo.results(k))), decisionIds);
        Optional<String> reason = tx.uow.moderation().latestFor(c.id()).flatMap(k -> k.lastDecision()).flatMap(r -> r.reason());
        TrailEntry entry = new TrailEntry(c, c.state(), reason, themes, answers(repo, c.id()), decisions, results);
        entries.add(tx.actor.isStaff() ? entry : entry.publicView());
      }
      return new Page<>(entries, own.next());
    });
  }

  // ---------------------------------------------------------------- suggestions

  static List<ThemeSuggestion> suggest(Engine engine, Tx tx, Consultation consultation) {
    SuggestionSource source = new SuggestionSource() {
      @Override
      public Consultation consultation() {
        return consultation;
      }

      @Override
      public List<Campaign> campaigns(long minimumSize, int limit) {
        return tx.uow.moderation().campaigns(consultation.id(), minimumSize, Optional.empty(), Math.max(1, Math.min(limit, WALK)));
      }

      @Override
      public List<Contribution> campaignMembers(Campaign campaign, int limit) {
        if (!campaign.consultation().equals(consultation.id())) {
          return List.of();
        }
        return tx.uow.outcomes().campaignMembers(campaign.id(), Math.max(1, Math.min(limit, WALK)));
      }

      @Override
      public Page<Contribution> published(PageRequest page) {
        int batch = Paging.batchSize(page);
        return Paging.filteredList(page,
            after -> tx.uow.contributions().list(org.consulta.core.contribution.ContributionQuery.of(consultation.id()), after, batch),
            c -> c.state() == ContributionState.PUBLISHED, Contribution::sortKey);
      }
    };
    List<ThemeSuggestion> out = new ArrayList<>();
    for (ThemeSuggester suggester : engine.themeSuggesters) {
      out.addAll(suggester.suggest(source));
    }
    return out;
  }

  // ---------------------------------------------------------------- report

  OutcomeReport report(Actor actor, ConsultationId id) {
    return engine.query(actor, tx -> {
      Consultation consultation = Consultations.readable(tx, id);
      OutcomeRepository repo = tx.uow.outcomes();
      List<Theme> themes = walk(after -> repo.themes(id, after, WALK), Theme::sortKey);
      List<Decision> stored = walk(after -> repo.decisions(id, after, WALK), Decision::sortKey);
      long withInput = stored.stream().filter(Decision::hasInput).count();
      List<Decision> decisions = stored.stream().map(d -> publicInput(tx, d).publicView()).toList();
      List<ResultNode> results = tree(repo.results(id)).stream().map(ResultNode::publicView).toList();
      Map<ThemeId, ThemeStats> stats = new LinkedHashMap<>();
      repo.themeStats(id).forEach(s -> stats.put(s.theme(), s));
      List<ThemeSection> sections = new ArrayList<>();
      for (Theme theme : themes) {
        List<Decision> informed = decisions.stream().filter(d -> d.themes().contains(theme.id())).toList();
        Set<DecisionId> informedIds = new HashSet<>();
        informed.forEach(d -> informedIds.add(d.id()));
        List<Contribution> examples = repo.publicMembers(theme.id(), OutcomeReport.EXAMPLES).stream().map(Contribution::publicView).toList();
        sections.add(new ThemeSection(theme, stats.getOrDefault(theme.id(), ThemeStats.empty(theme.id())), examples, repo.responseToTheme(theme.id()),
            informed, informedIds.isEmpty() ? List.of() : carryingOut(results, informedIds)).publicView());
      }
      ResponseTimes times = repo.responseTimes(id);
      List<ResultNode> live = results.stream().filter(n -> n.result().status() != ResultStatus.CANCELLED).toList();
      ImpactFigures impact = new ImpactFigures(times.counted(), times.answered(), times.shareAnswered(), times.median(), times.p90(),
          decisions.size(), withInput, decisions.isEmpty() ? 0 : (double) withInput / decisions.size(), live.size(),
          live.isEmpty() ? Optional.empty() : Optional.of(live.stream().mapToDouble(ResultNode::progress).average().orElse(0)));
      List<String> languages = new ArrayList<>(consultation.title().languages());
      List<org.consulta.core.participant.DemographicDimension> dimensions = tx.uow.participants().demographicSchema()
          .map(org.consulta.core.participant.DemographicSchema::dimensions).orElse(List.of());
      return new OutcomeReport(id, consultation.title(), languages, tx.now, sections, decisions, results, impact, dimensions,
          Expectations.forReport(tx, consultation));
    });
  }

  /** The decision as the public sees it: only public published contributions listed as its input. */
  private static Decision publicInput(Tx tx, Decision d) {
    List<ContributionId> visible = new ArrayList<>();
    for (ContributionId id : d.contributions()) {
      tx.uow.contributions().find(id)
          .filter(c -> c.state() == ContributionState.PUBLISHED && c.visibility() == Visibility.PUBLIC)
          .ifPresent(c -> visible.add(c.id()));
    }
    if (visible.size() == d.contributions().size()) {
      return d;
    }
    return new Decision(d.id(), d.tenant(), d.consultation(), d.version(), d.title(), d.text(), d.body(), d.meeting(), d.decidedOn(),
        d.influence(), d.effect(), d.themes(), visible, d.recordedBy(), d.createdAt(), d.updatedAt());
  }

  private static <T> List<T> walk(java.util.function.Function<Optional<SortKey>, List<T>> source, java.util.function.Function<T, SortKey> key) {
    List<T> all = new ArrayList<>();
    Optional<SortKey> after = Optional.empty();
    while (true) {
      List<T> batch = source.apply(after);
      all.addAll(batch);
      if (batch.size() < WALK) {
        return all;
      }
      after = Optional.of(key.apply(batch.get(batch.size() - 1)));
    }
  }
}
