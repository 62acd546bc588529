package org.consulta.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.outcome.NoticeKind;
import org.consulta.core.outcome.NoticeRequest;
import org.consulta.core.outcome.PendingNotice;
import org.consulta.core.outcome.ThemeId;
import org.consulta.core.participant.ParticipantId;

/**
 * Notices for authors in {@code <prefix>outcome_notice}, keyed by (recipient, queue time,
 * contribution, kind, subject) so an identical notice collapses into one row (a notice already
 * sent blocks an identical one as well: same instant, same event). Queuing is one {@code INSERT ...
 * SELECT} per chunk of ids that expands contributions and theme members to their authors in the
 * database. Locking takes the next recipients that have waiting notices, in id order (unsigned, as
 * every database here compares these ids), and locks their notices with {@code FOR UPDATE SKIP
 * LOCKED}, recipient by recipient on H2 (see {@link Dialect#skipsLockedBeforeLimit}), until it has
 * the number asked for; recipients whose notices another transaction holds are passed over.
 */
final class JdbcOutcomeNotices {
  private static final int CHUNK = 1_000;
  private static final String COLUMNS = "recipient_id, consultation_id, contribution_id, kind, subject, queued_us";
  private static final String ORDER = " ORDER BY recipient_id, queued_us, contribution_id, kind, subject";

  private final JdbcUnitOfWork uow;

  JdbcOutcomeNotices(JdbcUnitOfWork uow) {
    this.uow = uow;
  }

  long queue(NoticeRequest request) {
    List<UUID> contributions = request.contributions().stream().map(ContributionId::value).sorted().toList();
    List<UUID> themes = request.themes().stream().map(ThemeId::value).sorted().toList();
    long queued = 0;
    for (int from = 0; from < contributions.size(); from += CHUNK) {
      List<UUID> chunk = contributions.subList(from, Math.min(contributions.size(), from + CHUNK));
      queued += insert(request, uow.tables.contribution + " c", "c.tenant_id = ? AND c.id IN (" + uow.dialect.idList(chunk.size()) + ")", chunk);
    }
    for (int from = 0; from < themes.size(); from += CHUNK) {
      List<UUID> chunk = themes.subList(from, Math.min(themes.size(), from + CHUNK));
      // driven from the members (their primary key leads with the theme), each joined to its contribution by key: a plan
      // that stays right even before the planner has statistics for a freshly loaded table
      queued += insert(request, uow.tables.themeMember + " m JOIN " + uow.tables.contribution + " c ON c.tenant_id = m.tenant_id AND c.id = m.contribution_id",
          "m.tenant_id = ? AND m.theme_id IN (" + uow.dialect.idList(chunk.size()) + ")", chunk);
    }
    return queued;
  }

  private long insert(NoticeRequest request, String from, String reached, List<UUID> ids) {
    Dialect d = uow.dialect;
    String select = "SELECT DISTINCT c.tenant_id AS tenant_id, c.author_id AS recipient_id, " + d.selectParameter("BIGINT") + " AS queued_us,"
        + " c.id AS contribution_id, " + d.selectParameter("VARCHAR") + " AS kind, " + d.selectParameter("VARCHAR") + " AS subject,"
        + " c.consultation_id AS consultation_id FROM " + from
        + " WHERE " + reached + " AND c.author_id IS NOT NULL";
    List<String> keys = List.of("tenant_id", "recipient_id", "queued_us", "contribution_id", "kind", "subject");
    List<String> columns = new ArrayList<>(keys);
    columns.add("consultation_id");
    String sql = d.insertSelectIfAbsent(uow.tables.notice, columns, keys, select);
    return Sql.call("queuing " + request.kind() + " notices", () -> {
      try (PreparedStatement ps = uow.prepareUnbound(sql)) {
        ps.setLong(1, Sql.micros(request.at()));
        ps.setString(2, request.kind().name());
        ps.setString(3, d.encodeText(request.subject()));
        ps.setString(4, uow.tenant.value());
        d.bindIds(uow.connection, ps, 5, ids);
        return (long) ps.executeUpdate();
      }
    });
  }

  List<PendingNotice> lock(int recipients) {
    List<PendingNotice> out = new ArrayList<>();
    Set<ParticipantId> taken = new LinkedHashSet<>();
    Optional<UUID> after = Optional.empty();
    while (taken.size() < recipients) {
      List<UUID> candidates = candidates(after, recipients - taken.size());
      if (candidates.isEmpty()) {
        break;
      }
      List<PendingNotice> locked = new ArrayList<>();
      if (uow.dialect.skipsLockedBeforeLimit()) {
        locked.addAll(lockNotices(candidates));
      } else {
        for (UUID candidate : candidates) {
          locked.addAll(lockNotices(List.of(candidate)));
        }
      }
      locked.forEach(n -> taken.add(n.recipient()));
      out.addAll(locked);
      after = Optional.of(candidates.get(candidates.size() - 1));
    }
    return out;
  }

  /** The next recipients with waiting notices, read without locks. */
  private List<UUID> candidates(Optional<UUID> after, int limit) {
    OutcomeQuery q = new OutcomeQuery(uow, "SELECT DISTINCT recipient_id FROM " + uow.tables.notice + " WHERE tenant_id = ? AND done_us IS NULL");
    after.ifPresent(id -> q.andId(" AND recipient_id > ?", id));
    q.append(" ORDER BY recipient_id LIMIT ?");
    return q.list("finding recipients of waiting notices", limit, rs -> uow.dialect.getUuid(rs, "recipient_id"));
  }

  private List<PendingNotice> lockNotices(List<UUID> recipients) {
    // no LIMIT here: every waiting notice of these recipients, skipping rows another transaction holds
    return new OutcomeQuery(uow, "SELECT " + COLUMNS + " FROM " + uow.tables.notice + " WHERE tenant_id = ? AND done_us IS NULL")
        .andIn("recipient_id", recipients)
        .append(ORDER + " FOR UPDATE SKIP LOCKED")
        .list("locking waiting notices", -1, this::notice);
  }

  private PendingNotice notice(ResultSet rs) throws SQLException {
    return new PendingNotice(new ParticipantId(uow.dialect.getUuid(rs, "recipient_id")), new ConsultationId(uow.dialect.getUuid(rs, "consultation_id")),
        new ContributionId(uow.dialect.getUuid(rs, "contribution_id")), NoticeKind.valueOf(rs.getString("kind")),
        uow.dialect.decodeText(rs.getString("subject")), Sql.instant(rs.getLong("queued_us")));
  }

  void markDone(Collection<PendingNotice> notices, Instant at) {
    if (notices.isEmpty()) {
      return;
    }
    Sql.call("marking " + notices.size() + " notice(s) done", () -> {
      try (PreparedStatement ps = uow.prepare("UPDATE " + uow.tables.notice + " SET done_us = ? WHERE tenant_id = ? AND recipient_id = ?"
          + " AND queued_us = ? AND contribution_id = ? AND kind = ? AND subject = ? AND done_us IS NULL")) {
        for (PendingNotice n : notices) {
          ps.setLong(1, Sql.micros(at));
          ps.setString(2, uow.tenant.value());
          uow.dialect.setUuid(ps, 3, n.recipient().value());
          ps.setLong(4, Sql.micros(n.queuedAt()));
          uow.dialect.setUuid(ps, 5, n.contribution().value());
          ps.setString(6, n.kind().name());
          ps.setString(7, uow.dialect.encodeText(n.subject()));
          ps.addBatch();
        }
        return ps.executeBatch();
      }
    });
  }
}
