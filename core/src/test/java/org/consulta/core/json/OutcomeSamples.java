package org.consulta.core.json;

import static org.consulta.core.json.Samples.CONSULTATION;
import static org.consulta.core.json.Samples.CONTRIBUTION;
import static org.consulta.core.json.Samples.KEY;
import static org.consulta.core.json.Samples.PARENT;
import static org.consulta.core.json.Samples.PARTICIPANT;
import static org.consulta.core.json.Samples.T0;
import static org.consulta.core.json.Samples.T1;
import static org.consulta.core.json.Samples.T2;
import static org.consulta.core.json.Samples.TENANT;
import static org.consulta.core.json.Samples.TEXT;
import static org.consulta.core.json.Samples.TITLE;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiConsumer;
import org.consulta.core.consultation.Channel;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.event.OutcomeEvent;
import org.consulta.core.value.Cursor;
import org.consulta.core.value.Page;
import org.consulta.core.notification.ModerationNotice;
import org.consulta.core.notification.NotificationKind;
import org.consulta.core.notification.OutcomeDigest;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.outcome.Decision;
import org.consulta.core.outcome.DecisionInput;
import org.consulta.core.outcome.DecisionChange;
import org.consulta.core.outcome.DecisionId;
import org.consulta.core.outcome.ImpactFigures;
import org.consulta.core.outcome.InfluenceEffect;
import org.consulta.core.outcome.Milestone;
import org.consulta.core.outcome.NewDecision;
import org.consulta.core.outcome.NewResponse;
import org.consulta.core.outcome.NewResult;
import org.consulta.core.outcome.NewTheme;
import org.consulta.core.outcome.NoticeKind;
import org.consulta.core.outcome.NoticeRequest;
import org.consulta.core.outcome.NoticeRun;
import org.consulta.core.outcome.OutcomeReport;
import org.consulta.core.outcome.PendingNotice;
import org.consulta.core.outcome.Response;
import org.consulta.core.outcome.ResponseChange;
import org.consulta.core.outcome.ResponseId;
import org.consulta.core.outcome.ResponseRevision;
import org.consulta.core.outcome.ResponseStatus;
import org.consulta.core.outcome.ResponseTimes;
import org.consulta.core.outcome.Result;
import org.consulta.core.outcome.ResultChange;
import org.consulta.core.outcome.ResultId;
import org.consulta.core.outcome.ResultNode;
import org.consulta.core.outcome.ResultStatus;
import org.consulta.core.outcome.ResultUpdate;
import org.consulta.core.outcome.Theme;
import org.consulta.core.outcome.ThemeId;
import org.consulta.core.outcome.ThemeMembers;
import org.consulta.core.outcome.ThemeMembership;
import org.consulta.core.outcome.ThemeOrigin;
import org.consulta.core.outcome.ThemeSection;
import org.consulta.core.outcome.ThemeStats;
import org.consulta.core.outcome.ThemeSuggestion;
import org.consulta.core.outcome.ThemeUpdate;
import org.consulta.core.outcome.TrailEntry;

/** The outcome package's samples for {@link Samples}: full and minimal, values, commands and events. */
final class OutcomeSamples {
  static final ThemeId THEME = ThemeId.parse("01890a5d-ac96-774b-bcce-b302099a8070");
  static final ThemeId OTHER_THEME = ThemeId.parse("01890a5d-ac96-774b-bcce-b302099a8071");
  static final ResponseId RESPONSE = ResponseId.parse("01890a5d-ac96-774b-bcce-b302099a8072");
  static final DecisionId DECISION = DecisionId.parse("01890a5d-ac96-774b-bcce-b302099a8073");
  static final ResultId RESULT = ResultId.parse("01890a5d-ac96-774b-bcce-b302099a8074");
  static final ResultId CHILD = ResultId.parse("01890a5d-ac96-774b-bcce-b302099a8075");
  static final CampaignId CAMPAIGN = new CampaignId(PARENT.value());
  static final LocalDate DAY = LocalDate.of(2027, 3, 12);

  private OutcomeSamples() {}

