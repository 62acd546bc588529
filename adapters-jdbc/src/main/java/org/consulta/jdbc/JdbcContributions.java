package org.consulta.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionCounts;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.ContributionQuery;
import org.consulta.core.contribution.ContributionRepository;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.error.ConflictException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.VersionConflictException;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.SortKey;

/**
 * Contributions in {@code <prefix>contribution}, with their running counts in {@code
 * <prefix>contribution_count} (spread over {@value #SLOTS} slots per value so concurrent writers
 * rarely wait on one row; counting reads a bounded number of rows whatever the table size).
 */
final class JdbcContributions implements ContributionRepository {
  static final int SLOTS = 8;
  private static final String COLUMNS =
      "tenant_id, id, consultation_id, version, kind, state, channel, category, author_id, parent_id, submitted_us, doc, visibility, campaign_id";

  private final JdbcUnitOfWork uow;

  JdbcContributions(JdbcUnitOfWork uow) {
    this.uow = uow;
  }

  private void checkTenant(Contribution c) {
    if (!c.tenant().equals(uow.tenant)) {
      throw new IllegalArgumentException("contribution " + c.id() + " belongs to another tenant than this unit of work");
    }
    if (c.version() != 1) {
      throw new IllegalArgumentException("a new contribution is at version 1");
    }
  }

  @Override
  public void insert(Contribution c) {
    insertAll(List.of(c));
  }

  @Override
  public void insertAll(List<Contribution> contributions) {
    if (contributions.isEmpty()) {
      return;
    }
    Set<ContributionId> ids = new HashSet<>();
    for (Contribution c : contributions) {
      checkTenant(c);
      if (!ids.add(c.id())) {
        throw new ConflictException("contribution " + c.id() + " appears twice in one insert");
      }
    }
    // no look-up of the ids first: the primary key refuses an existing one (a ConflictException, see
    // Sql.translate), and the look-up cost 1 query per 500 rows whose plan, on a table not yet
    // analyzed after a bulk load, scanned the tenant's whole index (see benchmarks/README.md)
    Sql.call("inserting " + contributions.size() + " contribution(s) (an id exists?)", () -> {
      try (PreparedStatement ps = uow.prepare("INSERT INTO " + uow.tables.contribution + " (" + COLUMNS + ") VALUES ("
          + Dialect.placeholders(14) + ")")) {
        for (Contribution c : contributions) {
          bind(ps, c);
          ps.addBatch();
        }
        return ps.executeBatch();
      }
    });
    Map<List<Object>, Long> deltas = new HashMap<>();
    for (Contribution c : contributions) {
      countInto(deltas, c, 1);
    }
    applyCounts(deltas);
  }

  private void bind(PreparedStatement ps, Contribution c) throws SQLException {
    ps.setString(1, uow.tenant.value());
    uow.dialect.setUuid(ps, 2, c.id().value());
    uow.dialect.setUuid(ps, 3, c.consultation().value());
    ps.setLong(4, c.version());
    ps.setString(5, c.kind().name());
    ps.setString(6, c.state().name());
    ps.setString(7, c.channel().name());
    ps.setString(8, uow.dialect.encodeText(c.category().orElse(null)));
    setOptionalUuid(ps, 9, c.author().map(ParticipantId::value));
    setOptionalUuid(ps, 10, c.parent().map(ContributionId::value));
    ps.setLong(11, Sql.micros(c.submittedAt()));
    ps.setString(12, uow.docs.write(c));
    ps.setString(13, c.visibility().name());
    setOptionalUuid(ps, 14, c.campaign().map(CampaignId::value));
  }

  private void setOptionalUuid(PreparedStatement ps, int index, Optional<UUID> id) throws SQLException {
    if (id.isPresent()) {
      uow.dialect.setUuid(ps, index, id.get());
    } else {
      uow.dialect.setNullUuid(ps, index);
    }
  }

