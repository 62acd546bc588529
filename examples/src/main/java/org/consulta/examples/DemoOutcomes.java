package org.consulta.examples;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.consulta.core.Consulta;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionQueryBuilder;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.outcome.Decision;
import org.consulta.core.outcome.ImpactFigures;
import org.consulta.core.outcome.InfluenceEffect;
import org.consulta.core.outcome.NewDecisionBuilder;
import org.consulta.core.outcome.NewResponse;
import org.consulta.core.outcome.NewResultBuilder;
import org.consulta.core.outcome.NewTheme;
import org.consulta.core.outcome.NoticeRun;
import org.consulta.core.outcome.OutcomeReport;
import org.consulta.core.outcome.OutcomeService;
import org.consulta.core.outcome.ResponseStatus;
import org.consulta.core.outcome.Result;
import org.consulta.core.outcome.ResultChangeBuilder;
import org.consulta.core.outcome.ResultStatus;
import org.consulta.core.outcome.Theme;
import org.consulta.core.outcome.ThemeMembers;
import org.consulta.core.outcome.TrailEntry;
import org.consulta.core.value.LocalizedText;
import org.consulta.core.value.PageRequest;

/**
 * The outcome part of the demo, in the analysis phase: a responder groups the published ideas and
 * proposals into three themes by keyword, answers each theme and one idea of its own, the council's
 * decision is recorded with the themes that informed it, results with sub-results track the work,
 * the waiting notices go out as one digest per consenting author, one author reads their trail,
 * and the "you said, we did" report gives the impact figures. Deterministic, like the rest of the run.
 */
final class DemoOutcomes {
  /** Theme title to the words that put a contribution into it (English and Spanish texts). */
  private static final Map<String, Pattern> THEMES = new LinkedHashMap<>();

  static {
    THEMES.put("Trees, gardens and meadows", Pattern.compile("tree|árbol|garden|meadow|orchard|wildflower"));
    THEMES.put("Play and sport", Pattern.compile("playground|columpio|sport|fitness|splash|dog"));
    THEMES.put("The river and water", Pattern.compile("river|río|fountain|fuente|kayak|boardwalk"));
  }

  private final Consulta consulta;
  private final TenantId tenant;
  private final ConsultationId consultation;
  private final VirtualClock clock;

  DemoOutcomes(Consulta consulta, TenantId tenant, ConsultationId consultation, VirtualClock clock) {
    this.consulta = consulta;
    this.tenant = tenant;
    this.consultation = consultation;
    this.clock = clock;
  }

