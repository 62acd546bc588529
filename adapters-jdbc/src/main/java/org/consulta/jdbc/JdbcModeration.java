package org.consulta.jdbc;

import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.LongStream;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.VersionConflictException;
import org.consulta.core.moderation.Campaign;
import org.consulta.core.moderation.CampaignIndex;
import org.consulta.core.moderation.CampaignSeed;
import org.consulta.core.moderation.Claim;
import org.consulta.core.moderation.Flag;
import org.consulta.core.moderation.MetricCount;
import org.consulta.core.moderation.ModerationCase;
import org.consulta.core.moderation.ModerationCaseId;
import org.consulta.core.moderation.ModerationMetric;
import org.consulta.core.moderation.ModerationRepository;
import org.consulta.core.moderation.QueueFilter;
import org.consulta.core.moderation.TextSignature;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.SortKey;

/**
 * Moderation in {@code <prefix>moderation_case} (with the cited reasons in {@code
 * moderation_case_reason}), {@code moderation_flag}, {@code moderation_count} (slotted like
 * contribution counts), {@code campaign}, and the campaign index in {@code campaign_band} (band key
 * to the first seed holding it) and {@code campaign_seed} (signatures as big-endian bytes).
 */
final class JdbcModeration implements ModerationRepository, CampaignIndex {
  private static final String CASE_COLUMNS = "tenant_id, id, consultation_id, contribution_id, version, status, in_queue, priority_us,"
      + " language_primary, claimed_until_us, decided_us, doc";

  private final JdbcUnitOfWork uow;

  JdbcModeration(JdbcUnitOfWork uow) {
    this.uow = uow;
  }

  // --- cases

  @Override
  public Optional<ModerationCase> find(ModerationCaseId id) {
    return oneCase("reading moderation case " + id, "", id);
  }

  @Override
  public Optional<ModerationCase> findForUpdate(ModerationCaseId id) {
    return oneCase("locking moderation case " + id, " FOR UPDATE", id);
  }

  private Optional<ModerationCase> oneCase(String what, String suffix, ModerationCaseId id) {
    return Sql.call(what, () -> {
      try (PreparedStatement ps = uow.prepare("SELECT doc FROM " + uow.tables.moderationCase + " WHERE tenant_id = ? AND id = ?" + suffix)) {
        uow.dialect.setUuid(ps, 2, id.value());
        return first(ps);
      }
    });
  }

  @Override
  public Optional<ModerationCase> latestFor(ContributionId contribution) {
    // ids are time-ordered, so the greatest is the case opened last
    return Sql.call("reading the latest moderation case of contribution " + contribution, () -> {
      try (PreparedStatement ps = uow.prepare("SELECT doc FROM " + uow.tables.moderationCase
          + " WHERE tenant_id = ? AND contribution_id = ? ORDER BY id DESC LIMIT 1")) {
        uow.dialect.setUuid(ps, 2, contribution.value());
        return first(ps);
      }
    });
  }

