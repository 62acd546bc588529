package org.consulta.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.error.ConcurrentChangeException;
import org.consulta.core.error.VersionConflictException;
import org.consulta.core.moderation.Campaign;
import org.consulta.core.moderation.CampaignSeed;
import org.consulta.core.moderation.CaseStatus;
import org.consulta.core.moderation.DecisionAction;
import org.consulta.core.moderation.Flag;
import org.consulta.core.moderation.MetricCount;
import org.consulta.core.moderation.ModerationCase;
import org.consulta.core.moderation.ModerationCaseId;
import org.consulta.core.moderation.ModerationMetric;
import org.consulta.core.moderation.ModerationRepository;
import org.consulta.core.moderation.QueueFilter;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.store.UnitOfWork;
import org.consulta.core.value.SortKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rules of {@link ModerationRepository} and its {@link org.consulta.core.moderation.CampaignIndex}.
 * Cases, flags and campaigns refer to contributions by id only, so the rules build contributions
 * without storing them.
 */
abstract class ModerationRules extends KitRules {
  /** The instant queues are read at: after every sample instant the rules use. */
  private static final Instant NOW = StoreSamples.at(1_000_000);
  private static final QueueFilter ALL = QueueFilter.all();
  private static final QueueFilter UNCLAIMED = new QueueFilter(Optional.empty(), Optional.empty(), Optional.empty(), true);

  ModerationRules(StoreCompatibilityKit kit) {
    super(kit);
  }

  private Contribution idea(Consultation c) {
    return samples.contribution(c).build();
  }

  private ModerationCase stored(ModerationCase k) {
    use(k.tenant(), uow -> uow.moderation().insert(k));
    return k;
  }

  private List<ModerationCase> queue(TenantId tenant, QueueFilter filter) {
    return store.inTransaction(tenant, uow -> uow.moderation().queue(filter, NOW, Optional.empty(), 100));
  }

  private List<ModerationCase> claimable(QueueFilter filter, int limit) {
    return inA(uow -> uow.moderation().lockClaimable(filter, NOW, limit));
  }

  private List<ModerationCase> decidedBetween(ConsultationId consultation, Instant from, Instant to) {
    return inA(uow -> uow.moderation().decidedBetween(consultation, from, to));
  }

  private List<MetricCount> counts(ConsultationId consultation, LocalDate from, LocalDate to) {
    return inA(uow -> uow.moderation().counts(consultation, from, to));
  }

  private static List<ModerationCaseId> ids(List<ModerationCase> cases) {
    return cases.stream().map(ModerationCase::id).toList();
  }

  private static Instant hours(long h) {
    return StoreSamples.at(h * 3600);
  }

  @Test
  @DisplayName("find returns the inserted case with every field, and nothing for an unknown id")
  void insertThenFind() {
    Consultation c = samples.consultation(a).build();
    ModerationCase full = samples.moderationCase(idea(c)).decided(DecisionAction.HIDE).appealed().claimedBy("moderator-2", hours(900)).build();
    ModerationCase other = samples.moderationCase(idea(c)).build();
    useA(uow -> {
      uow.moderation().insert(full);
      uow.moderation().insert(other);
    });
    useA(uow -> assertThat(uow.moderation().find(full.id())).contains(full));
    useA(uow -> assertThat(uow.moderation().findForUpdate(other.id())).contains(other));
    useA(uow -> assertThat(uow.moderation().find(new ModerationCaseId(samples.nextUuid()))).isEmpty());
  }

