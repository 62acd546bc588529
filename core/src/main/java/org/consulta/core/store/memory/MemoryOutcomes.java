package org.consulta.core.store.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.contribution.Visibility;
import org.consulta.core.error.ConflictException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.outcome.Decision;
import org.consulta.core.outcome.DecisionId;
import org.consulta.core.outcome.NoticeRequest;
import org.consulta.core.outcome.OutcomeRepository;
import org.consulta.core.outcome.PendingNotice;
import org.consulta.core.outcome.Response;
import org.consulta.core.outcome.ResponseId;
import org.consulta.core.outcome.ResponseTimes;
import org.consulta.core.outcome.Result;
import org.consulta.core.outcome.ResultId;
import org.consulta.core.outcome.Theme;
import org.consulta.core.outcome.ThemeId;
import org.consulta.core.outcome.ThemeMembership;
import org.consulta.core.outcome.ThemeStats;
import org.consulta.core.value.SortKey;

/** Themes, responses, decisions, results and notices of one tenant, inside a {@link MemoryUnitOfWork}. */
final class MemoryOutcomes implements OutcomeRepository {
  private final MemoryUnitOfWork uow;
  private final TenantData tenant;
  private final OutcomeData data;
  private final MemoryOutcomeAggregates aggregates;
  private final MemoryOutcomeNotices notices;

  /** A contribution's memberships: oldest first, then by theme id (unsigned), as the JDBC store orders them. */
  private static final java.util.Comparator<ThemeMembership> OLDEST_FIRST = java.util.Comparator.comparing(ThemeMembership::addedAt)
      .thenComparing(m -> m.theme().value(), SortKey.uuidOrder());

  MemoryOutcomes(MemoryUnitOfWork uow, TenantData tenant) {
    this.uow = uow;
    this.tenant = tenant;
    this.data = tenant.outcomes;
    this.aggregates = new MemoryOutcomeAggregates(uow, tenant);
    this.notices = new MemoryOutcomeNotices(uow, tenant);
  }

  // ---- themes

  @Override
  public Optional<Theme> theme(ThemeId id) {
    uow.checkOpen();
    return Optional.ofNullable(data.themes.get(id));
  }

  @Override
  public void insertTheme(Theme t) {
    uow.checkOpen();
    uow.checkTenant(t.tenant(), "theme", t.id());
    requireNew(data.themes.containsKey(t.id()), t.version(), "theme", t.id());
    uow.put(data.themes, t.id(), t);
    uow.put(data.themeOrder.computeIfAbsent(t.consultation(), k -> new TreeMap<>()), t.sortKey(), t.id());
  }

  @Override
  public void updateTheme(Theme t) {
    uow.checkOpen();
    uow.checkTenant(t.tenant(), "theme", t.id());
    Theme stored = stored(data.themes, t.id(), "theme");
    MemoryUnitOfWork.checkNextVersion("theme", t.id(), stored.version(), t.version());
    uow.put(data.themes, t.id(), t);
  }

  @Override
  public List<Theme> themes(ConsultationId consultation, Optional<SortKey> after, int limit) {
    uow.checkOpen();
    return OutcomeData.page(data.themeOrder.get(consultation), after, limit, data.themes);
  }

  @Override
  public boolean addMember(ThemeMembership m) {
    uow.checkOpen();
    Contribution c = tenant.contributions.get(m.contribution());
    if (c == null) {
      throw new NotFoundException("contribution", m.contribution());
    }
    TreeMap<SortKey, ThemeMembership> members = data.members.computeIfAbsent(m.theme(), k -> new TreeMap<>());
    if (members.containsKey(c.sortKey())) {
      return false;
    }
    uow.put(members, c.sortKey(), m);
    List<ThemeMembership> of = new ArrayList<>(data.memberships.getOrDefault(m.contribution(), List.of()));
    of.add(m);
    of.sort(OLDEST_FIRST);
    uow.put(data.memberships, m.contribution(), List.copyOf(of));
    return true;
  }

  @Override
  public long addCampaignMembers(ThemeId theme, ConsultationId consultation, CampaignId campaign, String addedBy, Instant at) {
    uow.checkOpen();
    TenantData.ConsultationContributions all = tenant.byConsultation.get(consultation);
    if (all == null) {
      return 0;
    }
    long added = 0;
    for (int i = 0; i < all.ordered.size(); i++) {
      Contribution c = all.ordered.valueAt(i);
      if (c.campaign().equals(Optional.of(campaign)) && addMember(new ThemeMembership(theme, c.id(), consultation, addedBy, at))) {
        added++;
      }
    }
    return added;
  }