  /** @param add receives a variant name and a value for every outcome sample */
  static void values(BiConsumer<String, Object> add) {
    add.accept("full", THEME);
    add.accept("full", RESPONSE);
    add.accept("full", DECISION);
    add.accept("full", RESULT);
    add.accept("full", theme());
    add.accept("minimal", minimalTheme());
    add.accept("full", new ThemeMembership(THEME, CONTRIBUTION, CONSULTATION, "staff-17", T1));
    add.accept("full", response());
    add.accept("minimal", minimalResponse());
    add.accept("full", new ResponseRevision(1, ResponseStatus.UNDER_CONSIDERATION, Optional.of(TEXT), "staff-17", T0));
    add.accept("full", decision());
    add.accept("minimal", minimalDecision());
    add.accept("full", new Milestone(TITLE, DAY, Optional.of(DAY.plusDays(3))));
    add.accept("full", new ResultUpdate(T1, "staff-17", ResultStatus.DELAYED, 40, Optional.of(TEXT)));
    add.accept("full", result());
    add.accept("minimal", minimalResult(RESULT));
    add.accept("full", resultTree());
    add.accept("minimal", ResultNode.of(minimalResult(CHILD), List.of()));
    add.accept("full", stats());
    add.accept("minimal", ThemeStats.empty(THEME));
    add.accept("full", new ResponseTimes(40, 30, Optional.of(Duration.ofHours(76)), Optional.of(Duration.ofDays(12).plusSeconds(1))));
    add.accept("minimal", new ResponseTimes(0, 0, Optional.empty(), Optional.empty()));
    add.accept("full", new PendingNotice(PARTICIPANT, CONSULTATION, CONTRIBUTION, NoticeKind.RESULT_CHANGED, RESULT.toString(), T1));
    add.accept("full", new NoticeRequest(CONSULTATION, NoticeKind.DECISION_RECORDED, DECISION.toString(), Set.of(CONTRIBUTION, PARENT),
        Set.of(THEME, OTHER_THEME), T2));
    add.accept("minimal", new NoticeRequest(CONSULTATION, NoticeKind.RESPONDED, RESPONSE.toString(), Set.of(), Set.of(), T2));
    add.accept("full", new TrailEntry(Samples.contribution(), ContributionState.PUBLISHED, Optional.of("spam"), List.of(theme()),
        List.of(response()), List.of(decision()), List.of(resultTree())));
    add.accept("minimal", new TrailEntry(Samples.minimalContribution(), ContributionState.PENDING_MODERATION, Optional.empty(), List.of(),
        List.of(), List.of(), List.of()));
    add.accept("full", report());
    add.accept("minimal", new OutcomeReport(CONSULTATION, TEXT, List.of(), T2, List.of(), List.of(), List.of(), minimalImpact(), List.of(),
        Optional.empty()));
    add.accept("full", new ThemeSection(theme(), stats(), List.of(Samples.contribution()), Optional.of(response()), List.of(decision()),
        List.of(resultTree())));
    add.accept("full", impact());
    add.accept("minimal", minimalImpact());
    add.accept("full", new ThemeSuggestion("campaigns", TITLE, "1,200 near-identical texts", Optional.of(CAMPAIGN), 1200,
        List.of(CONTRIBUTION, PARENT)));
    add.accept("minimal", new ThemeSuggestion("campaigns", TEXT, "", Optional.empty(), 0, List.of()));
    add.accept("full", new NoticeRun(3, 7, 1, true));
    add.accept("full", new DecisionInput(decision(), List.of(theme(), minimalTheme()),
        new Page<>(List.of(Samples.contribution()), Optional.of(new Cursor("next")))));
    add.accept("minimal", new DecisionInput(minimalDecision(), List.of(), Page.empty()));
    add.accept("full", new OutcomeEvent.OutcomeDigestSent.Item(NoticeKind.RESULT_CHANGED, CONSULTATION, CONTRIBUTION, RESULT.toString()));
    commands(add);
    notifications(add);
  }