  void run(Consumer<String> say) {
    OutcomeService outcomes = consulta.outcomes();
    Actor responder = Actor.of(tenant, "responder-1", Role.RESPONDER);
    Actor manager = Actor.of(tenant, "manager-1", Role.MANAGER);
    List<Contribution> input = consulta.contributions().list(responder, new ContributionQueryBuilder().consultation(consultation)
        .addStates(ContributionState.PUBLISHED).build(), PageRequest.first(1_000)).items().stream()
        .filter(c -> c.parent().isEmpty() && c.body().isPresent()).toList();
    List<Theme> themes = new ArrayList<>();
    Contribution unthemed = null;
    for (Map.Entry<String, Pattern> t : THEMES.entrySet()) {
      Theme theme = outcomes.createTheme(responder, NewTheme.of(consultation, LocalizedText.of("en", t.getKey())));
      List<org.consulta.core.contribution.ContributionId> members = input.stream()
          .filter(c -> t.getValue().matcher(c.body().orElseThrow().toLowerCase(Locale.ROOT)).find()).map(Contribution::id).toList();
      if (!members.isEmpty()) {
        outcomes.addToTheme(responder, new ThemeMembers(theme.id(), members, Optional.empty()));
      }
      themes.add(theme);
      say.accept("theme '" + t.getKey() + "': " + members.size() + " contributions");
    }
    for (Contribution c : input) {
      if (THEMES.values().stream().noneMatch(p -> p.matcher(c.body().orElseThrow().toLowerCase(Locale.ROOT)).find())) {
        unthemed = c;
        break;
      }
    }
    clock.advance(Duration.ofDays(3));
    outcomes.respond(responder, NewResponse.toTheme(themes.get(0).id(), ResponseStatus.ACCEPTED, null));
    outcomes.respond(responder, NewResponse.toTheme(themes.get(1).id(), ResponseStatus.PARTLY_ACCEPTED,
        LocalizedText.of("en", "A new playground yes; sports courts do not fit the north field.")));
    outcomes.respond(responder, NewResponse.toTheme(themes.get(2).id(), ResponseStatus.UNDER_CONSIDERATION,
        LocalizedText.of("en", "The water authority is checking what the river bank allows.")));
    if (unthemed != null) {
      outcomes.respond(responder, NewResponse.toContribution(unthemed.id(), ResponseStatus.OUT_OF_SCOPE,
          LocalizedText.of("en", "This is decided by the transport department, which has your idea.")));
    }
    say.accept("responder-1 answered the three themes" + (unthemed != null ? " and " + unthemed.id() : ""));

    clock.advance(Duration.ofDays(10));
    Decision plan = outcomes.recordDecision(manager, new NewDecisionBuilder().consultation(consultation)
        .title(LocalizedText.of("en", "Riverside park plan adopted"))
        .text(LocalizedText.of("en", "The council adopts the park plan with 120 new trees and a new playground."))
        .body("City council").meeting("Council meeting, item 7").decidedOn(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
        .influence(LocalizedText.of("en", "Residents asked for shade and play space: the plan now has 120 trees instead of 40, and a playground."))
        .effect(InfluenceEffect.CHANGED).addThemes(themes.get(0).id(), themes.get(1).id()).build());
    say.accept("decision recorded: '" + plan.title().best("en") + "' by " + plan.body() + ", informed by 2 themes");

    Result park = outcomes.createResult(manager, new NewResultBuilder().consultation(consultation)
        .title(LocalizedText.of("en", "Build the riverside park")).addDecisions(plan.id()).status(ResultStatus.IN_PROGRESS).build());
    Result trees = outcomes.createResult(manager, new NewResultBuilder().consultation(consultation).parent(park.id())
        .title(LocalizedText.of("en", "Plant 120 trees")).status(ResultStatus.IN_PROGRESS).progress(25).build());
    outcomes.createResult(manager, new NewResultBuilder().consultation(consultation).parent(park.id())
        .title(LocalizedText.of("en", "Build the playground")).build());
    clock.advance(Duration.ofDays(30));
    outcomes.updateResult(manager, new ResultChangeBuilder().result(trees.id()).progress(60)
        .note(LocalizedText.of("en", "72 trees planted this autumn.")).build());
    say.accept("results: '" + park.title().best("en") + "' at " + Math.round(outcomes.result(Actor.anonymous(tenant), park.id()).progress())
        + "% (mean of its two steps)");

    NoticeRun run = outcomes.sendNotices(Actor.system(tenant), 10_000);
    say.accept("notices: " + run.digests() + " digests (" + run.items() + " items) to consenting authors, "
        + run.withoutConsent() + " authors without consent skipped");

    input.stream().filter(c -> c.author().isPresent()).findFirst().ifPresent(c -> {
      List<TrailEntry> trail = outcomes.trail(Actor.participant(tenant, c.author().get()), PageRequest.first(50)).items();
      TrailEntry first = trail.get(0);
      say.accept("trail of " + c.author().get() + ": " + trail.size() + " contributions; the first is " + first.state()
          + ", " + first.responses().size() + " response(s), " + first.decisions().size() + " decision(s), " + first.results().size() + " result(s)");
    });

    OutcomeReport report = outcomes.report(Actor.anonymous(tenant), consultation);
    ImpactFigures impact = report.impact();
    say.accept(String.format(Locale.ROOT, "report: %d themes, %.0f%% of %d contributions answered (median %s), %.0f%% of decisions with input",
        report.themes().size(), 100 * impact.shareAnswered(), impact.contributions(),
        impact.medianTimeToResponse().map(Duration::toString).orElse("-"), 100 * impact.shareDecisionsWithInput()));
  }
}
