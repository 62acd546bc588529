package org.consulta.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.outcome.ResponseTimes;
import org.consulta.core.outcome.Theme;
import org.consulta.core.outcome.ThemeStats;
import org.consulta.core.participant.DemographicDimension;

/**
 * The outcome aggregates, computed in the database so no contribution comes into the heap.
 *
 * <p>{@link #themeStats}: two {@code GROUP BY} queries over {@code theme_member} joined to {@code
 * contribution} (published, not confidential): one counts per theme and channel, the other joins
 * the authors' {@code participant_group} rows for the dimensions of the tenant's stored demographic
 * schema and counts per theme, dimension and declared value. A theme's undeclared count for a
 * dimension is its total minus its declared counts (anonymous input has no group rows). Without a
 * stored schema no dimension is reported.
 *
 * <p>{@link #responseTimes}: one count of the top-level published contributions (of one consultation, or of several pooled), and one query
 * whose innermost part takes per answered contribution the earliest answer (its own response's
 * first time, or a theme response's first time but not before the contribution joined the theme)
 * minus its submission; a window over those delays numbers them, and only the two nearest-rank
 * rows come back (on PostgreSQL, {@code percentile_disc} gives both from one sort). On PostgreSQL
 * both aggregates first raise the transaction's {@code work_mem} to 64 MB (never lower it).
 */
final class JdbcOutcomeAggregates {
  private static final String COUNTED = " AND c.state = 'PUBLISHED' AND c.visibility <> 'CONFIDENTIAL'";

  private final JdbcUnitOfWork uow;

  JdbcOutcomeAggregates(JdbcUnitOfWork uow) {
    this.uow = uow;
  }

  List<ThemeStats> themeStats(ConsultationId consultation, List<Theme> themes) {
    if (themes.isEmpty()) {
      return List.of();
    }
    raiseSortMemory();
    String members = " FROM " + uow.tables.themeMember + " m JOIN " + uow.tables.contribution
        + " c ON c.tenant_id = m.tenant_id AND c.id = m.contribution_id";
    Map<UUID, Map<Channel, Long>> channels = new HashMap<>();
    new OutcomeQuery(uow, "SELECT m.theme_id, c.channel, COUNT(*)" + members + " WHERE m.tenant_id = ?")
        .andId(" AND m.consultation_id = ?", consultation.value())
        .append(COUNTED + " GROUP BY m.theme_id, c.channel")
        .list("counting theme members by channel", -1, rs -> channels.computeIfAbsent(uow.dialect.getUuid(rs, "theme_id"),
            k -> new EnumMap<>(Channel.class)).put(Channel.valueOf(rs.getString(2)), rs.getLong(3)));

    List<String> dimensions = uow.participants().demographicSchema()
        .map(s -> s.dimensions().stream().map(DemographicDimension::key).toList()).orElse(List.of());
    Map<UUID, Map<String, Map<String, Long>>> declared = new HashMap<>();
    if (!dimensions.isEmpty()) {
      OutcomeQuery q = new OutcomeQuery(uow, "SELECT m.theme_id, g.dimension, g.dim_value, COUNT(*)" + members + " JOIN "
          + uow.tables.participantGroup + " g ON g.tenant_id = c.tenant_id AND g.participant_id = c.author_id WHERE m.tenant_id = ?")
          .andId(" AND m.consultation_id = ?", consultation.value())
          .append(COUNTED + " AND g.dimension IN (");
      for (int k = 0; k < dimensions.size(); k++) {
        String dimension = dimensions.get(k);
        q.and(k == 0 ? "?" : ", ?", (ps, i) -> ps.setString(i, dimension));
      }
      q.append(")");
      q.append(" GROUP BY m.theme_id, g.dimension, g.dim_value")
          .list("counting theme members by declared group", -1, rs -> declared.computeIfAbsent(uow.dialect.getUuid(rs, "theme_id"), k -> new HashMap<>())
              .computeIfAbsent(rs.getString(2), k -> new TreeMap<>()).put(uow.dialect.decodeText(rs.getString(3)), rs.getLong(4)));
    }

    List<ThemeStats> out = new ArrayList<>(themes.size());
    for (Theme theme : themes) {
      Map<Channel, Long> byChannel = channels.getOrDefault(theme.id().value(), Map.of());
      long total = byChannel.values().stream().mapToLong(Long::longValue).sum();
      Map<String, Map<String, Long>> byGroup = new TreeMap<>();
      Map<String, Map<String, Long>> groups = declared.getOrDefault(theme.id().value(), Map.of());
      for (String dimension : total == 0 ? List.<String>of() : dimensions) {
        Map<String, Long> values = new TreeMap<>(groups.getOrDefault(dimension, Map.of()));
        long undeclared = total - values.values().stream().mapToLong(Long::longValue).sum();
        if (undeclared > 0) {
          values.merge(ThemeStats.UNDECLARED, undeclared, Long::sum);
        }
        byGroup.put(dimension, values);
      }
      out.add(new ThemeStats(theme.id(), total, byChannel, byGroup));
    }
    return out;
  }

