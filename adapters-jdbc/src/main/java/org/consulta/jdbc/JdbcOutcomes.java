package org.consulta.jdbc;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.VersionConflictException;
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

/**
 * Outcome tracking in {@code <prefix>theme}, {@code theme_member}, {@code response}, {@code
 * decision} (with {@code decision_input}), {@code result} (with {@code result_decision}) and {@code
 * outcome_notice}. Each record is its JSON {@code doc} plus the columns queries use; the links of
 * decisions and results are rows, rewritten on update. Members carry their contribution's
 * submission time, so a theme pages its members on {@code theme_member} alone. The aggregates are
 * in {@link JdbcOutcomeAggregates}, the notices in {@link JdbcOutcomeNotices}.
 */
final class JdbcOutcomes implements OutcomeRepository {
  static final String CONTRIBUTION = "CONTRIBUTION";
  static final String THEME = "THEME";

  private final JdbcUnitOfWork uow;
  private final JdbcOutcomeAggregates aggregates;
  private final JdbcOutcomeNotices notices;

  JdbcOutcomes(JdbcUnitOfWork uow) {
    this.uow = uow;
    this.aggregates = new JdbcOutcomeAggregates(uow);
    this.notices = new JdbcOutcomeNotices(uow);
  }

  // ---- themes

  @Override
  public Optional<Theme> theme(ThemeId id) {
    return byId(uow.tables.theme, "theme", id.value(), Theme.class);
  }

  @Override
  public void insertTheme(Theme t) {
    checkNew(t.tenant(), t.version(), "theme", t.id());
    insertDoc(uow.tables.theme, "theme", t.id().value(), t.consultation(), t.createdAt(), t);
  }

  @Override
  public void updateTheme(Theme t) {
    checkTenant(t.tenant(), "theme", t.id());
    updateDoc(uow.tables.theme, "theme", t.id().value(), t.version(), t, Theme.class, Theme::version);
  }

  @Override
  public List<Theme> themes(ConsultationId consultation, Optional<SortKey> after, int limit) {
    return page(uow.tables.theme, "created_us", consultation, after, limit, Theme.class);
  }

  @Override
  public boolean addMember(ThemeMembership m) {
    long submitted = new OutcomeQuery(uow, "SELECT submitted_us FROM " + uow.tables.contribution + " WHERE tenant_id = ?")
        .andId(" AND id = ?", m.contribution().value())
        .list("reading contribution " + m.contribution(), -1, rs -> rs.getLong(1))
        .stream().findFirst().orElseThrow(() -> new NotFoundException("contribution", m.contribution()));
    String sql = uow.dialect.insertIfAbsent(uow.tables.themeMember, List.of("tenant_id", "theme_id", "contribution_id"),
        List.of("consultation_id", "submitted_us", "added_by", "added_us"));
    return Sql.call("adding contribution " + m.contribution() + " to theme " + m.theme(), () -> {
      try (PreparedStatement ps = uow.prepare(sql)) {
        uow.dialect.setUuid(ps, 2, m.theme().value());
        uow.dialect.setUuid(ps, 3, m.contribution().value());
        uow.dialect.setUuid(ps, 4, m.consultation().value());
        ps.setLong(5, submitted);
        ps.setString(6, uow.dialect.encodeText(m.addedBy()));
        ps.setLong(7, Sql.micros(m.addedAt()));
        return ps.executeUpdate() == 1;
      }
    });
  }

  @Override
  public long addCampaignMembers(ThemeId theme, ConsultationId consultation, CampaignId campaign, String addedBy, Instant at) {
    Dialect d = uow.dialect;
    String select = "SELECT c.tenant_id AS tenant_id, " + d.selectParameter("CHAR(36)") + " AS theme_id, c.id AS contribution_id,"
        + " c.consultation_id AS consultation_id, c.submitted_us AS submitted_us, " + d.selectParameter("VARCHAR") + " AS added_by, "
        + d.selectParameter("BIGINT") + " AS added_us FROM " + uow.tables.contribution + " c"
        + " WHERE c.tenant_id = ? AND c.consultation_id = ? AND c.campaign_id = ?";
    String sql = d.insertSelectIfAbsent(uow.tables.themeMember,
        List.of("tenant_id", "theme_id", "contribution_id", "consultation_id", "submitted_us", "added_by", "added_us"),
        List.of("tenant_id", "theme_id", "contribution_id"), select);
    return Sql.call("adding the members of campaign " + campaign + " to theme " + theme, () -> {
      try (PreparedStatement ps = uow.prepareUnbound(sql)) {
        d.setUuid(ps, 1, theme.value());
        ps.setString(2, d.encodeText(addedBy));
        ps.setLong(3, Sql.micros(at));
        ps.setString(4, uow.tenant.value());
        d.setUuid(ps, 5, consultation.value());
        d.setUuid(ps, 6, campaign.value());
        return (long) ps.executeUpdate();
      }
    });
  }