  private static void countInto(Map<List<Object>, Long> deltas, Contribution c, long delta) {
    deltas.merge(List.of(c.consultation(), "kind", c.kind().name()), delta, Long::sum);
    deltas.merge(List.of(c.consultation(), "channel", c.channel().name()), delta, Long::sum);
    deltas.merge(List.of(c.consultation(), "state", c.state().name()), delta, Long::sum);
  }

  private void applyCounts(Map<List<Object>, Long> deltas) {
    int slot = ThreadLocalRandom.current().nextInt(SLOTS);
    List<String> keys = List.of("tenant_id", "consultation_id", "dimension", "dim_value", "slot");
    if (!uow.dialect.atomicIncrement()) {
      deltas.forEach((key, delta) -> incrementOneByOne(key, slot, delta));
      return;
    }
    Sql.call("updating contribution counts", () -> {
      try (PreparedStatement ps = uow.prepare(uow.dialect.increment(uow.tables.count, keys, "n"))) {
        for (Map.Entry<List<Object>, Long> e : deltas.entrySet()) {
          if (e.getValue() == 0) {
            continue;
          }
          bindCountKey(ps, e.getKey(), slot);
          ps.setLong(6, e.getValue());
          ps.addBatch();
        }
        return ps.executeBatch();
      }
    });
  }

  private void bindCountKey(PreparedStatement ps, List<Object> key, int slot) throws SQLException {
    uow.dialect.setUuid(ps, 2, ((ConsultationId) key.get(0)).value());
    ps.setString(3, (String) key.get(1));
    ps.setString(4, (String) key.get(2));
    ps.setInt(5, slot);
  }

  /** Update, else insert, else (lost the race to insert) update: for databases without an atomic upsert. */
  private void incrementOneByOne(List<Object> key, int slot, long delta) {
    if (delta == 0) {
      return;
    }
    String update = "UPDATE " + uow.tables.count + " SET n = n + ? WHERE tenant_id = ? AND consultation_id = ? AND dimension = ? AND dim_value = ? AND slot = ?";
    Sql.call("updating contribution counts", () -> {
      if (updateCount(update, key, slot, delta) > 0) {
        return null;
      }
      try (PreparedStatement ps = uow.prepare("INSERT INTO " + uow.tables.count
          + " (tenant_id, consultation_id, dimension, dim_value, slot, n) VALUES (?, ?, ?, ?, ?, ?)")) {
        bindCountKey(ps, key, slot);
        ps.setLong(6, delta);
        ps.executeUpdate();
      } catch (java.sql.SQLIntegrityConstraintViolationException e) {
        updateCount(update, key, slot, delta);
      }
      return null;
    });
  }

  private int updateCount(String sql, List<Object> key, int slot, long delta) throws SQLException {
    try (PreparedStatement ps = uow.connection.prepareStatement(sql)) {
      ps.setLong(1, delta);
      ps.setString(2, uow.tenant.value());
      uow.dialect.setUuid(ps, 3, ((ConsultationId) key.get(0)).value());
      ps.setString(4, (String) key.get(1));
      ps.setString(5, (String) key.get(2));
      ps.setInt(6, slot);
      return ps.executeUpdate();
    }
  }