  @Test
  @DisplayName("latestFor returns the contribution's most recently opened case, queued or not, and nothing for a contribution without one")
  void latestForReturnsTheNewestCase() {
    Consultation c = samples.consultation(a).build();
    Contribution idea = idea(c);
    ModerationCase first = stored(samples.moderationCase(idea).decided(DecisionAction.REJECT).build());
    useA(uow -> assertThat(uow.moderation().latestFor(idea.id())).contains(first));
    ModerationCase second = stored(samples.moderationCase(idea).build());
    ModerationCase elsewhere = stored(samples.moderationCase(idea(c)).build());
    useA(uow -> assertThat(uow.moderation().latestFor(idea.id())).contains(second));
    useA(uow -> assertThat(uow.moderation().latestFor(elsewhere.contribution())).contains(elsewhere));
    useA(uow -> assertThat(uow.moderation().latestFor(idea(c).id())).isEmpty());
  }

  @Test
  @DisplayName("update stores the next version; an update from a stale version throws VersionConflictException and changes nothing")
  void updateChecksTheVersion() {
    Consultation c = samples.consultation(a).build();
    ModerationCase v1 = stored(samples.moderationCase(idea(c)).build());
    ModerationCase v2 = ModerationCaseSample.revisionOf(v1).claimedBy("moderator-1", hours(500)).reasons("spam", "abuse").build();
    useA(uow -> uow.moderation().update(v2));
    useA(uow -> assertThat(uow.moderation().find(v1.id())).contains(v2));
    ModerationCase stale = ModerationCaseSample.revisionOf(v1).decided(DecisionAction.APPROVE).build();
    assertThatThrownBy(() -> useA(uow -> uow.moderation().update(stale))).isInstanceOf(VersionConflictException.class);
    useA(uow -> assertThat(uow.moderation().find(v1.id())).contains(v2));
  }

  @Test
  @DisplayName("the queue lists queued cases by (priority, id) and pages with after and limit")
  void queueOrderAndPaging() {
    Consultation c = samples.consultation(a).build();
    ModerationCase late = stored(samples.moderationCase(idea(c)).priority(hours(30)).build());
    ModerationCase tieFirst = stored(samples.moderationCase(idea(c)).priority(hours(20)).build());
    ModerationCase early = stored(samples.moderationCase(idea(c)).priority(hours(10)).build());
    ModerationCase tieSecond = stored(samples.moderationCase(idea(c)).priority(hours(20)).build());
    ModerationCase latest = stored(samples.moderationCase(idea(c)).priority(hours(40)).build());
    List<ModerationCase> expected = List.of(early, tieFirst, tieSecond, late, latest);
    assertThat(queue(a, ALL)).containsExactlyElementsOf(expected);

    List<ModerationCase> paged = new ArrayList<>();
    Optional<SortKey> after = Optional.empty();
    while (true) {
      Optional<SortKey> from = after;
      List<ModerationCase> page = inA(uow -> uow.moderation().queue(ALL, NOW, from, 2));
      assertThat(page.size()).isLessThanOrEqualTo(2);
      if (page.isEmpty()) {
        break;
      }
      paged.addAll(page);
      after = Optional.of(page.get(page.size() - 1).queueKey());
    }
    assertThat(paged).containsExactlyElementsOf(expected);
  }

  @Test
  @DisplayName("the queue filters by consultation, by reason and by language primary subtag (fr matches fr-CH)")
  void queueFilters() {
    Consultation c = samples.consultation(a).build();
    Consultation other = samples.consultation(a).build();
    ModerationCase frSpam = stored(samples.moderationCase(idea(c)).priority(hours(1)).language("fr-CH").reasons("spam").build());
    ModerationCase frAbuse = stored(samples.moderationCase(idea(c)).priority(hours(2)).language("fr").reasons("abuse", "off-topic").build());
    ModerationCase enSpam = stored(samples.moderationCase(idea(other)).priority(hours(3)).language("en-GB").reasons("spam", "abuse").build());
    ModerationCase friulian = stored(samples.moderationCase(idea(other)).priority(hours(4)).language("fur").reasons("off-topic").build());

    assertThat(queue(a, ALL.withConsultation(c.id()))).containsExactly(frSpam, frAbuse);
    assertThat(queue(a, ALL.withConsultation(other.id()))).containsExactly(enSpam, friulian);
    assertThat(queue(a, new QueueFilter(Optional.empty(), Optional.of("abuse"), Optional.empty(), false))).containsExactly(frAbuse, enSpam);
    assertThat(queue(a, new QueueFilter(Optional.empty(), Optional.of("spa"), Optional.empty(), false))).isEmpty();
    assertThat(queue(a, new QueueFilter(Optional.empty(), Optional.empty(), Optional.of("fr"), false))).containsExactly(frSpam, frAbuse);
    assertThat(queue(a, new QueueFilter(Optional.empty(), Optional.empty(), Optional.of("en-US"), false))).containsExactly(enSpam);
    assertThat(queue(a, new QueueFilter(Optional.of(other.id()), Optional.of("off-topic"), Optional.of("fur"), false))).containsExactly(friulian);
  }