  @Override
  public boolean removeMember(ThemeId theme, ContributionId contribution) {
    return new OutcomeQuery(uow, "DELETE FROM " + uow.tables.themeMember + " WHERE tenant_id = ?")
        .andId(" AND theme_id = ?", theme.value())
        .andId(" AND contribution_id = ?", contribution.value())
        .update("removing contribution " + contribution + " from theme " + theme) > 0;
  }

  @Override
  public List<Contribution> members(ThemeId theme, Optional<SortKey> after, int limit) {
    OutcomeQuery q = memberQuery(theme);
    after.ifPresent(key -> q.keysetAfter("m.submitted_us", "m.contribution_id", key));
    q.append(" ORDER BY m.submitted_us, m.contribution_id LIMIT ?");
    return q.list("listing the members of theme " + theme, limit, rs -> uow.docs.read(rs.getString(1), Contribution.class));
  }

  @Override
  public List<Contribution> publicMembers(ThemeId theme, int limit) {
    OutcomeQuery q = memberQuery(theme).append(" AND c.state = 'PUBLISHED' AND c.visibility = 'PUBLIC'");
    q.append(" ORDER BY m.submitted_us, m.contribution_id LIMIT ?");
    return q.list("listing the public members of theme " + theme, limit, rs -> uow.docs.read(rs.getString(1), Contribution.class));
  }

  private OutcomeQuery memberQuery(ThemeId theme) {
    return new OutcomeQuery(uow, "SELECT c.doc FROM " + uow.tables.themeMember + " m JOIN " + uow.tables.contribution
        + " c ON c.tenant_id = m.tenant_id AND c.id = m.contribution_id WHERE m.tenant_id = ?")
        .andId(" AND m.theme_id = ?", theme.value());
  }

  @Override
  public List<ThemeMembership> membershipsOf(ContributionId contribution) {
    return new OutcomeQuery(uow, "SELECT theme_id, consultation_id, added_by, added_us FROM " + uow.tables.themeMember + " WHERE tenant_id = ?")
        .andId(" AND contribution_id = ?", contribution.value())
        .append(" ORDER BY added_us, theme_id")
        .list("reading the themes of contribution " + contribution, -1, rs -> new ThemeMembership(
            new ThemeId(uow.dialect.getUuid(rs, "theme_id")), contribution, new ConsultationId(uow.dialect.getUuid(rs, "consultation_id")),
            uow.dialect.decodeText(rs.getString("added_by")), Sql.instant(rs.getLong("added_us"))));
  }

  @Override
  public List<ThemeStats> themeStats(ConsultationId consultation) {
    return aggregates.themeStats(consultation, themes(consultation, Optional.empty(), Integer.MAX_VALUE));
  }

  @Override
  public List<Contribution> campaignMembers(CampaignId campaign, int limit) {
    return new OutcomeQuery(uow, "SELECT doc FROM " + uow.tables.contribution + " WHERE tenant_id = ?")
        .andId(" AND campaign_id = ?", campaign.value())
        .append(" ORDER BY submitted_us, id LIMIT ?")
        .list("listing the members of campaign " + campaign, limit, rs -> uow.docs.read(rs.getString(1), Contribution.class));
  }

  // ---- responses

  @Override
  public Optional<Response> response(ResponseId id) {
    return byId(uow.tables.response, "response", id.value(), Response.class);
  }

  @Override
  public Optional<Response> responseToContribution(ContributionId contribution) {
    return responseTo(CONTRIBUTION, contribution.value());
  }

  @Override
  public Optional<Response> responseToTheme(ThemeId theme) {
    return responseTo(THEME, theme.value());
  }

