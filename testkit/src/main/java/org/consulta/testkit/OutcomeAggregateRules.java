package org.consulta.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.contribution.Visibility;
import org.consulta.core.outcome.NoticeKind;
import org.consulta.core.outcome.NoticeRequest;
import org.consulta.core.outcome.PendingNotice;
import org.consulta.core.outcome.Response;
import org.consulta.core.outcome.ResponseTimes;
import org.consulta.core.outcome.Theme;
import org.consulta.core.outcome.ThemeStats;
import org.consulta.core.participant.Demographics;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rules of {@link org.consulta.core.outcome.OutcomeRepository}'s aggregates ({@code themeStats},
 * {@code responseTimes}) and notices. The demographic dimensions reported are those of the tenant's
 * stored {@link org.consulta.core.participant.DemographicSchema}, each for every theme with counted
 * members; a theme with none has total 0 and no groups.
 */
abstract class OutcomeAggregateRules extends OutcomeRuleSupport {
  OutcomeAggregateRules(StoreCompatibilityKit kit) {
    super(kit);
  }

  private Participant participant(Map<String, String> demographics) {
    Participant p = samples.participant(a).demographics(demographics).build();
    useA(uow -> uow.participants().insert(p));
    return p;
  }

  private Contribution by(Consultation c, Participant author) {
    return inserted(samples.contribution(c).author(author.id()).build());
  }

  @Test
  @DisplayName("themeStats counts published, not confidential members per theme in creation order, by channel and by the authors' declared groups")
  void themeStatsCountsChannelsAndGroups() {
    useA(uow -> uow.participants().saveDemographicSchema(StoreSamples.schema("north", "south")));
    Participant adult = participant(Map.of("age_band", "16_64", "district", "north"));
    Participant senior = participant(Map.of("age_band", "65_plus", "district", Demographics.PREFER_NOT_TO_SAY));
    Participant young = participant(Map.of("age_band", "under_16", "unknown_dimension", "x"));
    Consultation c = consultation();
    Theme counted = theme(c);
    Theme emptyTheme = theme(c);
    Theme elsewhere = theme(consultation());
    add(counted, by(c, adult));
    add(counted, inserted(samples.contribution(c).author(senior.id()).channel(Channel.PAPER).build()));
    add(counted, idea(c));
    add(counted, inserted(samples.contribution(c).author(young.id()).visibility(Visibility.PRIVATE).build()));
    add(counted, inserted(samples.contribution(c).author(adult.id()).state(ContributionState.PENDING_MODERATION).build()));
    add(counted, inserted(samples.contribution(c).author(young.id()).confidential().build()));
    add(emptyTheme, inserted(samples.contribution(c).author(adult.id()).state(ContributionState.HIDDEN).build()));
    add(elsewhere, idea(c));

    checkA(o -> assertThat(o.themeStats(c.id())).containsExactly(
        new ThemeStats(counted.id(), 4, Map.of(Channel.ONLINE, 3L, Channel.PAPER, 1L), Map.of(
            "age_band", Map.of("16_64", 1L, "65_plus", 1L, "under_16", 1L, ThemeStats.UNDECLARED, 1L),
            "district", Map.of("north", 1L, ThemeStats.UNDECLARED, 3L))),
        ThemeStats.empty(emptyTheme.id())));
  }