  private void raiseSortMemory() {
    String sql = uow.dialect.sortMemoryForAggregates();
    if (sql != null) {
      Sql.call("raising the sort memory for an aggregate", () -> {
        try (PreparedStatement ps = uow.connection.prepareStatement(sql)) {
          return ps.execute();
        }
      });
    }
  }

  ResponseTimes responseTimes(List<ConsultationId> consultations) {
    if (consultations.isEmpty()) {
      return new ResponseTimes(0, 0, Optional.empty(), Optional.empty());
    }
    raiseSortMemory();
    String in = " IN (" + String.join(", ", java.util.Collections.nCopies(consultations.size(), "?")) + ")";
    String what = consultations.size() == 1 ? "consultation " + consultations.get(0) : consultations.size() + " consultations";
    long counted = Sql.call("counting the top-level published contributions of " + what, () -> {
      try (PreparedStatement ps = uow.prepare("SELECT COUNT(*) FROM " + uow.tables.contribution + " c WHERE c.tenant_id = ? AND c.consultation_id"
          + in + " AND c.state = 'PUBLISHED' AND c.parent_id IS NULL")) {
        bindIds(ps, 2, consultations);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
    String answers = "SELECT r.target_id AS contribution_id, r.first_us AS at_us FROM " + uow.tables.response + " r"
        + " WHERE r.tenant_id = ? AND r.consultation_id" + in + " AND r.target_kind = '" + JdbcOutcomes.CONTRIBUTION + "'"
        + " UNION ALL SELECT m.contribution_id, GREATEST(r.first_us, m.added_us) FROM " + uow.tables.themeMember + " m JOIN "
        + uow.tables.response + " r ON r.tenant_id = m.tenant_id AND r.target_kind = '" + JdbcOutcomes.THEME + "' AND r.target_id = m.theme_id"
        + " WHERE m.tenant_id = ? AND m.consultation_id" + in;
    String delays = "SELECT MIN(x.at_us) - c.submitted_us AS delay_us FROM " + uow.tables.contribution + " c JOIN (" + answers
        + ") x ON x.contribution_id = c.id WHERE c.tenant_id = ? AND c.consultation_id" + in
        + " AND c.state = 'PUBLISHED' AND c.parent_id IS NULL GROUP BY c.id, c.submitted_us";
    if (uow.dialect.orderedSetAggregates()) {
      return byPercentiles(what, consultations, counted, "SELECT COUNT(*), percentile_disc(0.5) WITHIN GROUP (ORDER BY a.delay_us),"
          + " percentile_disc(0.9) WITHIN GROUP (ORDER BY a.delay_us) FROM (" + delays + ") a");
    }
    String sql = "SELECT q.n, q.rn, q.delay_us FROM (SELECT a.delay_us, ROW_NUMBER() OVER (ORDER BY a.delay_us) AS rn,"
        + " COUNT(*) OVER () AS n FROM (" + delays + ") a) q WHERE q.rn = CEILING(q.n / 2.0) OR q.rn = CEILING(9 * q.n / 10.0)";
    return Sql.call("measuring the time to response of " + what, () -> {
      try (PreparedStatement ps = uow.prepare(sql)) {
        bindDelays(ps, consultations);
        long answered = 0;
        Map<Long, Duration> byRank = new HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            answered = rs.getLong(1);
            byRank.put(rs.getLong(2), Duration.of(rs.getLong(3), ChronoUnit.MICROS));
          }
        }
        long n = answered;
        return new ResponseTimes(counted, answered, Optional.ofNullable(byRank.get((n + 1) / 2)), Optional.ofNullable(byRank.get((9 * n + 9) / 10)));
      }
    });
  }

  /** percentile_disc(f) is the first value whose rank reaches f n, which is nearest rank ⌈f n⌉. */
  private ResponseTimes byPercentiles(String what, List<ConsultationId> consultations, long counted, String sql) {
    return Sql.call("measuring the time to response of " + what, () -> {
      try (PreparedStatement ps = uow.prepare(sql)) {
        bindDelays(ps, consultations);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          long answered = rs.getLong(1);
          return answered == 0 ? new ResponseTimes(counted, 0, Optional.empty(), Optional.empty())
              : new ResponseTimes(counted, answered, Optional.of(Duration.of(rs.getLong(2), ChronoUnit.MICROS)),
                  Optional.of(Duration.of(rs.getLong(3), ChronoUnit.MICROS)));
        }
      }
    });
  }

  /** The delays query's parameters: three times the tenant (the first bound by {@code prepare}) and the consultations. */
  private void bindDelays(PreparedStatement ps, List<ConsultationId> consultations) throws java.sql.SQLException {
    int i = bindIds(ps, 2, consultations);
    ps.setString(i, uow.tenant.value());
    i = bindIds(ps, i + 1, consultations);
    ps.setString(i, uow.tenant.value());
    bindIds(ps, i + 1, consultations);
  }

  /** @return the next parameter index */
  private int bindIds(PreparedStatement ps, int from, List<ConsultationId> consultations) throws java.sql.SQLException {
    int i = from;
    for (ConsultationId c : consultations) {
      uow.dialect.setUuid(ps, i++, c.value());
    }
    return i;
  }
}
