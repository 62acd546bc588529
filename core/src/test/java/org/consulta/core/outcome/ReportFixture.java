package org.consulta.core.outcome;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.contribution.ReactionTally;
import org.consulta.core.contribution.Visibility;
import org.consulta.core.value.LocalizedText;

/** A hand-built "you said, we did" report with everything a renderer must cope with. */
final class ReportFixture {
  static final TenantId TENANT = TenantId.of("lyon");
  static final ConsultationId CONSULTATION = ConsultationId.parse("01890a5d-ac96-774b-bcce-b302099a8057");
  static final Instant T0 = Instant.parse("2027-01-10T09:00:00Z");
  static final Instant T1 = Instant.parse("2027-02-01T09:00:00Z");
  static final Instant T2 = Instant.parse("2027-04-01T09:00:00Z");
  static final LocalDate DAY = LocalDate.of(2027, 3, 12);

  static final String SCRIPT = "<script>alert('x')</script> & more";
  static final String MARKUP = "Cost | benefit *really* matters_now";
  static final String HEADING_LIKE = "# not a heading\n1. not a list";
  static final String FRENCH_ONLY = "Plus d'arbres le long du Rhône";

  static final ThemeId TREES = new ThemeId(uuid(1));
  static final ThemeId PARKING = new ThemeId(uuid(2));
  static final DecisionId PLAN = new DecisionId(uuid(3));
  static final DecisionId FEES = new DecisionId(uuid(4));

  private ReportFixture() {}

  static OutcomeReport report() {
    ThemeSection trees = new ThemeSection(trees(), treeStats(),
        List.of(example(10, SCRIPT, "en"), example(11, MARKUP, "en"), example(12, HEADING_LIKE, "de"), example(13, "fourth, not shown", "en")),
        Optional.of(response()), List.of(plan()), List.of(tree()));
    ThemeSection parking = new ThemeSection(parking(), ThemeStats.empty(PARKING), List.of(), Optional.empty(), List.of(), List.of());
    ImpactFigures impact = new ImpactFigures(40, 30, 0.75, Optional.of(Duration.ofHours(76)), Optional.of(Duration.ofDays(12).plusMinutes(5)),
        2, 1, 0.5, 1, Optional.of(62.5));
    return new OutcomeReport(CONSULTATION, text("River park", "Parc de la rivière", "Flusspark"), List.of("en", "fr", "de"), T2,
        List.of(trees, parking), List.of(plan(), fees()), List.of(tree()), impact,
        List.of(new org.consulta.core.participant.DemographicDimension("age_band", text("Age", "Âge", "Alter"), List.of("18-29", "30-64"), true)),
        Optional.empty());
  }

  /** {@link #report()} with commitments and participants' expectations. */
  static OutcomeReport reportWithPromises() {
    OutcomeReport r = report();
    return new OutcomeReport(r.consultation(), r.title(), r.languages(), r.generatedAt(), r.themes(), r.decisions(), r.results(), r.impact(),
        r.dimensions(), Optional.of(dashboard()));
  }

  /** Three commitments (an answer deadline at risk, a decision date met, a participation target) and what two kinds of expectation got. */
  static org.consulta.core.expectation.ExpectationDashboard dashboard() {
    var id = new org.consulta.core.expectation.CommitmentId(uuid(90));
    var respond = org.consulta.core.expectation.CommitmentTerms.respondWithin(org.consulta.core.expectation.ResponseScope.all(),
        org.consulta.core.expectation.TimeAllowance.workingDays(10));
    var deadlines = new org.consulta.core.expectation.DeadlineTally(T2, 12, 8, 0, 4, 1, 2, List.of(), Optional.empty());
    var decide = org.consulta.core.expectation.CommitmentTerms.decideBy(DAY);
    var reach = org.consulta.core.expectation.CommitmentTerms.reach(org.consulta.core.expectation.ReachMetric.PARTICIPANTS, 500, DAY);
    var at = org.consulta.core.expectation.CommitmentStatus.AT_RISK;
    List<org.consulta.core.expectation.Evaluation> evaluations = List.of(
        new org.consulta.core.expectation.Evaluation(id, CONSULTATION, respond, at, T2, 0.8, 1, deadlines),
        new org.consulta.core.expectation.Evaluation(id, CONSULTATION, decide, org.consulta.core.expectation.CommitmentStatus.MET, T2, 0.5, 1,
            new org.consulta.core.expectation.Evidence.Date(Optional.of(T0), T2, Optional.of(T1))),
        new org.consulta.core.expectation.Evaluation(id, CONSULTATION, reach, org.consulta.core.expectation.CommitmentStatus.ON_TRACK, T2, 320, 500,
            new org.consulta.core.expectation.Evidence.Target(320, 500, T2, Optional.empty(), java.util.OptionalLong.of(610))));
    var answer = new org.consulta.core.expectation.GapCounts(10, 7, 4, 2, 1, 1, java.util.OptionalDouble.of(3.25));
    var none = org.consulta.core.expectation.GapCounts.none();
    var gap = new org.consulta.core.expectation.GapReport(CONSULTATION, T2, 12, List.of(
        new org.consulta.core.expectation.GapLine(org.consulta.core.expectation.ExpectationKind.READ, none, Map.of(), Map.of()),
        new org.consulta.core.expectation.GapLine(org.consulta.core.expectation.ExpectationKind.ANSWER, answer, Map.of(), Map.of())));
    return new org.consulta.core.expectation.ExpectationDashboard(CONSULTATION, T2, evaluations,
        new org.consulta.core.expectation.Participation(320, Map.of()), gap);
  }

