package org.consulta.core.store.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.moderation.Campaign;
import org.consulta.core.moderation.CampaignIndex;
import org.consulta.core.moderation.CampaignSeed;
import org.consulta.core.moderation.Flag;
import org.consulta.core.moderation.MetricCount;
import org.consulta.core.moderation.ModerationCase;
import org.consulta.core.moderation.ModerationCaseId;
import org.consulta.core.moderation.ModerationMetric;
import org.consulta.core.moderation.ModerationRepository;
import org.consulta.core.moderation.QueueFilter;
import org.consulta.core.value.SortKey;

/** Moderation cases, flags, counters and campaigns of one tenant, inside a {@link MemoryUnitOfWork}. */
final class MemoryModeration implements ModerationRepository, CampaignIndex {
  private final MemoryUnitOfWork uow;
  private final TenantData data;

  MemoryModeration(MemoryUnitOfWork uow, TenantData data) {
    this.uow = uow;
    this.data = data;
  }

  @Override
  public Optional<ModerationCase> find(ModerationCaseId id) {
    uow.checkOpen();
    return Optional.ofNullable(data.cases.get(id));
  }

  @Override
  public Optional<ModerationCase> findForUpdate(ModerationCaseId id) {
    // the tenant lock held for the whole unit of work already serializes writers
    return find(id);
  }

  @Override
  public Optional<ModerationCase> latestFor(ContributionId contribution) {
    uow.checkOpen();
    return Optional.ofNullable(data.latestCase.get(contribution)).map(data.cases::get);
  }

  @Override
  public void insert(ModerationCase c) {
    uow.checkOpen();
    uow.checkTenant(c.tenant(), "moderation case", c.id());
    if (data.cases.containsKey(c.id())) {
      throw new IllegalArgumentException("moderation case " + c.id() + " exists");
    }
    if (c.version() != 1) {
      throw new IllegalArgumentException("a new moderation case has version 1, not " + c.version());
    }
    uow.put(data.cases, c.id(), c);
    uow.put(data.latestCase, c.contribution(), c.id());
    if (c.status().inQueue()) {
      uow.put(data.caseQueue, c.queueKey(), c.id());
    }
  }

  @Override
  public void update(ModerationCase c) {
    uow.checkOpen();
    uow.checkTenant(c.tenant(), "moderation case", c.id());
    ModerationCase stored = data.cases.get(c.id());
    if (stored == null) {
      throw new NotFoundException("moderation case", c.id());
    }
    MemoryUnitOfWork.checkNextVersion("moderation case", c.id(), stored.version(), c.version());
    uow.put(data.cases, c.id(), c);
    if (stored.status().inQueue()) {
      uow.remove(data.caseQueue, stored.queueKey());
    }
    if (c.status().inQueue()) {
      uow.put(data.caseQueue, c.queueKey(), c.id());
    }
  }

  @Override
  public List<ModerationCase> queue(QueueFilter filter, Instant now, Optional<SortKey> after, int limit) {
    uow.checkOpen();
    List<ModerationCase> out = new ArrayList<>();
    Map<SortKey, ModerationCaseId> tail = after.isPresent() ? data.caseQueue.tailMap(after.get(), false) : data.caseQueue;
    for (ModerationCaseId id : tail.values()) {
      ModerationCase c = data.cases.get(id);
      if (filter.matches(c, now)) {
        out.add(c);
        if (out.size() == limit) {
          break;
        }
      }
    }
    return out;
  }

  @Override
  public List<ModerationCase> lockClaimable(QueueFilter filter, Instant now, int limit) {
    QueueFilter unclaimed = new QueueFilter(filter.consultation(), filter.reason(), filter.language(), true);
    return queue(unclaimed, now, Optional.empty(), limit);
  }

  @Override
  public List<ModerationCase> decidedBetween(ConsultationId consultation, Instant from, Instant to) {
    uow.checkOpen();
    List<ModerationCase> out = new ArrayList<>();
    for (ModerationCase c : data.cases.values()) {
      if (c.consultation().equals(consultation) && c.decidedAt().isPresent()
          && !c.decidedAt().get().isBefore(from) && c.decidedAt().get().isBefore(to)) {
        out.add(c);
      }
    }
    return out;
  }

  @Override
  public boolean addFlag(Flag flag) {
    uow.checkOpen();
    List<Flag> flags = data.flags.get(flag.contribution());
    if (flags != null && flags.stream().anyMatch(f -> f.participant().equals(flag.participant()))) {
      return false;
    }
    List<Flag> next = flags == null ? new ArrayList<>() : new ArrayList<>(flags);
    next.add(flag);
    uow.put(data.flags, flag.contribution(), List.copyOf(next));
    return true;
  }