  @Override
  public void update(Contribution c) {
    if (!c.tenant().equals(uow.tenant)) {
      throw new IllegalArgumentException("contribution " + c.id() + " belongs to another tenant than this unit of work");
    }
    Contribution stored = Sql.call("locking contribution " + c.id(), () -> {
      try (PreparedStatement ps = uow.prepare("SELECT doc FROM " + uow.tables.contribution + " WHERE tenant_id = ? AND id = ? FOR UPDATE")) {
        uow.dialect.setUuid(ps, 2, c.id().value());
        return one(ps).orElseThrow(() -> new NotFoundException("contribution", c.id()));
      }
    });
    if (stored.version() != c.version() - 1) {
      throw new VersionConflictException("contribution", c.id(), c.version() - 1, stored.version());
    }
    if (!stored.sortKey().equals(c.sortKey()) || !stored.consultation().equals(c.consultation()) || !stored.author().equals(c.author())
        || stored.kind() != c.kind() || stored.channel() != c.channel()) {
      throw new IllegalArgumentException("a contribution's consultation, author, kind, channel and submission time never change");
    }
    Sql.call("updating contribution " + c.id(), () -> {
      try (PreparedStatement ps = uow.prepare("UPDATE " + uow.tables.contribution
          + " SET version = ?, state = ?, category = ?, parent_id = ?, doc = ?, visibility = ?, campaign_id = ? WHERE tenant_id = ? AND id = ?")) {
        ps.setLong(1, c.version());
        ps.setString(2, c.state().name());
        ps.setString(3, uow.dialect.encodeText(c.category().orElse(null)));
        setOptionalUuid(ps, 4, c.parent().map(ContributionId::value));
        ps.setString(5, uow.docs.write(c));
        ps.setString(6, c.visibility().name());
        setOptionalUuid(ps, 7, c.campaign().map(CampaignId::value));
        ps.setString(8, uow.tenant.value());
        uow.dialect.setUuid(ps, 9, c.id().value());
        return ps.executeUpdate();
      }
    });
    if (stored.state() != c.state()) {
      Map<List<Object>, Long> deltas = new HashMap<>();
      deltas.put(List.of(c.consultation(), "state", stored.state().name()), -1L);
      deltas.put(List.of(c.consultation(), "state", c.state().name()), 1L);
      applyCounts(deltas);
    }
  }

  @Override
  public Optional<Contribution> find(ContributionId id) {
    return Sql.call("reading contribution " + id, () -> {
      try (PreparedStatement ps = uow.prepare("SELECT doc FROM " + uow.tables.contribution + " WHERE tenant_id = ? AND id = ?")) {
        uow.dialect.setUuid(ps, 2, id.value());
        return one(ps);
      }
    });
  }

  @Override
  public Optional<Contribution> findForUpdate(ContributionId id) {
    return Sql.call("locking contribution " + id, () -> {
      try (PreparedStatement ps = uow.prepare("SELECT doc FROM " + uow.tables.contribution + " WHERE tenant_id = ? AND id = ? FOR UPDATE")) {
        uow.dialect.setUuid(ps, 2, id.value());
        return one(ps);
      }
    });
  }