  @Override
  public boolean removeMember(ThemeId theme, ContributionId contribution) {
    uow.checkOpen();
    Contribution c = tenant.contributions.get(contribution);
    TreeMap<SortKey, ThemeMembership> members = data.members.get(theme);
    if (c == null || members == null || uow.remove(members, c.sortKey()) == null) {
      return false;
    }
    List<ThemeMembership> of = new ArrayList<>(data.memberships.getOrDefault(contribution, List.of()));
    of.removeIf(m -> m.theme().equals(theme));
    uow.put(data.memberships, contribution, List.copyOf(of));
    return true;
  }

  @Override
  public List<Contribution> members(ThemeId theme, Optional<SortKey> after, int limit) {
    uow.checkOpen();
    List<Contribution> out = new ArrayList<>();
    TreeMap<SortKey, ThemeMembership> members = data.members.get(theme);
    if (members == null) {
      return out;
    }
    for (ThemeMembership m : (after.isPresent() ? members.tailMap(after.get(), false) : members).values()) {
      if (out.size() == limit) {
        break;
      }
      out.add(tenant.contributions.get(m.contribution()));
    }
    return out;
  }

  @Override
  public List<ThemeMembership> membershipsOf(ContributionId contribution) {
    uow.checkOpen();
    return data.memberships.getOrDefault(contribution, List.of());
  }

  @Override
  public List<ThemeStats> themeStats(ConsultationId consultation) {
    uow.checkOpen();
    return aggregates.of(consultation).stats();
  }

  @Override
  public ResponseTimes responseTimes(ConsultationId consultation) {
    uow.checkOpen();
    return aggregates.of(consultation).times();
  }

  @Override
  public ResponseTimes responseTimes(java.util.Collection<ConsultationId> consultations) {
    uow.checkOpen();
    return aggregates.pooledTimes(consultations);
  }

  @Override
  public List<Contribution> publicMembers(ThemeId theme, int limit) {
    uow.checkOpen();
    List<Contribution> out = new ArrayList<>();
    for (ThemeMembership m : data.members.getOrDefault(theme, new TreeMap<>()).values()) {
      if (out.size() == limit) {
        break;
      }
      Contribution c = tenant.contributions.get(m.contribution());
      if (c.state() == ContributionState.PUBLISHED && c.visibility() == Visibility.PUBLIC) {
        out.add(c);
      }
    }
    return out;
  }

  @Override
  public List<Contribution> campaignMembers(CampaignId campaign, int limit) {
    uow.checkOpen();
    List<Contribution> out = new ArrayList<>();
    org.consulta.core.moderation.Campaign known = tenant.campaigns.get(campaign);
    if (known == null) {
      return out;
    }
    TenantData.ConsultationContributions all = tenant.byConsultation.get(known.consultation());
    for (int i = 0; all != null && i < all.ordered.size() && out.size() < limit; i++) {
      Contribution c = all.ordered.valueAt(i);
      if (c.campaign().equals(Optional.of(campaign))) {
        out.add(c);
      }
    }
    return out;
  }

  // ---- responses

  @Override
  public Optional<Response> response(ResponseId id) {
    uow.checkOpen();
    return Optional.ofNullable(data.responses.get(id));
  }

  @Override
  public Optional<Response> responseToContribution(ContributionId contribution) {
    uow.checkOpen();
    return Optional.ofNullable(data.responseByContribution.get(contribution)).map(data.responses::get);
  }

  @Override
  public Optional<Response> responseToTheme(ThemeId theme) {
    uow.checkOpen();
    return Optional.ofNullable(data.responseByTheme.get(theme)).map(data.responses::get);
  }

  @Override
  public void insertResponse(Response r) {
    uow.checkOpen();
    uow.checkTenant(r.tenant(), "response", r.id());
    requireNew(data.responses.containsKey(r.id()), r.version(), "response", r.id());
    if (r.contribution().isPresent() && data.responseByContribution.containsKey(r.contribution().get())) {
      throw new ConflictException("contribution " + r.contribution().get() + " has a response already; revise it");
    }
    if (r.theme().isPresent() && data.responseByTheme.containsKey(r.theme().get())) {
      throw new ConflictException("theme " + r.theme().get() + " has a response already; revise it");
    }
    uow.put(data.responses, r.id(), r);
    r.contribution().ifPresent(c -> uow.put(data.responseByContribution, c, r.id()));
    r.theme().ifPresent(t -> uow.put(data.responseByTheme, t, r.id()));
    uow.put(data.responseOrder.computeIfAbsent(r.consultation(), k -> new TreeMap<>()), r.sortKey(), r.id());
  }

  @Override
  public void updateResponse(Response r) {
    uow.checkOpen();
    uow.checkTenant(r.tenant(), "response", r.id());
    Response stored = stored(data.responses, r.id(), "response");
    MemoryUnitOfWork.checkNextVersion("response", r.id(), stored.version(), r.version());
    if (!stored.contribution().equals(r.contribution()) || !stored.theme().equals(r.theme()) || !stored.sortKey().equals(r.sortKey())) {
      throw new IllegalArgumentException("a response keeps its target and first response time");
    }
    uow.put(data.responses, r.id(), r);
  }