  @Test
  @DisplayName("themeStats reads the authors' current declared values, and reports no groups without a stored demographic schema")
  void themeStatsFollowsParticipantsAndSchema() {
    Participant adult = participant(Map.of("age_band", "16_64", "district", "north"));
    Consultation c = consultation();
    Theme theme = theme(c);
    add(theme, by(c, adult));
    checkA(o -> assertThat(o.themeStats(c.id())).containsExactly(new ThemeStats(theme.id(), 1, Map.of(Channel.ONLINE, 1L), Map.of())));
    useA(uow -> uow.participants().saveDemographicSchema(StoreSamples.schema("north", "south")));
    Participant moved = ParticipantSample.revisionOf(adult).demographics(Map.of("district", "south")).build();
    useA(uow -> uow.participants().update(moved));
    checkA(o -> assertThat(o.themeStats(c.id())).containsExactly(new ThemeStats(theme.id(), 1, Map.of(Channel.ONLINE, 1L),
        Map.of("age_band", Map.of(ThemeStats.UNDECLARED, 1L), "district", Map.of("south", 1L)))));
    Consultation empty = consultation();
    checkA(o -> assertThat(o.themeStats(empty.id())).isEmpty());
  }

  @Test
  @DisplayName("responseTimes counts top-level published input; the earliest answer counts, a theme's only from when the contribution joined it")
  void responseTimesFromOwnAndThemeResponses() {
    Consultation c = consultation();
    Contribution several = inserted(samples.contribution(c).submittedAt(hours(0)).build());
    Contribution joinedLate = inserted(samples.contribution(c).submittedAt(hours(1)).build());
    Contribution own = inserted(samples.contribution(c).submittedAt(hours(2)).build());
    inserted(samples.contribution(c).submittedAt(hours(3)).build());
    Contribution reply = inserted(samples.contribution(c).parent(several.id()).submittedAt(hours(3)).build());
    Contribution pending = inserted(samples.contribution(c).submittedAt(hours(3)).state(ContributionState.PENDING_MODERATION).build());
    Theme theme = theme(c);
    add(theme, several, hours(4));
    add(theme, joinedLate, hours(20));
    add(theme, reply, hours(4));
    add(theme, pending, hours(4));
    Response ownResponse = samples.response(own, hours(4));
    Contribution elsewhere = idea(consultation());
    useA(uow -> {
      uow.outcomes().insertResponse(samples.response(several, hours(10)));
      uow.outcomes().insertResponse(samples.response(theme, hours(5)));
      uow.outcomes().insertResponse(ownResponse);
      uow.outcomes().insertResponse(samples.response(elsewhere, hours(1)));
    });
    useA(uow -> uow.outcomes().updateResponse(StoreSamples.revisionOf(ownResponse)));
    // delays: own 2 h, several 5 h (theme at 5 h beats its own at 10 h), joinedLate 19 h
    checkA(o -> assertThat(o.responseTimes(c.id()))
        .isEqualTo(new ResponseTimes(4, 3, Optional.of(Duration.ofHours(5)), Optional.of(Duration.ofHours(19)))));
  }

  @Test
  @DisplayName("responseTimes takes nearest-rank quantiles: of ten answered, the median is the 5th time and p90 the 9th")
  void responseTimesNearestRank() {
    Consultation c = consultation();
    for (int i = 10; i >= 1; i--) {
      Contribution answered = inserted(samples.contribution(c).submittedAt(hours(100 - i)).build());
      Response r = samples.response(answered, hours(100));
      useA(uow -> uow.outcomes().insertResponse(r));
    }
    idea(c);
    checkA(o -> assertThat(o.responseTimes(c.id()))
        .isEqualTo(new ResponseTimes(11, 10, Optional.of(Duration.ofHours(5)), Optional.of(Duration.ofHours(9)))));
  }