  private Optional<Contribution> one(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(uow.docs.read(rs.getString(1), Contribution.class)) : Optional.empty();
    }
  }

  @Override
  public List<Contribution> list(ContributionQuery q, Optional<SortKey> after, int limit) {
    StringBuilder sql = new StringBuilder("SELECT doc FROM ").append(uow.tables.contribution).append(" WHERE tenant_id = ? AND consultation_id = ?");
    List<Binder> binders = new ArrayList<>();
    binders.add((ps, i) -> uow.dialect.setUuid(ps, i, q.consultation().value()));
    if (!q.kinds().isEmpty()) {
      sql.append(" AND kind IN (").append(Dialect.placeholders(q.kinds().size())).append(')');
      q.kinds().stream().sorted().forEach(k -> binders.add((ps, i) -> ps.setString(i, k.name())));
    }
    if (!q.states().isEmpty()) {
      sql.append(" AND state IN (").append(Dialect.placeholders(q.states().size())).append(')');
      q.states().stream().sorted().forEach(s -> binders.add((ps, i) -> ps.setString(i, s.name())));
    }
    q.category().ifPresent(cat -> {
      sql.append(" AND category = ?");
      binders.add((ps, i) -> ps.setString(i, uow.dialect.encodeText(cat)));
    });
    q.author().ifPresent(a -> {
      sql.append(" AND author_id = ?");
      binders.add((ps, i) -> uow.dialect.setUuid(ps, i, a.value()));
    });
    q.parent().ifPresent(p -> {
      sql.append(" AND parent_id = ?");
      binders.add((ps, i) -> uow.dialect.setUuid(ps, i, p.value()));
    });
    q.submittedFrom().ifPresent(from -> {
      sql.append(" AND submitted_us >= ?");
      binders.add((ps, i) -> ps.setLong(i, Sql.microsCeil(from)));
    });
    q.submittedBefore().ifPresent(before -> {
      sql.append(" AND submitted_us < ?");
      binders.add((ps, i) -> ps.setLong(i, Sql.microsCeil(before)));
    });
    keyset(sql, binders, after);
    return query("listing contributions", sql, binders, limit);
  }

  @Override
  public List<Contribution> listByAuthor(ParticipantId author, Optional<SortKey> after, int limit) {
    StringBuilder sql = new StringBuilder("SELECT doc FROM ").append(uow.tables.contribution).append(" WHERE tenant_id = ? AND author_id = ?");
    List<Binder> binders = new ArrayList<>();
    binders.add((ps, i) -> uow.dialect.setUuid(ps, i, author.value()));
    keyset(sql, binders, after);
    return query("listing a participant's contributions", sql, binders, limit);
  }

  private void keyset(StringBuilder sql, List<Binder> binders, Optional<SortKey> after) {
    if (after.isPresent()) {
      long at = Sql.micros(after.get().at());
      boolean exact = after.get().at().getNano() % 1_000 == 0;
      if (exact) {
        sql.append(" AND ").append(uow.dialect.keysetAfter("submitted_us", "id"));
        for (int t = 0; t < uow.dialect.keysetTimeParameters(); t++) {
          binders.add((ps, i) -> ps.setLong(i, at));
        }
        binders.add((ps, i) -> uow.dialect.setUuid(ps, i, after.get().id()));
      } else {
        // stored instants are whole microseconds: every row at this microsecond lies before the key
        sql.append(" AND submitted_us > ?");
        binders.add((ps, i) -> ps.setLong(i, at));
      }
    }
    sql.append(" ORDER BY submitted_us, id LIMIT ?");
  }

  private List<Contribution> query(String what, StringBuilder sql, List<Binder> binders, int limit) {
    return Sql.call(what, () -> {
      try (PreparedStatement ps = uow.prepare(sql.toString())) {
        int i = 2;
        for (Binder b : binders) {
          b.bind(ps, i++);
        }
        ps.setInt(i, limit);
        List<Contribution> out = new ArrayList<>(Math.min(limit, 256));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(uow.docs.read(rs.getString(1), Contribution.class));
          }
        }
        return out;
      }
    });
  }

  @Override
  public ContributionCounts counts(ConsultationId consultation) {
    return Sql.call("counting contributions", () -> {
      try (PreparedStatement ps = uow.prepare("SELECT dimension, dim_value, SUM(n) FROM " + uow.tables.count
          + " WHERE tenant_id = ? AND consultation_id = ? GROUP BY dimension, dim_value")) {
        uow.dialect.setUuid(ps, 2, consultation.value());
        Map<ContributionKind, Long> kinds = new EnumMap<>(ContributionKind.class);
        Map<Channel, Long> channels = new EnumMap<>(Channel.class);
        Map<ContributionState, Long> states = new EnumMap<>(ContributionState.class);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long n = rs.getLong(3);
            if (n == 0) {
              continue;
            }
            String value = rs.getString(2);
            switch (rs.getString(1)) {
              case "kind" -> kinds.put(ContributionKind.valueOf(value), n);
              case "channel" -> channels.put(Channel.valueOf(value), n);
              case "state" -> states.put(ContributionState.valueOf(value), n);
              default -> throw new IllegalStateException("unknown count dimension " + rs.getString(1));
            }
          }
        }
        long total = kinds.values().stream().mapToLong(Long::longValue).sum();
        return new ContributionCounts(total, kinds, channels, states);
      }
    });
  }

  /** Binds one parameter at a position. */
  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement ps, int index) throws SQLException;
  }
}