  private Optional<Response> responseTo(String kind, UUID target) {
    return new OutcomeQuery(uow, "SELECT doc FROM " + uow.tables.response + " WHERE tenant_id = ?")
        .and(" AND target_kind = ?", (ps, i) -> ps.setString(i, kind))
        .andId(" AND target_id = ?", target)
        .list("reading the response to " + kind.toLowerCase(java.util.Locale.ROOT) + " " + target, -1,
            rs -> uow.docs.read(rs.getString(1), Response.class))
        .stream().findFirst();
  }

  @Override
  public void insertResponse(Response r) {
    checkNew(r.tenant(), r.version(), "response", r.id());
    String kind = r.contribution().isPresent() ? CONTRIBUTION : THEME;
    UUID target = r.contribution().map(ContributionId::value).orElseGet(() -> r.theme().orElseThrow().value());
    // the unique (tenant_id, target_kind, target_id) refuses a second response: a ConflictException
    Sql.call("giving response " + r.id() + " (its target has a response already?)", () -> {
      try (PreparedStatement ps = uow.prepare("INSERT INTO " + uow.tables.response
          + " (tenant_id, id, consultation_id, target_kind, target_id, version, first_us, doc) VALUES (" + Dialect.placeholders(8) + ")")) {
        uow.dialect.setUuid(ps, 2, r.id().value());
        uow.dialect.setUuid(ps, 3, r.consultation().value());
        ps.setString(4, kind);
        uow.dialect.setUuid(ps, 5, target);
        ps.setLong(6, r.version());
        ps.setLong(7, Sql.micros(r.firstRespondedAt()));
        ps.setString(8, uow.docs.write(r));
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public void updateResponse(Response r) {
    checkTenant(r.tenant(), "response", r.id());
    updateDoc(uow.tables.response, "response", r.id().value(), r.version(), r, Response.class, Response::version);
  }

  @Override
  public List<Response> responses(ConsultationId consultation, Optional<SortKey> after, int limit) {
    return page(uow.tables.response, "first_us", consultation, after, limit, Response.class);
  }

  @Override
  public ResponseTimes responseTimes(ConsultationId consultation) {
    return aggregates.responseTimes(List.of(consultation));
  }

  @Override
  public ResponseTimes responseTimes(java.util.Collection<ConsultationId> consultations) {
    return aggregates.responseTimes(List.copyOf(new java.util.LinkedHashSet<>(consultations)));
  }

  // ---- decisions

  @Override
  public Optional<Decision> decision(DecisionId id) {
    return byId(uow.tables.decision, "decision", id.value(), Decision.class);
  }

  @Override
  public void insertDecision(Decision d) {
    checkNew(d.tenant(), d.version(), "decision", d.id());
    insertDoc(uow.tables.decision, "decision", d.id().value(), d.consultation(), d.createdAt(), d);
    OutcomeLinks.decisionInputs(uow, d);
  }

  @Override
  public void updateDecision(Decision d) {
    checkTenant(d.tenant(), "decision", d.id());
    updateDoc(uow.tables.decision, "decision", d.id().value(), d.version(), d, Decision.class, Decision::version);
    OutcomeLinks.decisionInputs(uow, d);
  }

  @Override
  public List<Decision> decisions(ConsultationId consultation, Optional<SortKey> after, int limit) {
    return page(uow.tables.decision, "created_us", consultation, after, limit, Decision.class);
  }

  @Override
  public List<Decision> decisionsLinkedTo(Collection<ContributionId> contributions, Collection<ThemeId> themes) {
    TreeMap<SortKey, Decision> found = new TreeMap<>();
    OutcomeLinks.linked(uow, uow.tables.decision, uow.tables.decisionInput, "decision_id", "target_id", " AND i.target_kind = '" + CONTRIBUTION + "'",
        contributions.stream().map(ContributionId::value).distinct().toList(), Decision.class)
        .forEach(d -> found.put(d.sortKey(), d));
    OutcomeLinks.linked(uow, uow.tables.decision, uow.tables.decisionInput, "decision_id", "target_id", " AND i.target_kind = '" + THEME + "'",
        themes.stream().map(ThemeId::value).distinct().toList(), Decision.class)
        .forEach(d -> found.put(d.sortKey(), d));
    return List.copyOf(found.values());
  }

  // ---- results

  @Override
  public Optional<Result> result(ResultId id) {
    return byId(uow.tables.result, "result", id.value(), Result.class);
  }

  @Override
  public void insertResult(Result r) {
    checkNew(r.tenant(), r.version(), "result", r.id());
    insertDoc(uow.tables.result, "result", r.id().value(), r.consultation(), r.createdAt(), r);
    OutcomeLinks.resultDecisions(uow, r);
  }

  @Override
  public void updateResult(Result r) {
    checkTenant(r.tenant(), "result", r.id());
    updateDoc(uow.tables.result, "result", r.id().value(), r.version(), r, Result.class, Result::version);
    OutcomeLinks.resultDecisions(uow, r);
  }

  @Override
  public List<Result> results(ConsultationId consultation) {
    return page(uow.tables.result, "created_us", consultation, Optional.empty(), -1, Result.class);
  }

  @Override
  public List<Result> resultsCarryingOut(Collection<DecisionId> decisions) {
    TreeMap<SortKey, Result> found = new TreeMap<>();
    OutcomeLinks.linked(uow, uow.tables.result, uow.tables.resultDecision, "result_id", "decision_id", "",
        decisions.stream().map(DecisionId::value).distinct().toList(), Result.class)
        .forEach(r -> found.put(r.sortKey(), r));
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

  // ---- documents

  private <T> Optional<T> byId(String table, String what, UUID id, Class<T> type) {
    return new OutcomeQuery(uow, "SELECT doc FROM " + table + " WHERE tenant_id = ?")
        .andId(" AND id = ?", id)
        .list("reading " + what + " " + id, -1, rs -> uow.docs.read(rs.getString(1), type))
        .stream().findFirst();
  }

  private void insertDoc(String table, String what, UUID id, ConsultationId consultation, Instant created, Object doc) {
    Sql.call("inserting " + what + " " + id + " (the id exists?)", () -> {
      try (PreparedStatement ps = uow.prepare("INSERT INTO " + table
          + " (tenant_id, id, consultation_id, version, created_us, doc) VALUES (?, ?, ?, ?, ?, ?)")) {
        uow.dialect.setUuid(ps, 2, id);
        uow.dialect.setUuid(ps, 3, consultation.value());
        ps.setLong(4, 1);
        ps.setLong(5, Sql.micros(created));
        ps.setString(6, uow.docs.write(doc));
        return ps.executeUpdate();
      }
    });
  }

  private <T> void updateDoc(String table, String what, UUID id, long version, T doc, Class<T> type,
      java.util.function.ToLongFunction<T> versionOf) {
    int updated = Sql.call("updating " + what + " " + id, () -> {
      try (PreparedStatement ps = uow.prepare("UPDATE " + table + " SET version = ?, doc = ? WHERE tenant_id = ? AND id = ? AND version = ?")) {
        ps.setLong(1, version);
        ps.setString(2, uow.docs.write(doc));
        ps.setString(3, uow.tenant.value());
        uow.dialect.setUuid(ps, 4, id);
        ps.setLong(5, version - 1);
        return ps.executeUpdate();
      }
    });
    if (updated == 0) {
      long stored = versionOf.applyAsLong(byId(table, what, id, type).orElseThrow(() -> new NotFoundException(what, id)));
      throw new VersionConflictException(what, id, version - 1, stored);
    }
  }

  private <T> List<T> page(String table, String time, ConsultationId consultation, Optional<SortKey> after, int limit, Class<T> type) {
    OutcomeQuery q = new OutcomeQuery(uow, "SELECT doc FROM " + table + " WHERE tenant_id = ?")
        .andId(" AND consultation_id = ?", consultation.value());
    after.ifPresent(key -> q.keysetAfter(time, "id", key));
    q.append(" ORDER BY " + time + ", id" + (limit >= 0 ? " LIMIT ?" : ""));
    return q.list("listing " + table, limit, rs -> uow.docs.read(rs.getString(1), type));
  }

  private void checkTenant(TenantId tenant, String what, Object id) {
    if (!tenant.equals(uow.tenant)) {
      throw new IllegalArgumentException(what + " " + id + " belongs to another tenant than this unit of work");
    }
  }

  private void checkNew(TenantId tenant, long version, String what, Object id) {
    checkTenant(tenant, what, id);
    if (version != 1) {
      throw new IllegalArgumentException("a new " + what + " is at version 1, not " + version);
    }
  }
}