  @Test
  @DisplayName("responseTimes of several consultations pools their answered input: quantiles of all the times together")
  void responseTimesPooled() {
    Consultation fast = consultation();
    Consultation slow = consultation();
    Consultation other = consultation();
    for (int i = 1; i <= 3; i++) {
      Contribution a = inserted(samples.contribution(fast).submittedAt(hours(100 - i)).build());
      Response r = samples.response(a, hours(100));
      useA(uow -> uow.outcomes().insertResponse(r));
    }
    for (int i = 7; i <= 8; i++) {
      Contribution a = inserted(samples.contribution(slow).submittedAt(hours(100 - i)).build());
      Response r = samples.response(a, hours(100));
      useA(uow -> uow.outcomes().insertResponse(r));
    }
    idea(slow);
    Contribution elsewhere = inserted(samples.contribution(other).submittedAt(hours(1)).build());
    Response r = samples.response(elsewhere, hours(100));
    useA(uow -> uow.outcomes().insertResponse(r));
    // times 1, 2, 3, 7, 8 hours: median rank 3 (3 h), p90 rank 5 (8 h); the third consultation is not asked for
    checkA(o -> assertThat(o.responseTimes(List.of(fast.id(), slow.id())))
        .isEqualTo(new ResponseTimes(6, 5, Optional.of(Duration.ofHours(3)), Optional.of(Duration.ofHours(8)))));
    checkA(o -> assertThat(o.responseTimes(List.of(fast.id()))).isEqualTo(o.responseTimes(fast.id())));
    checkA(o -> assertThat(o.responseTimes(List.<org.consulta.core.consultation.ConsultationId>of()))
        .isEqualTo(new ResponseTimes(0, 0, Optional.empty(), Optional.empty())));
    useB(uow -> assertThat(uow.outcomes().responseTimes(List.of(fast.id(), slow.id())))
        .isEqualTo(new ResponseTimes(0, 0, Optional.empty(), Optional.empty())));
  }

  @Test
  @DisplayName("responseTimes has empty quantiles when nothing is answered")
  void responseTimesWithoutAnswers() {
    Consultation c = consultation();
    idea(c);
    idea(c);
    checkA(o -> assertThat(o.responseTimes(c.id())).isEqualTo(new ResponseTimes(2, 0, Optional.empty(), Optional.empty())));
    Consultation quiet = consultation();
    checkA(o -> assertThat(o.responseTimes(quiet.id())).isEqualTo(new ResponseTimes(0, 0, Optional.empty(), Optional.empty())));
  }

  @Test
  @DisplayName("queueNotices reaches the authors of listed contributions and theme members, each contribution once, skips anonymous input, never queues a notice twice")
  void queueNoticesExpandsToAuthors() {
    Participant ana = insertedParticipant(a);
    Participant ben = insertedParticipant(a);
    Consultation c = consultation();
    Contribution direct = by(c, ana);
    Contribution anonymous = idea(c);
    Contribution member = by(c, ben);
    Contribution alsoAna = by(c, ana);
    by(c, ben);
    Theme theme = theme(c);
    add(theme, member);
    add(theme, alsoAna);
    add(theme, direct);
    add(theme, anonymous);
    NoticeRequest request = new NoticeRequest(c.id(), NoticeKind.DECISION_RECORDED, "decision-1",
        Set.of(direct.id(), anonymous.id()), Set.of(theme.id()), hours(50));
    checkA(o -> assertThat(o.queueNotices(request)).isEqualTo(3));
    checkA(o -> assertThat(o.queueNotices(request)).isZero());
    checkA(o -> assertThat(o.lockPendingNotices(10)).containsExactlyInAnyOrder(
        new PendingNotice(ana.id(), c.id(), direct.id(), NoticeKind.DECISION_RECORDED, "decision-1", hours(50)),
        new PendingNotice(ana.id(), c.id(), alsoAna.id(), NoticeKind.DECISION_RECORDED, "decision-1", hours(50)),
        new PendingNotice(ben.id(), c.id(), member.id(), NoticeKind.DECISION_RECORDED, "decision-1", hours(50))));
    NoticeRequest another = new NoticeRequest(c.id(), NoticeKind.DECISION_CHANGED, "decision-1", Set.of(direct.id()), Set.of(), hours(51));
    checkA(o -> assertThat(o.queueNotices(another)).isEqualTo(1));
    checkA(o -> assertThat(o.queueNotices(new NoticeRequest(c.id(), NoticeKind.RESPONDED, "r", Set.of(), Set.of(), hours(52)))).isZero());
  }