  private static void commands(BiConsumer<String, Object> add) {
    add.accept("full", new NewTheme(CONSULTATION, TITLE, Optional.of(TEXT), Optional.of(ThemeOrigin.CAMPAIGN), Optional.of(CAMPAIGN),
        Optional.of(KEY)));
    add.accept("minimal", NewTheme.of(CONSULTATION, TEXT));
    add.accept("full", new ThemeUpdate(THEME, OptionalLong.of(2), Optional.of(TITLE), Optional.of(TEXT), Optional.of(KEY)));
    add.accept("minimal", new ThemeUpdate(THEME, OptionalLong.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    add.accept("full", new ThemeMembers(THEME, List.of(CONTRIBUTION, PARENT), Optional.of(KEY)));
    add.accept("minimal", ThemeMembers.of(THEME));
    add.accept("full", new NewResponse(Optional.empty(), Optional.of(THEME), ResponseStatus.PARTLY_ACCEPTED, Optional.of(TITLE),
        Optional.of(KEY)));
    add.accept("minimal", NewResponse.toContribution(CONTRIBUTION, ResponseStatus.ACCEPTED, null));
    add.accept("full", new ResponseChange(RESPONSE, OptionalLong.of(1), ResponseStatus.NOT_ACCEPTED, Optional.of(TEXT), Optional.of(KEY)));
    add.accept("minimal", new ResponseChange(RESPONSE, OptionalLong.empty(), ResponseStatus.ACCEPTED, Optional.empty(), Optional.empty()));
    add.accept("full", new NewDecision(CONSULTATION, TITLE, TEXT, "City council", Optional.of("Meeting 7, item 3"), DAY, TITLE,
        InfluenceEffect.PARTLY_CHANGED, List.of(THEME, OTHER_THEME), List.of(CONTRIBUTION), Optional.of(KEY)));
    add.accept("minimal", new NewDecision(CONSULTATION, TEXT, TEXT, "Mayor", Optional.empty(), DAY, TEXT, InfluenceEffect.NOT_CHANGED,
        List.of(), List.of(), Optional.empty()));
    add.accept("full", new DecisionChange(DECISION, OptionalLong.of(3), Optional.of(TITLE), Optional.of(TEXT), Optional.of("Council"),
        Optional.of("Meeting 8"), Optional.of(DAY), Optional.of(TEXT), Optional.of(InfluenceEffect.CONFIRMED), Optional.of(List.of(THEME)),
        Optional.of(List.of(CONTRIBUTION, PARENT)), Optional.of(KEY)));
    // present but empty lists mean "unlink all", which must not read back as "leave unchanged"
    add.accept("unlink", new DecisionChange(DECISION, OptionalLong.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(List.of()), Optional.of(List.of()),
        Optional.empty()));
    add.accept("minimal", new DecisionChange(DECISION, OptionalLong.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    add.accept("full", new NewResult(CONSULTATION, Optional.of(RESULT), TITLE, Optional.of(TEXT), Optional.of(ResultStatus.IN_PROGRESS),
        OptionalInt.of(0), milestones(), List.of(DECISION), Optional.of(KEY)));
    add.accept("minimal", new NewResult(CONSULTATION, Optional.empty(), TEXT, Optional.empty(), Optional.empty(), OptionalInt.empty(),
        List.of(), List.of(), Optional.empty()));
    add.accept("full", new ResultChange(RESULT, OptionalLong.of(4), Optional.of(TITLE), Optional.of(TEXT), Optional.of(ResultStatus.COMPLETED),
        OptionalInt.of(100), Optional.of(milestones()), Optional.of(List.of(DECISION)), Optional.of(TEXT), Optional.of(KEY)));
    add.accept("clear", new ResultChange(RESULT, OptionalLong.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        OptionalInt.empty(), Optional.of(List.of()), Optional.of(List.of()), Optional.empty(), Optional.empty()));
    add.accept("minimal", new ResultChange(RESULT, OptionalLong.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
  }

  private static void notifications(BiConsumer<String, Object> add) {
    OutcomeDigest.Item full = new OutcomeDigest.Item(NoticeKind.RESULT_CHANGED, CONSULTATION, CONTRIBUTION, RESULT.toString(),
        Optional.of(TITLE), Optional.of(ResultStatus.DELAYED.name()), T1);
    OutcomeDigest.Item minimal = new OutcomeDigest.Item(NoticeKind.RESPONDED, CONSULTATION, PARENT, RESPONSE.toString(), Optional.empty(),
        Optional.empty(), T0);
    add.accept("full", full);
    add.accept("minimal", minimal);
    add.accept("full", new OutcomeDigest(TENANT, PARTICIPANT, List.of(minimal, full), T1));
    add.accept("minimal", new ModerationNotice(TENANT, PARTICIPANT, NotificationKind.APPEAL_DECISION, CONSULTATION, CONTRIBUTION,
        ContributionState.PUBLISHED, Optional.empty(), Optional.empty(), Optional.empty(), T1));
  }

  /** @return one sample of every outcome event record */
  static List<OutcomeEvent> events() {
    return List.of(
        new OutcomeEvent.ThemeCreated(THEME, CONSULTATION, ThemeOrigin.CAMPAIGN, Optional.of(CAMPAIGN)),
        new OutcomeEvent.ThemeUpdated(THEME, CONSULTATION, 2, List.of("title", "description")),
        new OutcomeEvent.ThemeMembersChanged(THEME, CONSULTATION, List.of(CONTRIBUTION), List.of(PARENT), 1200),
        new OutcomeEvent.ResponseGiven(RESPONSE, CONSULTATION, Optional.empty(), Optional.of(THEME), ResponseStatus.ALREADY_PLANNED),
        new OutcomeEvent.ResponseRevised(RESPONSE, CONSULTATION, 2, ResponseStatus.UNDER_CONSIDERATION, ResponseStatus.ACCEPTED),
        new OutcomeEvent.DecisionRecorded(DECISION, CONSULTATION, InfluenceEffect.CHANGED, List.of(THEME), List.of(CONTRIBUTION)),
        new OutcomeEvent.DecisionChanged(DECISION, CONSULTATION, 3, List.of("influence", "themes")),
        new OutcomeEvent.ResultCreated(CHILD, CONSULTATION, Optional.of(RESULT), ResultStatus.PLANNED, 0),
        new OutcomeEvent.ResultChanged(RESULT, CONSULTATION, 4, ResultStatus.IN_PROGRESS, 55, List.of("progress", "note")),
        new OutcomeEvent.OutcomeDigestSent(PARTICIPANT, CONSULTATION, List.of(
            new OutcomeEvent.OutcomeDigestSent.Item(NoticeKind.RESPONDED, CONSULTATION, CONTRIBUTION, RESPONSE.toString()),
            new OutcomeEvent.OutcomeDigestSent.Item(NoticeKind.DECISION_RECORDED, CONSULTATION, PARENT, DECISION.toString()))));
  }

  /** @return the minimal variants of outcome events whose optionals and lists may be empty */
  static List<OutcomeEvent> minimalEvents() {
    return List.of(
        new OutcomeEvent.ThemeCreated(THEME, CONSULTATION, ThemeOrigin.MANUAL, Optional.empty()),
        new OutcomeEvent.ThemeMembersChanged(THEME, CONSULTATION, List.of(), List.of(), 0),
        new OutcomeEvent.ResponseGiven(RESPONSE, CONSULTATION, Optional.of(CONTRIBUTION), Optional.empty(), ResponseStatus.ACCEPTED),
        new OutcomeEvent.DecisionRecorded(DECISION, CONSULTATION, InfluenceEffect.NOT_CHANGED, List.of(), List.of()),
        new OutcomeEvent.ResultCreated(RESULT, CONSULTATION, Optional.empty(), ResultStatus.PLANNED, 0));
  }

  static Theme theme() {
    return new Theme(THEME, TENANT, CONSULTATION, 2, TITLE, Optional.of(TEXT), ThemeOrigin.CAMPAIGN, Optional.of(CAMPAIGN), "staff-17", T0,
        T1);
  }

  static Theme minimalTheme() {
    return new Theme(OTHER_THEME, TENANT, CONSULTATION, 1, TEXT, Optional.empty(), ThemeOrigin.MANUAL, Optional.empty(), "staff-17", T0, T0);
  }

  static Response response() {
    return new Response(RESPONSE, TENANT, CONSULTATION, Optional.empty(), Optional.of(THEME), 3, ResponseStatus.PARTLY_ACCEPTED,
        Optional.of(TITLE), "staff-18", T2, T0,
        List.of(new ResponseRevision(1, ResponseStatus.UNDER_CONSIDERATION, Optional.of(TEXT), "staff-17", T0),
            new ResponseRevision(2, ResponseStatus.ACCEPTED, Optional.empty(), "staff-17", T1)));
  }

  static Response minimalResponse() {
    return new Response(RESPONSE, TENANT, CONSULTATION, Optional.of(CONTRIBUTION), Optional.empty(), 1, ResponseStatus.ACCEPTED,
        Optional.empty(), "staff-17", T0, T0, List.of());
  }

  static Decision decision() {
    return new Decision(DECISION, TENANT, CONSULTATION, 2, TITLE, TEXT, "City council", Optional.of("Meeting 7, item 3"), DAY, TITLE,
        InfluenceEffect.CHANGED, List.of(THEME, OTHER_THEME), List.of(CONTRIBUTION), "staff-17", T0, T1);
  }

  static Decision minimalDecision() {
    return new Decision(DECISION, TENANT, CONSULTATION, 1, TEXT, TEXT, "Mayor", Optional.empty(), DAY, TEXT, InfluenceEffect.NOT_CHANGED,
        List.of(), List.of(), "staff-17", T0, T0);
  }

  static List<Milestone> milestones() {
    return List.of(new Milestone(TITLE, DAY, Optional.of(DAY.plusDays(3))), new Milestone(TEXT, DAY.plusMonths(6), Optional.empty()));
  }

  static Result result() {
    return new Result(RESULT, TENANT, CONSULTATION, 4, Optional.empty(), TITLE, Optional.of(TEXT), ResultStatus.IN_PROGRESS, 55,
        milestones(), List.of(DECISION), List.of(new ResultUpdate(T0, "staff-17", ResultStatus.PLANNED, 0, Optional.empty()),
            new ResultUpdate(T1, "staff-17", ResultStatus.IN_PROGRESS, 55, Optional.of(TITLE))),
        T0, T1);
  }

  static Result minimalResult(ResultId id) {
    return new Result(id, TENANT, CONSULTATION, 1, id.equals(CHILD) ? Optional.of(RESULT) : Optional.empty(), TEXT, Optional.empty(),
        ResultStatus.PLANNED, 0, List.of(), List.of(), List.of(), T0, T0);
  }

  static ResultNode resultTree() {
    return ResultNode.of(result(), List.of(ResultNode.of(minimalResult(CHILD), List.of())));
  }

  static ThemeStats stats() {
    return new ThemeStats(THEME, 42, Map.of(Channel.PAPER, 2L, Channel.ONLINE, 40L),
        Map.of("district", Map.of("south", 12L, "north", 30L), "age_band", Map.of(ThemeStats.UNDECLARED, 42L)));
  }

  static ImpactFigures impact() {
    return new ImpactFigures(40, 30, 0.75, Optional.of(Duration.ofHours(76)), Optional.of(Duration.ofDays(12)), 4, 3, 0.75, 2,
        Optional.of(27.5));
  }

  static ImpactFigures minimalImpact() {
    return new ImpactFigures(0, 0, 0, Optional.empty(), Optional.empty(), 0, 0, 0, 0, Optional.empty());
  }

  static OutcomeReport report() {
    ThemeSection full = new ThemeSection(theme(), stats(), List.of(Samples.contribution(), Samples.minimalContribution()),
        Optional.of(response()), List.of(decision()), List.of(resultTree()));
    ThemeSection empty = new ThemeSection(minimalTheme(), ThemeStats.empty(OTHER_THEME), List.of(), Optional.empty(), List.of(), List.of());
    return new OutcomeReport(CONSULTATION, TITLE, List.of("pt", "en", "es"), T2, List.of(full, empty),
        List.of(decision(), minimalDecision()), List.of(resultTree()), impact(),
        List.of(new org.consulta.core.participant.DemographicDimension("district", TEXT, List.of("north", "south"), false)),
        Optional.of(ExpectationSamples.dashboard()));
  }
}