  @Override
  public List<Flag> flags(ContributionId contribution) {
    uow.checkOpen();
    return data.flags.getOrDefault(contribution, List.of());
  }

  @Override
  public void count(ConsultationId consultation, LocalDate day, ModerationMetric metric, String reason, long delta) {
    uow.checkOpen();
    TenantData.CounterKey key = new TenantData.CounterKey(consultation, day, metric, reason);
    Long old = data.moderationCounts.get(key);
    uow.put(data.moderationCounts, key, (old == null ? 0 : old) + delta);
  }

  @Override
  public List<MetricCount> counts(ConsultationId consultation, LocalDate from, LocalDate to) {
    uow.checkOpen();
    Map<String, Long> sums = new TreeMap<>();
    Map<String, TenantData.CounterKey> keys = new HashMap<>();
    data.moderationCounts.forEach((key, n) -> {
      if (key.consultation().equals(consultation) && !key.day().isBefore(from) && key.day().isBefore(to)) {
        String k = key.metric() + "\u0000" + key.reason();
        sums.merge(k, n, Long::sum);
        keys.putIfAbsent(k, key);
      }
    });
    List<MetricCount> out = new ArrayList<>();
    sums.forEach((k, n) -> {
      if (n != 0) {
        out.add(new MetricCount(keys.get(k).metric(), keys.get(k).reason(), n));
      }
    });
    return out;
  }

  @Override
  public Optional<Campaign> campaign(CampaignId id) {
    uow.checkOpen();
    return Optional.ofNullable(data.campaigns.get(id));
  }

  @Override
  public void saveCampaign(Campaign campaign) {
    uow.checkOpen();
    Campaign old = data.campaigns.get(campaign.id());
    if (old != null && !old.consultation().equals(campaign.consultation())) {
      throw new IllegalArgumentException("campaign " + campaign.id() + " belongs to another consultation");
    }
    uow.put(data.campaigns, campaign.id(), campaign);
    TreeMap<SortKey, CampaignId> order = data.campaignOrder.get(campaign.consultation());
    if (order == null) {
      order = new TreeMap<>();
      uow.put(data.campaignOrder, campaign.consultation(), order);
    }
    if (old != null) {
      uow.remove(order, old.sortKey());
    }
    uow.put(order, campaign.sortKey(), campaign.id());
  }

  @Override
  public List<Campaign> campaigns(ConsultationId consultation, long minimumSize, Optional<SortKey> after, int limit) {
    uow.checkOpen();
    TreeMap<SortKey, CampaignId> order = data.campaignOrder.get(consultation);
    if (order == null) {
      return List.of();
    }
    List<Campaign> out = new ArrayList<>();
    for (CampaignId id : (after.isPresent() ? order.tailMap(after.get(), false) : order).values()) {
      Campaign c = data.campaigns.get(id);
      if (c.size() >= minimumSize) {
        out.add(c);
        if (out.size() == limit) {
          break;
        }
      }
    }
    return out;
  }

  @Override
  public CampaignIndex campaignIndex() {
    return this;
  }

  @Override
  public List<CampaignSeed> seeds(ConsultationId consultation, long[] bandKeys) {
    uow.checkOpen();
    Map<Long, ContributionId> bands = data.campaignBands.get(consultation);
    if (bands == null) {
      return List.of();
    }
    Set<ContributionId> found = new LinkedHashSet<>();
    for (long key : bandKeys) {
      ContributionId seed = bands.get(key);
      if (seed != null) {
        found.add(seed);
      }
    }
    List<CampaignSeed> out = new ArrayList<>(found.size());
    for (ContributionId id : found) {
      out.add(data.campaignSeeds.get(id));
    }
    return out;
  }

  @Override
  public void addSeed(ConsultationId consultation, CampaignSeed seed) {
    uow.checkOpen();
    Map<Long, ContributionId> bands = data.campaignBands.get(consultation);
    if (bands == null) {
      bands = new HashMap<>();
      uow.put(data.campaignBands, consultation, bands);
    }
    uow.put(data.campaignSeeds, seed.contribution(), seed);
    for (long key : seed.signature().bandKeys()) {
      if (!bands.containsKey(key)) {
        uow.put(bands, key, seed.contribution());
      }
    }
  }
}