  private Optional<ModerationCase> first(PreparedStatement ps) throws SQLException {
    List<ModerationCase> all = cases(ps);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  private List<ModerationCase> cases(PreparedStatement ps) throws SQLException {
    List<ModerationCase> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(uow.docs.read(rs.getString(1), ModerationCase.class));
      }
    }
    return out;
  }

  @Override
  public void insert(ModerationCase c) {
    checkTenant(c);
    if (c.version() != 1) {
      throw new IllegalArgumentException("a new moderation case is at version 1, not " + c.version());
    }
    Sql.call("inserting moderation case " + c.id() + " (the id exists?)", () -> {
      try (PreparedStatement ps = uow.prepare("INSERT INTO " + uow.tables.moderationCase + " (" + CASE_COLUMNS + ") VALUES ("
          + Dialect.placeholders(12) + ")")) {
        uow.dialect.setUuid(ps, 2, c.id().value());
        uow.dialect.setUuid(ps, 3, c.consultation().value());
        uow.dialect.setUuid(ps, 4, c.contribution().value());
        ps.setLong(5, c.version());
        bindCaseState(ps, 6, c);
        return ps.executeUpdate();
      }
    });
    insertReasons(c);
  }

  @Override
  public void update(ModerationCase c) {
    checkTenant(c);
    int updated = Sql.call("updating moderation case " + c.id(), () -> {
      try (PreparedStatement ps = uow.prepare("UPDATE " + uow.tables.moderationCase + " SET version = ?, status = ?, in_queue = ?,"
          + " priority_us = ?, language_primary = ?, claimed_until_us = ?, decided_us = ?, doc = ? WHERE tenant_id = ? AND id = ? AND version = ?")) {
        ps.setLong(1, c.version());
        bindCaseState(ps, 2, c);
        ps.setString(9, uow.tenant.value());
        uow.dialect.setUuid(ps, 10, c.id().value());
        ps.setLong(11, c.version() - 1);
        return ps.executeUpdate();
      }
    });
    if (updated == 0) {
      long stored = find(c.id()).orElseThrow(() -> new NotFoundException("moderation case", c.id())).version();
      throw new VersionConflictException("moderation case", c.id(), c.version() - 1, stored);
    }
    Sql.call("updating the reasons of moderation case " + c.id(), () -> {
      try (PreparedStatement ps = uow.prepare("DELETE FROM " + uow.tables.caseReason + " WHERE tenant_id = ? AND case_id = ?")) {
        uow.dialect.setUuid(ps, 2, c.id().value());
        return ps.executeUpdate();
      }
    });
    insertReasons(c);
  }

  /** Binds status, in_queue, priority_us, language_primary, claimed_until_us, decided_us and doc from {@code index}. */
  private void bindCaseState(PreparedStatement ps, int index, ModerationCase c) throws SQLException {
    ps.setString(index, c.status().name());
    ps.setBoolean(index + 1, c.status().inQueue());
    ps.setLong(index + 2, Sql.micros(c.priority()));
    ps.setString(index + 3, uow.dialect.encodeText(QueueFilter.primary(c.language())));
    setMicros(ps, index + 4, c.claim().map(Claim::until));
    setMicros(ps, index + 5, c.decidedAt());
    ps.setString(index + 6, uow.docs.write(c));
  }

  private static void setMicros(PreparedStatement ps, int index, Optional<Instant> at) throws SQLException {
    if (at.isPresent()) {
      ps.setLong(index, Sql.micros(at.get()));
    } else {
      ps.setNull(index, Types.BIGINT);
    }
  }

  private void insertReasons(ModerationCase c) {
    if (c.reasons().isEmpty()) {
      return;
    }
    Sql.call("storing the reasons of moderation case " + c.id(), () -> {
      try (PreparedStatement ps = uow.prepare("INSERT INTO " + uow.tables.caseReason + " (tenant_id, case_id, reason) VALUES (?, ?, ?)")) {
        for (String reason : c.reasons()) {
          uow.dialect.setUuid(ps, 2, c.id().value());
          ps.setString(3, uow.dialect.encodeText(reason));
          ps.addBatch();
        }
        return ps.executeBatch();
      }
    });
  }

  private void checkTenant(ModerationCase c) {
    if (!c.tenant().equals(uow.tenant)) {
      throw new IllegalArgumentException("moderation case " + c.id() + " belongs to another tenant than this unit of work");
    }
  }

  // --- the queue

  @Override
  public List<ModerationCase> queue(QueueFilter filter, Instant now, Optional<SortKey> after, int limit) {
    Query q = queued(filter, now);
    after.ifPresent(key -> q.keysetAfter("priority_us", key));
    q.sql.append(" ORDER BY priority_us, id LIMIT ?");
    return q.run("listing the moderation queue", limit, this::cases);
  }

  @Override
  public List<ModerationCase> lockClaimable(QueueFilter filter, Instant now, int limit) {
    QueueFilter unclaimed = new QueueFilter(filter.consultation(), filter.reason(), filter.language(), true);
    if (!uow.dialect.skipsLockedBeforeLimit()) {
      return lockOneByOne(unclaimed, now, limit);
    }
    Query q = queued(unclaimed, now);
    // rows another transaction has locked are skipped, not waited for: concurrent claims get different cases
    q.sql.append(" ORDER BY priority_us, id LIMIT ? FOR UPDATE SKIP LOCKED");
    return q.run("locking claimable moderation cases", limit, this::cases);
  }

  /** Reads candidates without locks, then locks each (skipping those locked elsewhere) and checks it still qualifies. */
  private List<ModerationCase> lockOneByOne(QueueFilter unclaimed, Instant now, int limit) {
    List<ModerationCase> out = new ArrayList<>();
    Optional<SortKey> after = Optional.empty();
    while (out.size() < limit) {
      List<ModerationCase> candidates = queue(unclaimed, now, after, Math.max(limit - out.size(), 16));
      for (ModerationCase candidate : candidates) {
        Optional<ModerationCase> locked = oneCase("locking moderation case " + candidate.id(), " FOR UPDATE SKIP LOCKED", candidate.id());
        if (locked.isPresent() && unclaimed.matches(locked.get(), now)) {
          out.add(locked.get());
          if (out.size() == limit) {
            break;
          }
        }
      }
      if (candidates.isEmpty()) {
        break;
      }
      after = Optional.of(candidates.get(candidates.size() - 1).queueKey());
    }
    return out;
  }

  private Query queued(QueueFilter filter, Instant now) {
    Query q = new Query("SELECT k.doc FROM " + uow.tables.moderationCase + " k WHERE k.tenant_id = ?");
    filter.consultation().ifPresent(c -> q.and(" AND k.consultation_id = ?", (ps, i) -> uow.dialect.setUuid(ps, i, c.value())));
    q.and(" AND k.in_queue = ?", (ps, i) -> ps.setBoolean(i, true));
    filter.language().ifPresent(lang ->
        q.and(" AND k.language_primary = ?", (ps, i) -> ps.setString(i, uow.dialect.encodeText(QueueFilter.primary(lang)))));
    if (filter.unclaimedOnly()) {
      long nowUs = Sql.micros(now);
      q.and(" AND (k.claimed_until_us IS NULL OR k.claimed_until_us <= ?)", (ps, i) -> ps.setLong(i, nowUs));
    }
    filter.reason().ifPresent(reason -> q.and(" AND EXISTS (SELECT 1 FROM " + uow.tables.caseReason
        + " r WHERE r.tenant_id = k.tenant_id AND r.case_id = k.id AND r.reason = ?)", (ps, i) -> ps.setString(i, uow.dialect.encodeText(reason))));
    return q;
  }

  @Override
  public List<ModerationCase> decidedBetween(ConsultationId consultation, Instant from, Instant to) {
    Query q = new Query("SELECT doc FROM " + uow.tables.moderationCase + " WHERE tenant_id = ?");
    q.and(" AND consultation_id = ?", (ps, i) -> uow.dialect.setUuid(ps, i, consultation.value()));
    q.and(" AND decided_us >= ?", (ps, i) -> ps.setLong(i, Sql.microsCeil(from)));
    q.and(" AND decided_us < ?", (ps, i) -> ps.setLong(i, Sql.microsCeil(to)));
    q.sql.append(" ORDER BY decided_us, id");
    return q.run("listing decided moderation cases", -1, this::cases);
  }

  // --- flags

  @Override
  public boolean addFlag(Flag flag) {
    String sql = uow.dialect.insertIfAbsent(uow.tables.flag, List.of("tenant_id", "contribution_id", "participant_id"), List.of("reason", "at_us"));
    return Sql.call("flagging contribution " + flag.contribution(), () -> {
      try (PreparedStatement ps = uow.prepare(sql)) {
        uow.dialect.setUuid(ps, 2, flag.contribution().value());
        uow.dialect.setUuid(ps, 3, flag.participant().value());
        ps.setString(4, uow.dialect.encodeText(flag.reason()));
        ps.setLong(5, Sql.micros(flag.at()));
        return ps.executeUpdate() == 1;
      }
    });
  }

  @Override
  public List<Flag> flags(ContributionId contribution) {
    return Sql.call("reading the flags of contribution " + contribution, () -> {
      try (PreparedStatement ps = uow.prepare("SELECT participant_id, reason, at_us FROM " + uow.tables.flag
          + " WHERE tenant_id = ? AND contribution_id = ? ORDER BY at_us, participant_id")) {
        uow.dialect.setUuid(ps, 2, contribution.value());
        List<Flag> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new Flag(contribution, new ParticipantId(uow.dialect.getUuid(rs, "participant_id")),
                uow.dialect.decodeText(rs.getString("reason")), Sql.instant(rs.getLong("at_us"))));
          }
        }
        return out;
      }
    });
  }

  // --- transparency counters

  @Override
  public void count(ConsultationId consultation, LocalDate day, ModerationMetric metric, String reason, long delta) {
    if (delta == 0) {
      return;
    }
    int slot = ThreadLocalRandom.current().nextInt(JdbcContributions.SLOTS);
    String what = "counting " + metric + " for consultation " + consultation;
    if (uow.dialect.atomicIncrement()) {
      String sql = uow.dialect.increment(uow.tables.moderationCount,
          List.of("tenant_id", "consultation_id", "epoch_day", "metric", "reason", "slot"), "n");
      Sql.call(what, () -> {
        try (PreparedStatement ps = uow.prepare(sql)) {
          bindCounter(ps, 2, consultation, day, metric, reason, slot);
          ps.setLong(7, delta);
          return ps.executeUpdate();
        }
      });
      return;
    }
    // update, else insert, else (lost the race to insert) update: see JdbcContributions
    Sql.call(what, () -> {
      if (addToCounter(consultation, day, metric, reason, slot, delta) > 0) {
        return null;
      }
      try (PreparedStatement ps = uow.prepare("INSERT INTO " + uow.tables.moderationCount
          + " (tenant_id, consultation_id, epoch_day, metric, reason, slot, n) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        bindCounter(ps, 2, consultation, day, metric, reason, slot);
        ps.setLong(7, delta);
        ps.executeUpdate();
      } catch (java.sql.SQLIntegrityConstraintViolationException e) {
        addToCounter(consultation, day, metric, reason, slot, delta);
      }
      return null;
    });
  }

  private int addToCounter(ConsultationId consultation, LocalDate day, ModerationMetric metric, String reason, int slot, long delta)
      throws SQLException {
    try (PreparedStatement ps = uow.prepare("UPDATE " + uow.tables.moderationCount + " SET n = n + ? WHERE tenant_id = ?"
        + " AND consultation_id = ? AND epoch_day = ? AND metric = ? AND reason = ? AND slot = ?")) {
      ps.setLong(1, delta);
      ps.setString(2, uow.tenant.value());
      bindCounter(ps, 3, consultation, day, metric, reason, slot);
      return ps.executeUpdate();
    }
  }

  private void bindCounter(PreparedStatement ps, int index, ConsultationId consultation, LocalDate day, ModerationMetric metric,
      String reason, int slot) throws SQLException {
    uow.dialect.setUuid(ps, index, consultation.value());
    ps.setInt(index + 1, Math.toIntExact(day.toEpochDay()));
    ps.setString(index + 2, metric.name());
    ps.setString(index + 3, uow.dialect.encodeText(reason));
    ps.setInt(index + 4, slot);
  }

  @Override
  public List<MetricCount> counts(ConsultationId consultation, LocalDate from, LocalDate to) {
    return Sql.call("reading moderation counters of consultation " + consultation, () -> {
      try (PreparedStatement ps = uow.prepare("SELECT metric, reason, SUM(n) FROM " + uow.tables.moderationCount
          + " WHERE tenant_id = ? AND consultation_id = ? AND epoch_day >= ? AND epoch_day < ? GROUP BY metric, reason")) {
        uow.dialect.setUuid(ps, 2, consultation.value());
        ps.setLong(3, from.toEpochDay());
        ps.setLong(4, to.toEpochDay());
        List<MetricCount> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long n = rs.getLong(3);
            if (n != 0) {
              out.add(new MetricCount(ModerationMetric.valueOf(rs.getString(1)), uow.dialect.decodeText(rs.getString(2)), n));
            }
          }
        }
        return out;
      }
    });
  }

  // --- campaigns

  @Override
  public Optional<Campaign> campaign(CampaignId id) {
    return Sql.call("reading campaign " + id, () -> {
      try (PreparedStatement ps = uow.prepare("SELECT doc FROM " + uow.tables.campaign + " WHERE tenant_id = ? AND id = ?")) {
        uow.dialect.setUuid(ps, 2, id.value());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(uow.docs.read(rs.getString(1), Campaign.class)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public void saveCampaign(Campaign campaign) {
    // update first (a campaign is saved once per member); insert when new; update again when a
    // concurrent transaction inserted it meanwhile; nothing updated then means another consultation's
    boolean saved = Sql.call("saving campaign " + campaign.id(), () -> replaceCampaign(campaign) || insertCampaign(campaign) || replaceCampaign(campaign));
    if (!saved) {
      throw new IllegalArgumentException("campaign " + campaign.id() + " belongs to another consultation");
    }
  }

  private boolean replaceCampaign(Campaign campaign) throws SQLException {
    try (PreparedStatement ps = uow.prepare("UPDATE " + uow.tables.campaign
        + " SET members = ?, first_us = ?, doc = ? WHERE tenant_id = ? AND id = ? AND consultation_id = ?")) {
      ps.setLong(1, campaign.size());
      ps.setLong(2, Sql.micros(campaign.firstAt()));
      ps.setString(3, uow.docs.write(campaign));
      ps.setString(4, uow.tenant.value());
      uow.dialect.setUuid(ps, 5, campaign.id().value());
      uow.dialect.setUuid(ps, 6, campaign.consultation().value());
      return ps.executeUpdate() == 1;
    }
  }

  private boolean insertCampaign(Campaign campaign) throws SQLException {
    try (PreparedStatement ps = uow.prepare(uow.dialect.insertIfAbsent(uow.tables.campaign, List.of("tenant_id", "id"),
        List.of("consultation_id", "members", "first_us", "doc")))) {
      uow.dialect.setUuid(ps, 2, campaign.id().value());
      uow.dialect.setUuid(ps, 3, campaign.consultation().value());
      ps.setLong(4, campaign.size());
      ps.setLong(5, Sql.micros(campaign.firstAt()));
      ps.setString(6, uow.docs.write(campaign));
      return ps.executeUpdate() == 1;
    }
  }

  @Override
  public List<Campaign> campaigns(ConsultationId consultation, long minimumSize, Optional<SortKey> after, int limit) {
    Query q = new Query("SELECT doc FROM " + uow.tables.campaign + " WHERE tenant_id = ?");
    q.and(" AND consultation_id = ?", (ps, i) -> uow.dialect.setUuid(ps, i, consultation.value()));
    q.and(" AND members >= ?", (ps, i) -> ps.setLong(i, minimumSize));
    after.ifPresent(key -> q.keysetAfter("first_us", key));
    q.sql.append(" ORDER BY first_us, id LIMIT ?");
    return q.run("listing campaigns", limit, ps -> {
      List<Campaign> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(uow.docs.read(rs.getString(1), Campaign.class));
        }
      }
      return out;
    });
  }

  // --- the campaign index

  @Override
  public CampaignIndex campaignIndex() {
    return this;
  }

  @Override
  public List<CampaignSeed> seeds(ConsultationId consultation, long[] bandKeys) {
    long[] keys = LongStream.of(bandKeys).distinct().toArray();
    if (keys.length == 0) {
      return List.of();
    }
    Query q = new Query("SELECT b.seed_id, s.min_hashes, s.band_keys FROM " + uow.tables.campaignBand + " b JOIN " + uow.tables.campaignSeed
        + " s ON s.tenant_id = b.tenant_id AND s.contribution_id = b.seed_id WHERE b.tenant_id = ?");
    q.and(" AND b.consultation_id = ?", (ps, i) -> uow.dialect.setUuid(ps, i, consultation.value()));
    q.sql.append(" AND b.band_key IN (").append(Dialect.placeholders(keys.length)).append(')');
    for (long key : keys) {
      q.binders.add((ps, i) -> ps.setLong(i, key));
    }
    return q.run("looking up campaign seeds", -1, ps -> {
      Map<ContributionId, CampaignSeed> found = new LinkedHashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ContributionId seed = new ContributionId(uow.dialect.getUuid(rs, "seed_id"));
          if (!found.containsKey(seed)) {
            found.put(seed, new CampaignSeed(seed, new TextSignature(ints(rs.getBytes("min_hashes")), longs(rs.getBytes("band_keys")))));
          }
        }
      }
      return List.copyOf(found.values());
    });
  }

  @Override
  public void addSeed(ConsultationId consultation, CampaignSeed seed) {
    TextSignature signature = seed.signature();
    Sql.call("registering campaign seed " + seed.contribution(), () -> {
      try (PreparedStatement ps = uow.prepare(uow.dialect.upsert(uow.tables.campaignSeed, List.of("tenant_id", "contribution_id"),
          List.of("consultation_id", "min_hashes", "band_keys")))) {
        uow.dialect.setUuid(ps, 2, seed.contribution().value());
        uow.dialect.setUuid(ps, 3, consultation.value());
        ps.setBytes(4, bytes(signature.minHashes()));
        ps.setBytes(5, bytes(signature.bandKeys()));
        ps.executeUpdate();
      }
      // first seed wins a band key: an insert that does nothing when the key is taken
      try (PreparedStatement ps = uow.prepare(uow.dialect.insertIfAbsent(uow.tables.campaignBand,
          List.of("tenant_id", "consultation_id", "band_key"), List.of("seed_id")))) {
        for (long key : LongStream.of(signature.bandKeys()).distinct().toArray()) {
          uow.dialect.setUuid(ps, 2, consultation.value());
          ps.setLong(3, key);
          uow.dialect.setUuid(ps, 4, seed.contribution().value());
          ps.addBatch();
        }
        return ps.executeBatch();
      }
    });
  }

  static byte[] bytes(int[] values) {
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Integer.BYTES);
    buffer.asIntBuffer().put(values);
    return buffer.array();
  }

  static byte[] bytes(long[] values) {
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
    buffer.asLongBuffer().put(values);
    return buffer.array();
  }

  static int[] ints(byte[] bytes) {
    int[] out = new int[bytes.length / Integer.BYTES];
    ByteBuffer.wrap(bytes).asIntBuffer().get(out);
    return out;
  }

  static long[] longs(byte[] bytes) {
    long[] out = new long[bytes.length / Long.BYTES];
    ByteBuffer.wrap(bytes).asLongBuffer().get(out);
    return out;
  }

  // --- statement building

  /** Binds one parameter at a position. */
  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement ps, int index) throws SQLException;
  }

  /** Reads the rows of an executed-on-demand statement. */
  @FunctionalInterface
  private interface Rows<T> {
    List<T> read(PreparedStatement ps) throws SQLException;
  }

  /** A query whose first parameter is the tenant, built from conditions and their binders. */
  private final class Query {
    final StringBuilder sql;
    final List<Binder> binders = new ArrayList<>();

    Query(String select) {
      this.sql = new StringBuilder(select);
    }

    void and(String condition, Binder binder) {
      sql.append(condition);
      binders.add(binder);
    }

    /** {@code (time, id) > key}, as {@link JdbcContributions} writes it; stored instants are whole microseconds. */
    void keysetAfter(String time, SortKey key) {
      long at = Sql.micros(key.at());
      if (key.at().getNano() % 1_000 == 0) {
        sql.append(" AND ").append(uow.dialect.keysetAfter(time, "id"));
        for (int t = 0; t < uow.dialect.keysetTimeParameters(); t++) {
          binders.add((ps, i) -> ps.setLong(i, at));
        }
        binders.add((ps, i) -> uow.dialect.setUuid(ps, i, key.id()));
      } else {
        and(" AND " + time + " > ?", (ps, i) -> ps.setLong(i, at));
      }
    }

    /** Runs it, binding {@code limit} last unless it is negative. */
    <T> List<T> run(String what, int limit, Rows<T> rows) {
      return Sql.call(what, () -> {
        try (PreparedStatement ps = uow.prepare(sql.toString())) {
          int i = 2;
          for (Binder b : binders) {
            b.bind(ps, i++);
          }
          if (limit >= 0) {
            ps.setInt(i, limit);
          }
          return rows.read(ps);
        }
      });
    }
  }
}