  @Test
  @DisplayName("unclaimedOnly leaves out cases under a live lease and keeps those whose lease lapsed")
  void unclaimedOnlyJudgesLeasesAtNow() {
    Consultation c = samples.consultation(a).build();
    ModerationCase free = stored(samples.moderationCase(idea(c)).priority(hours(1)).build());
    ModerationCase live = stored(samples.moderationCase(idea(c)).priority(hours(2)).claimedBy("moderator-1", NOW.plusSeconds(1)).build());
    ModerationCase lapsed = stored(samples.moderationCase(idea(c)).priority(hours(3)).claimedBy("moderator-2", NOW).build());
    assertThat(queue(a, ALL)).containsExactly(free, live, lapsed);
    assertThat(queue(a, UNCLAIMED)).containsExactly(free, lapsed);
  }

  @Test
  @DisplayName("a case leaves the queue when DECIDED or CLOSED and comes back at its new priority when APPEALED")
  void queueFollowsStatus() {
    Consultation c = samples.consultation(a).build();
    ModerationCase first = stored(samples.moderationCase(idea(c)).priority(hours(1)).build());
    ModerationCase second = stored(samples.moderationCase(idea(c)).priority(hours(2)).build());
    ModerationCase decided = ModerationCaseSample.revisionOf(first).decided(DecisionAction.HIDE).build();
    useA(uow -> uow.moderation().update(decided));
    assertThat(queue(a, ALL)).containsExactly(second);
    ModerationCase appealed = ModerationCaseSample.revisionOf(decided).appealed().priority(hours(5)).build();
    useA(uow -> uow.moderation().update(appealed));
    assertThat(queue(a, ALL)).containsExactly(second, appealed);
    ModerationCase closed = ModerationCaseSample.revisionOf(appealed).closed().build();
    useA(uow -> uow.moderation().update(closed));
    assertThat(queue(a, ALL)).containsExactly(second);
    assertThat(claimable(ALL, 10)).containsExactly(second);
  }

  @Test
  @DisplayName("lockClaimable returns the first unclaimed queued cases the filter matches, in priority order, at most limit")
  void lockClaimableReturnsUnclaimedInOrder() {
    Consultation c = samples.consultation(a).build();
    Consultation other = samples.consultation(a).build();
    stored(samples.moderationCase(idea(c)).priority(hours(1)).claimedBy("moderator-1", NOW.plusSeconds(60)).build());
    ModerationCase lapsed = stored(samples.moderationCase(idea(c)).priority(hours(2)).claimedBy("moderator-2", NOW.minusSeconds(60)).build());
    stored(samples.moderationCase(idea(c)).priority(hours(3)).decided(DecisionAction.REJECT).build());
    ModerationCase free = stored(samples.moderationCase(idea(c)).priority(hours(4)).build());
    ModerationCase elsewhere = stored(samples.moderationCase(idea(other)).priority(hours(5)).build());
    ModerationCase last = stored(samples.moderationCase(idea(c)).priority(hours(6)).build());
    assertThat(claimable(ALL, 10)).containsExactly(lapsed, free, elsewhere, last);
    assertThat(claimable(ALL, 2)).containsExactly(lapsed, free);
    assertThat(claimable(ALL.withConsultation(c.id()), 10)).containsExactly(lapsed, free, last);
  }