  @Test
  @DisplayName("lockPendingNotices returns every notice of the first n recipients in unsigned id order, each by queue time")
  void lockPendingNoticesByRecipient() {
    ParticipantId low = new ParticipantId(new UUID(0x1000_0000_0000_7000L, 0x8000_0000_0000_0001L));
    ParticipantId middle = new ParticipantId(new UUID(0x7fff_0000_0000_7000L, 0x8000_0000_0000_0001L));
    ParticipantId high = new ParticipantId(new UUID(0xf000_0000_0000_7000L, 0x8000_0000_0000_0001L));
    Consultation c = consultation();
    Contribution ofHigh = inserted(samples.contribution(c).author(high).build());
    Contribution ofLow = inserted(samples.contribution(c).author(low).build());
    Contribution ofMiddle = inserted(samples.contribution(c).author(middle).build());
    queue(ofHigh, NoticeKind.RESPONDED, 1);
    queue(ofLow, NoticeKind.RESULT_CHANGED, 3);
    queue(ofMiddle, NoticeKind.RESPONDED, 2);
    queue(ofLow, NoticeKind.RESPONDED, 2);
    checkA(o -> assertThat(o.lockPendingNotices(2)).containsExactly(
        notice(ofLow, NoticeKind.RESPONDED, 2), notice(ofLow, NoticeKind.RESULT_CHANGED, 3), notice(ofMiddle, NoticeKind.RESPONDED, 2)));
    checkA(o -> assertThat(o.lockPendingNotices(3)).hasSize(4).last().isEqualTo(notice(ofHigh, NoticeKind.RESPONDED, 1)));
    checkA(o -> assertThat(o.lockPendingNotices(0)).isEmpty());
  }

  @Test
  @DisplayName("markNoticesDone takes notices out of later lockPendingNotices; the others stay waiting")
  void doneNoticesAreNotLockedAgain() {
    Participant ana = insertedParticipant(a);
    Participant ben = insertedParticipant(a);
    Consultation c = consultation();
    Contribution ofAna = by(c, ana);
    Contribution ofBen = by(c, ben);
    queue(ofAna, NoticeKind.RESPONDED, 1);
    queue(ofBen, NoticeKind.RESPONDED, 1);
    queue(ofAna, NoticeKind.RESPONSE_REVISED, 2);
    useA(uow -> {
      List<PendingNotice> first = uow.outcomes().lockPendingNotices(1);
      assertThat(first).containsExactly(notice(ofAna, NoticeKind.RESPONDED, 1), notice(ofAna, NoticeKind.RESPONSE_REVISED, 2));
      uow.outcomes().markNoticesDone(first, hours(9));
    });
    checkA(o -> assertThat(o.lockPendingNotices(5)).containsExactly(notice(ofBen, NoticeKind.RESPONDED, 1)));
    queue(ofAna, NoticeKind.RESULT_CHANGED, 3);
    checkA(o -> assertThat(o.lockPendingNotices(5)).containsExactly(notice(ofAna, NoticeKind.RESULT_CHANGED, 3), notice(ofBen, NoticeKind.RESPONDED, 1)));
  }