  static LocalizedText text(String en, String fr, String de) {
    return LocalizedText.of("en", en).with("fr", fr).with("de", de);
  }

  static Theme trees() {
    return new Theme(TREES, TENANT, CONSULTATION, 1, text("Trees", "Arbres", "Bäume"), Optional.of(LocalizedText.of("fr", FRENCH_ONLY)),
        ThemeOrigin.MANUAL, Optional.empty(), "staff-1", T0, T0);
  }

  static Theme parking() {
    return new Theme(PARKING, TENANT, CONSULTATION, 1, text("Parking", "Stationnement", "Parken"), Optional.empty(), ThemeOrigin.MANUAL,
        Optional.empty(), "staff-1", T0, T0);
  }

  static ThemeStats treeStats() {
    return new ThemeStats(TREES, 42, Map.of(Channel.ONLINE, 40L, Channel.PAPER, 2L),
        Map.of("district", Map.of("north", 30L, "south", 12L), "age_band", Map.of("18-29", 20L, ThemeStats.UNDECLARED, 22L)));
  }

  static Response response() {
    return new Response(new ResponseId(uuid(5)), TENANT, CONSULTATION, Optional.empty(), Optional.of(TREES), 2, ResponseStatus.PARTLY_ACCEPTED,
        Optional.of(text("We will plant 120 trees.", "Nous planterons 120 arbres.", "Wir pflanzen 120 Bäume.")), "staff-2", T1, T0,
        List.of(new ResponseRevision(1, ResponseStatus.UNDER_CONSIDERATION, Optional.of(LocalizedText.of("en", "Looking")), "staff-2", T0)));
  }

  static Decision plan() {
    return new Decision(PLAN, TENANT, CONSULTATION, 1, text("River park plan adopted", "Plan du parc adopté", "Parkplan beschlossen"),
        text("The council adopts the plan.", "Le conseil adopte le plan.", "Der Rat beschließt den Plan."), "City council",
        Optional.of("Council meeting, item 7"), DAY, text("120 trees, not 40.", "120 arbres, pas 40.", "120 Bäume, nicht 40."),
        InfluenceEffect.CHANGED, List.of(TREES), List.of(), "staff-1", T1, T1);
  }

  static Decision fees() {
    return new Decision(FEES, TENANT, CONSULTATION, 1, LocalizedText.of("de", "Gebühren bleiben"), LocalizedText.of("en", "Fees stay."),
        "Mayor", Optional.empty(), DAY, LocalizedText.of("en", "Budget rules."), InfluenceEffect.NOT_CHANGED, List.of(), List.of(),
        "staff-1", T1, T1);
  }

  static ResultNode tree() {
    Result planting = result(7, Optional.of(new ResultId(uuid(6))), text("Planting", "Plantation", "Pflanzung"), ResultStatus.IN_PROGRESS, 25,
        List.of(new Milestone(LocalizedText.of("en", "First 60 trees"), DAY.plusMonths(2), Optional.of(DAY.plusMonths(2))),
            new Milestone(LocalizedText.of("en", "All 120 trees"), DAY.plusMonths(8), Optional.empty())),
        List.of(new ResultUpdate(T1, "staff-1", ResultStatus.PLANNED, 0, Optional.of(LocalizedText.of("en", "Tender out"))),
            new ResultUpdate(T2, "staff-1", ResultStatus.IN_PROGRESS, 25, Optional.of(LocalizedText.of("en", "Digging started")))));
    Result watering = result(8, Optional.of(new ResultId(uuid(7))), LocalizedText.of("en", "Watering plan"), ResultStatus.COMPLETED, 100,
        List.of(), List.of());
    Result benches = result(9, Optional.of(new ResultId(uuid(6))), LocalizedText.of("en", "Benches"), ResultStatus.CANCELLED, 0, List.of(),
        List.of());
    Result park = result(6, Optional.empty(), text("Build the river park", "Aménager le parc", "Den Flusspark bauen"), ResultStatus.DELAYED, 10,
        List.of(), List.of());
    ResultNode plantingNode = ResultNode.of(planting, List.of(ResultNode.of(watering, List.of())));
    return ResultNode.of(park, List.of(plantingNode, ResultNode.of(benches, List.of())));
  }

  private static Result result(int n, Optional<ResultId> parent, LocalizedText title, ResultStatus status, int progress,
      List<Milestone> milestones, List<ResultUpdate> timeline) {
    return new Result(new ResultId(uuid(n)), TENANT, CONSULTATION, 1, parent, title, Optional.empty(), status, progress, milestones,
        List.of(PLAN), timeline, T1, T2);
  }

  static Contribution example(int n, String body, String language) {
    return new Contribution(new ContributionId(uuid(n)), TENANT, CONSULTATION, 1, ContributionKind.IDEA, Optional.empty(), Optional.of(body),
        Map.of(), language, Channel.ONLINE, Optional.empty(), Visibility.PUBLIC, Set.of(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), ContributionState.PUBLISHED, false, ReactionTally.none(), 0, List.of(),
        Optional.empty(), 0, T0, T0);
  }

  private static UUID uuid(int n) {
    return UUID.fromString(String.format("01890a5d-ac96-774b-bcce-%012d", n));
  }
}