  @Override
  public List<Response> responses(ConsultationId consultation, Optional<SortKey> after, int limit) {
    uow.checkOpen();
    return OutcomeData.page(data.responseOrder.get(consultation), after, limit, data.responses);
  }

  // ---- decisions

  @Override
  public Optional<Decision> decision(DecisionId id) {
    uow.checkOpen();
    return Optional.ofNullable(data.decisions.get(id));
  }

  @Override
  public void insertDecision(Decision d) {
    uow.checkOpen();
    uow.checkTenant(d.tenant(), "decision", d.id());
    requireNew(data.decisions.containsKey(d.id()), d.version(), "decision", d.id());
    uow.put(data.decisions, d.id(), d);
    uow.put(data.decisionOrder.computeIfAbsent(d.consultation(), k -> new TreeMap<>()), d.sortKey(), d.id());
  }

  @Override
  public void updateDecision(Decision d) {
    uow.checkOpen();
    uow.checkTenant(d.tenant(), "decision", d.id());
    Decision stored = stored(data.decisions, d.id(), "decision");
    MemoryUnitOfWork.checkNextVersion("decision", d.id(), stored.version(), d.version());
    uow.put(data.decisions, d.id(), d);
  }

  @Override
  public List<Decision> decisions(ConsultationId consultation, Optional<SortKey> after, int limit) {
    uow.checkOpen();
    return OutcomeData.page(data.decisionOrder.get(consultation), after, limit, data.decisions);
  }

  @Override
  public List<Decision> decisionsLinkedTo(Collection<ContributionId> contributions, Collection<ThemeId> themes) {
    uow.checkOpen();
    Set<ContributionId> cs = new HashSet<>(contributions);
    Set<ThemeId> ts = new HashSet<>(themes);
    TreeMap<SortKey, Decision> found = new TreeMap<>();
    for (Decision d : data.decisions.values()) {
      if (d.contributions().stream().anyMatch(cs::contains) || d.themes().stream().anyMatch(ts::contains)) {
        found.put(d.sortKey(), d);
      }
    }
    return List.copyOf(found.values());
  }

  // ---- results

  @Override
  public Optional<Result> result(ResultId id) {
    uow.checkOpen();
    return Optional.ofNullable(data.results.get(id));
  }

  @Override
  public void insertResult(Result r) {
    uow.checkOpen();
    uow.checkTenant(r.tenant(), "result", r.id());
    requireNew(data.results.containsKey(r.id()), r.version(), "result", r.id());
    uow.put(data.results, r.id(), r);
    uow.put(data.resultOrder.computeIfAbsent(r.consultation(), k -> new TreeMap<>()), r.sortKey(), r.id());
  }

  @Override
  public void updateResult(Result r) {
    uow.checkOpen();
    uow.checkTenant(r.tenant(), "result", r.id());
    Result stored = stored(data.results, r.id(), "result");
    MemoryUnitOfWork.checkNextVersion("result", r.id(), stored.version(), r.version());
    uow.put(data.results, r.id(), r);
  }

  @Override
  public List<Result> results(ConsultationId consultation) {
    uow.checkOpen();
    return OutcomeData.page(data.resultOrder.get(consultation), Optional.empty(), Integer.MAX_VALUE, data.results);
  }

  @Override
  public List<Result> resultsCarryingOut(Collection<DecisionId> decisions) {
    uow.checkOpen();
    Set<DecisionId> wanted = new HashSet<>(decisions);
    TreeMap<SortKey, Result> found = new TreeMap<>();
    for (Result r : data.results.values()) {
      if (r.decisions().stream().anyMatch(wanted::contains)) {
        found.put(r.sortKey(), r);
      }
    }
    return List.copyOf(found.values());
  }

  // ---- notices

  @Override
  public long queueNotices(NoticeRequest request) {
    return notices.queue(request);
  }

  @Override
  public List<PendingNotice> lockPendingNotices(int recipients) {
    return notices.lock(recipients);
  }

  @Override
  public void markNoticesDone(Collection<PendingNotice> done, Instant at) {
    notices.markDone(done, at);
  }

  // ----

  private static void requireNew(boolean exists, long version, String what, Object id) {
    if (exists) {
      throw new IllegalArgumentException(what + " " + id + " exists");
    }
    if (version != 1) {
      throw new IllegalArgumentException("a new " + what + " has version 1, not " + version);
    }
  }

  private static <K, V> V stored(Map<K, V> map, K id, String what) {
    V v = map.get(id);
    if (v == null) {
      throw new NotFoundException(what, id);
    }
    return v;
  }
}