  @Test
  @DisplayName("nothing of tenant A's outcomes is visible or changeable through tenant B, aggregates and notices included")
  void outcomesAreIsolatedByTenant() {
    useA(uow -> uow.participants().saveDemographicSchema(StoreSamples.schema("north")));
    Participant ana = participant(Map.of("district", "north"));
    Consultation c = consultation();
    org.consulta.core.contribution.CampaignId campaign = new org.consulta.core.contribution.CampaignId(samples.nextUuid());
    Contribution idea = inserted(samples.contribution(c).author(ana.id()).campaign(campaign).build());
    Theme theme = theme(c);
    add(theme, idea);
    Response response = samples.response(idea, hours(5));
    Response themeResponse = samples.response(theme, hours(6));
    org.consulta.core.outcome.Decision decision = samples.decision(c, List.of(theme.id()), List.of(idea.id()));
    org.consulta.core.outcome.Result result = samples.result(c, List.of(decision.id()));
    useA(uow -> {
      uow.outcomes().insertResponse(response);
      uow.outcomes().insertResponse(themeResponse);
      uow.outcomes().insertDecision(decision);
      uow.outcomes().insertResult(result);
      uow.outcomes().queueNotices(new NoticeRequest(c.id(), NoticeKind.RESPONDED, "s", Set.of(idea.id()), Set.of(theme.id()), hours(7)));
    });
    useB(uow -> {
      var o = uow.outcomes();
      assertThat(o.theme(theme.id())).isEmpty();
      assertThat(o.themes(c.id(), Optional.empty(), 10)).isEmpty();
      assertThat(o.members(theme.id(), Optional.empty(), 10)).isEmpty();
      assertThat(o.publicMembers(theme.id(), 10)).isEmpty();
      assertThat(o.membershipsOf(idea.id())).isEmpty();
      assertThat(o.campaignMembers(campaign, 10)).isEmpty();
      assertThat(o.themeStats(c.id())).isEmpty();
      assertThat(o.response(response.id())).isEmpty();
      assertThat(o.responseToContribution(idea.id())).isEmpty();
      assertThat(o.responseToTheme(theme.id())).isEmpty();
      assertThat(o.responses(c.id(), Optional.empty(), 10)).isEmpty();
      assertThat(o.responseTimes(c.id())).isEqualTo(new ResponseTimes(0, 0, Optional.empty(), Optional.empty()));
      assertThat(o.decision(decision.id())).isEmpty();
      assertThat(o.decisions(c.id(), Optional.empty(), 10)).isEmpty();
      assertThat(o.decisionsLinkedTo(List.of(idea.id()), List.of(theme.id()))).isEmpty();
      assertThat(o.result(result.id())).isEmpty();
      assertThat(o.results(c.id())).isEmpty();
      assertThat(o.resultsCarryingOut(List.of(decision.id()))).isEmpty();
      assertThat(o.lockPendingNotices(10)).isEmpty();
      assertThat(o.removeMember(theme.id(), idea.id())).isFalse();
      assertThat(o.addCampaignMembers(theme.id(), c.id(), campaign, "staff-9", hours(8))).isZero();
      assertThat(o.queueNotices(new NoticeRequest(c.id(), NoticeKind.RESPONDED, "t", Set.of(idea.id()), Set.of(theme.id()), hours(8)))).isZero();
    });
    checkA(o -> assertThat(o.members(theme.id(), Optional.empty(), 10)).containsExactly(idea));
    checkA(o -> assertThat(o.themeStats(c.id())).containsExactly(
        new ThemeStats(theme.id(), 1, Map.of(Channel.ONLINE, 1L), Map.of("age_band", Map.of(ThemeStats.UNDECLARED, 1L), "district", Map.of("north", 1L)))));
    checkA(o -> assertThat(o.responseTimes(c.id())).isEqualTo(new ResponseTimes(1, 1, Optional.of(Duration.between(idea.submittedAt(), hours(5))),
        Optional.of(Duration.between(idea.submittedAt(), hours(5))))));
    checkA(o -> assertThat(o.lockPendingNotices(10)).hasSize(1));
  }

  private void queue(Contribution c, NoticeKind kind, long hour) {
    NoticeRequest request = new NoticeRequest(c.consultation(), kind, "subject-" + hour, Set.of(c.id()), Set.of(), hours(hour));
    checkA(o -> assertThat(o.queueNotices(request)).isEqualTo(1));
  }

  private static PendingNotice notice(Contribution c, NoticeKind kind, long hour) {
    return new PendingNotice(c.author().orElseThrow(), c.consultation(), c.id(), kind, "subject-" + hour, hours(hour));
  }
}