  @Test
  @DisplayName("concurrent transactions that each lock-claim the next case and lease it never claim one case twice, and together claim every case")
  void concurrentClaimsGetDifferentCases() throws Exception {
    Consultation c = samples.consultation(a).build();
    int threads = Math.min(kit.concurrentThreads(), 8);
    int cases = threads * 3;
    List<ModerationCase> all = new ArrayList<>();
    useA(uow -> {
      for (int i = 0; i < cases; i++) {
        ModerationCase k = samples.moderationCase(idea(c)).priority(hours(i % 5)).build();
        uow.moderation().insert(k);
        all.add(k);
      }
    });
    ConcurrentLinkedQueue<ModerationCaseId> claims = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String moderator = "moderator-" + t;
        futures.add(pool.submit(() -> {
          while (true) {
            Optional<ModerationCase> claimed = retrying(uow -> {
              List<ModerationCase> next = uow.moderation().lockClaimable(ALL, NOW, 1);
              if (next.isEmpty()) {
                return Optional.empty();
              }
              ModerationCase k = ModerationCaseSample.revisionOf(next.get(0)).claimedBy(moderator, NOW.plusSeconds(3600)).build();
              uow.moderation().update(k);
              return Optional.of(k);
            });
            if (claimed.isEmpty()) {
              return null;
            }
            claims.add(claimed.get().id());
          }
        }));
      }
      long deadline = System.nanoTime() + kit.concurrencyTimeout().toNanos();
      for (Future<?> f : futures) {
        f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
    assertThat(claims).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids(all));
    assertThat(queue(a, UNCLAIMED)).isEmpty();
    assertThat(queue(a, ALL)).extracting(k -> k.version()).containsOnly(2L);
  }

  private <T> T retrying(Function<UnitOfWork, T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return inA(work);
      } catch (ConcurrentChangeException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }

  @Test
  @DisplayName("decidedBetween returns the consultation's cases first decided in [from, to)")
  void decidedBetweenBounds() {
    Consultation c = samples.consultation(a).build();
    Consultation other = samples.consultation(a).build();
    stored(samples.moderationCase(idea(c)).decidedAt(DecisionAction.HIDE, hours(9)).build());
    ModerationCase atFrom = stored(samples.moderationCase(idea(c)).decidedAt(DecisionAction.HIDE, hours(10)).build());
    ModerationCase inside = stored(samples.moderationCase(idea(c)).decidedAt(DecisionAction.REJECT, hours(15)).appealed().build());
    stored(samples.moderationCase(idea(c)).decidedAt(DecisionAction.HIDE, hours(20)).build());
    stored(samples.moderationCase(idea(c)).build());
    stored(samples.moderationCase(idea(other)).decidedAt(DecisionAction.HIDE, hours(12)).build());
    assertThat(decidedBetween(c.id(), hours(10), hours(20))).containsExactlyInAnyOrder(atFrom, inside);
    assertThat(decidedBetween(c.id(), hours(21), hours(30))).isEmpty();
  }

  @Test
  @DisplayName("addFlag keeps one flag per (contribution, participant) and returns false for the second; flags lists them oldest first")
  void flagsOnePerParticipant() {
    Consultation c = samples.consultation(a).build();
    Contribution idea = idea(c);
    ParticipantId ana = samples.participantId();
    ParticipantId bo = samples.participantId();
    Flag anaFlag = samples.flag(idea.id(), ana, "spam");
    Flag boFlag = samples.flag(idea.id(), bo, "abuse");
    Flag elsewhere = samples.flag(idea(c).id(), ana, "spam");
    useA(uow -> {
      assertThat(uow.moderation().addFlag(anaFlag)).isTrue();
      assertThat(uow.moderation().addFlag(elsewhere)).isTrue();
    });
    useA(uow -> assertThat(uow.moderation().addFlag(boFlag)).isTrue());
    useA(uow -> assertThat(uow.moderation().addFlag(samples.flag(idea.id(), ana, "off-topic"))).isFalse());
    useA(uow -> assertThat(uow.moderation().flags(idea.id())).containsExactly(anaFlag, boFlag));
    useA(uow -> assertThat(uow.moderation().flags(elsewhere.contribution())).containsExactly(elsewhere));
    useA(uow -> assertThat(uow.moderation().flags(idea(c).id())).isEmpty());
  }

  @Test
  @DisplayName("count adds to a counter; counts sums the days in [from, to) per (metric, reason) and leaves out zeros")
  void countersSumOverDays() {
    ConsultationId c = samples.consultationId();
    ConsultationId other = samples.consultationId();
    LocalDate day = LocalDate.of(2030, 3, 10);
    useA(uow -> {
      ModerationRepository m = uow.moderation();
      m.count(c, day.minusDays(1), ModerationMetric.HELD, "spam", 100);
      m.count(c, day, ModerationMetric.HELD, "spam", 2);
      m.count(c, day, ModerationMetric.HELD, "spam", 3);
      m.count(c, day.plusDays(1), ModerationMetric.HELD, "spam", 4);
      m.count(c, day, ModerationMetric.HELD, "abuse", 1);
      m.count(c, day.plusDays(2), ModerationMetric.SCREENED, "", 7);
      m.count(c, day, ModerationMetric.FLAGGED, "spam", 1);
      m.count(other, day, ModerationMetric.HELD, "spam", 50);
    });
    useA(uow -> uow.moderation().count(c, day.plusDays(1), ModerationMetric.FLAGGED, "spam", -1));
    useA(uow -> uow.moderation().count(c, day.plusDays(3), ModerationMetric.HIDDEN, "spam", 1));
    assertThat(counts(c, day, day.plusDays(3))).containsExactlyInAnyOrder(
        new MetricCount(ModerationMetric.HELD, "spam", 9),
        new MetricCount(ModerationMetric.HELD, "abuse", 1),
        new MetricCount(ModerationMetric.SCREENED, "", 7));
    assertThat(counts(c, day, day)).isEmpty();
    assertThat(counts(other, day, day.plusDays(1))).containsExactly(new MetricCount(ModerationMetric.HELD, "spam", 50));
  }

  @Test
  @DisplayName("saveCampaign stores a campaign, then replaces it as it grows")
  void saveCampaignInsertsThenReplaces() {
    Consultation c = samples.consultation(a).build();
    Campaign small = samples.campaign(idea(c).id(), c.id(), 1);
    useA(uow -> uow.moderation().saveCampaign(small));
    useA(uow -> assertThat(uow.moderation().campaign(small.id())).contains(small));
    Campaign grown = new Campaign(small.id(), c.id(), 5, small.firstAt(), small.lastAt().plusSeconds(600));
    useA(uow -> uow.moderation().saveCampaign(grown));
    useA(uow -> assertThat(uow.moderation().campaign(small.id())).contains(grown));
    useA(uow -> assertThat(uow.moderation().campaigns(c.id(), 1, Optional.empty(), 10)).containsExactly(grown));
    useA(uow -> assertThat(uow.moderation().campaign(samples.campaign(idea(c).id(), c.id(), 1).id())).isEmpty());
  }

  @Test
  @DisplayName("campaigns lists a consultation's campaigns of at least minimumSize members by (firstAt, id), paging with after and limit")
  void campaignsOrderFilterAndPaging() {
    Consultation c = samples.consultation(a).build();
    Consultation other = samples.consultation(a).build();
    Campaign first = samples.campaign(idea(c).id(), c.id(), 3);
    Campaign small = samples.campaign(idea(c).id(), c.id(), 1);
    Campaign tieA = samples.campaign(idea(c).id(), c.id(), 4);
    Campaign tieB = new Campaign(new CampaignId(samples.nextUuid()), c.id(), 2, tieA.firstAt(), tieA.lastAt()); // a later id: sorts after tieA
    Campaign elsewhere = samples.campaign(idea(other).id(), other.id(), 9);
    useA(uow -> {
      for (Campaign k : List.of(tieB, elsewhere, small, tieA, first)) {
        uow.moderation().saveCampaign(k);
      }
    });
    useA(uow -> assertThat(uow.moderation().campaigns(c.id(), 1, Optional.empty(), 10)).containsExactly(first, small, tieA, tieB));
    useA(uow -> assertThat(uow.moderation().campaigns(c.id(), 2, Optional.empty(), 10)).containsExactly(first, tieA, tieB));
    useA(uow -> assertThat(uow.moderation().campaigns(c.id(), 4, Optional.empty(), 10)).containsExactly(tieA));
    useA(uow -> assertThat(uow.moderation().campaigns(c.id(), 2, Optional.empty(), 2)).containsExactly(first, tieA));
    useA(uow -> assertThat(uow.moderation().campaigns(c.id(), 2, Optional.of(tieA.sortKey()), 2)).containsExactly(tieB));
    useA(uow -> assertThat(uow.moderation().campaigns(c.id(), 1, Optional.of(tieB.sortKey()), 2)).isEmpty());
    useA(uow -> assertThat(uow.moderation().campaigns(other.id(), 10, Optional.empty(), 10)).isEmpty());
  }

  @Test
  @DisplayName("addSeed registers a seed under the band keys no earlier seed holds; seeds returns each matching seed once, with its signature, per consultation")
  void campaignIndexFirstSeedWins() {
    Consultation c = samples.consultation(a).build();
    Consultation other = samples.consultation(a).build();
    CampaignSeed first = new CampaignSeed(idea(c).id(), StoreSamples.signature(1, 10, 11, 12));
    CampaignSeed second = new CampaignSeed(idea(c).id(), StoreSamples.signature(2, 12, 13, -14));
    CampaignSeed foreign = new CampaignSeed(idea(other).id(), StoreSamples.signature(3, 10, 99));
    useA(uow -> uow.moderation().campaignIndex().addSeed(c.id(), first));
    useA(uow -> {
      uow.moderation().campaignIndex().addSeed(c.id(), second);
      uow.moderation().campaignIndex().addSeed(other.id(), foreign);
    });
    useA(uow -> {
      var index = uow.moderation().campaignIndex();
      assertThat(index.seeds(c.id(), new long[] {10, 11, 12})).containsExactly(first);
      assertThat(index.seeds(c.id(), new long[] {12, 13})).containsExactly(first, second);
      assertThat(index.seeds(c.id(), new long[] {-14})).containsExactly(second);
      assertThat(index.seeds(c.id(), new long[] {99, 7})).isEmpty();
      assertThat(index.seeds(other.id(), new long[] {10, 11, 99})).containsExactly(foreign);
      assertThat(index.seeds(c.id(), new long[] {10, 13}))
          .extracting(CampaignSeed::signature).containsExactlyInAnyOrder(first.signature(), second.signature());
    });
  }

  @Test
  @DisplayName("a failed unit of work rolls back every moderation write: cases, flags, counters, campaigns and seeds")
  void failedWorkRollsBackEveryWrite() {
    Consultation c = samples.consultation(a).build();
    Contribution idea = idea(c);
    ModerationCase v1 = stored(samples.moderationCase(idea).priority(hours(1)).build());
    ModerationCase fresh = samples.moderationCase(idea(c)).priority(hours(2)).build();
    Flag flag = samples.flag(idea.id(), samples.participantId(), "spam");
    Campaign campaign = samples.campaign(idea.id(), c.id(), 2);
    CampaignSeed seed = new CampaignSeed(idea.id(), StoreSamples.signature(4, 40, 41));
    LocalDate day = LocalDate.of(2030, 1, 2);
    assertThatThrownBy(() -> useA(uow -> {
      ModerationRepository m = uow.moderation();
      m.insert(fresh);
      m.update(ModerationCaseSample.revisionOf(v1).decided(DecisionAction.HIDE).build());
      m.addFlag(flag);
      m.count(c.id(), day, ModerationMetric.FLAGGED, "spam", 1);
      m.saveCampaign(campaign);
      m.campaignIndex().addSeed(c.id(), seed);
      throw new Boom();
    })).isInstanceOf(Boom.class);
    useA(uow -> {
      ModerationRepository m = uow.moderation();
      assertThat(m.find(fresh.id())).isEmpty();
      assertThat(m.find(v1.id())).contains(v1);
      assertThat(m.latestFor(fresh.contribution())).isEmpty();
      assertThat(m.queue(ALL, NOW, Optional.empty(), 10)).containsExactly(v1);
      assertThat(m.decidedBetween(c.id(), StoreSamples.EPOCH, NOW)).isEmpty();
      assertThat(m.flags(idea.id())).isEmpty();
      assertThat(m.counts(c.id(), day, day.plusDays(1))).isEmpty();
      assertThat(m.campaign(campaign.id())).isEmpty();
      assertThat(m.campaigns(c.id(), 1, Optional.empty(), 10)).isEmpty();
      assertThat(m.campaignIndex().seeds(c.id(), new long[] {40, 41})).isEmpty();
    });
  }

  @Test
  @DisplayName("nothing of one tenant's moderation is visible through another tenant's unit of work")
  void tenantsAreIsolated() {
    Consultation c = samples.consultation(a).build();
    Contribution idea = idea(c);
    ModerationCase queued = stored(samples.moderationCase(idea).build());
    ModerationCase decided = stored(samples.moderationCase(idea(c)).decidedAt(DecisionAction.HIDE, hours(3)).build());
    Flag flag = samples.flag(idea.id(), samples.participantId(), "spam");
    Campaign campaign = samples.campaign(idea.id(), c.id(), 2);
    LocalDate day = LocalDate.of(2030, 1, 2);
    useA(uow -> {
      ModerationRepository m = uow.moderation();
      m.addFlag(flag);
      m.count(c.id(), day, ModerationMetric.FLAGGED, "spam", 1);
      m.saveCampaign(campaign);
      m.campaignIndex().addSeed(c.id(), new CampaignSeed(idea.id(), StoreSamples.signature(5, 50)));
    });
    useB(uow -> {
      ModerationRepository m = uow.moderation();
      assertThat(m.find(queued.id())).isEmpty();
      assertThat(m.findForUpdate(decided.id())).isEmpty();
      assertThat(m.latestFor(idea.id())).isEmpty();
      assertThat(m.queue(ALL, NOW, Optional.empty(), 10)).isEmpty();
      assertThat(m.lockClaimable(ALL, NOW, 10)).isEmpty();
      assertThat(m.decidedBetween(c.id(), StoreSamples.EPOCH, NOW)).isEmpty();
      assertThat(m.flags(idea.id())).isEmpty();
      assertThat(m.counts(c.id(), day, day.plusDays(1))).isEmpty();
      assertThat(m.campaign(campaign.id())).isEmpty();
      assertThat(m.campaigns(c.id(), 1, Optional.empty(), 10)).isEmpty();
      assertThat(m.campaignIndex().seeds(c.id(), new long[] {50})).isEmpty();
    });
    useB(uow -> assertThat(uow.moderation().addFlag(flag)).isTrue());
    assertThat(queue(a, ALL)).containsExactly(queued);
  }
}
