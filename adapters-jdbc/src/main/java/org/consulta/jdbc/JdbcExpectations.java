package org.consulta.jdbc;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.VersionConflictException;
import org.consulta.core.expectation.Commitment;
import org.consulta.core.expectation.CommitmentId;
import org.consulta.core.expectation.CommitmentStatus;
import org.consulta.core.expectation.DeadlineTally;
import org.consulta.core.expectation.ExpectationRepository;
import org.consulta.core.expectation.OfflineSession;
import org.consulta.core.expectation.OfflineSessionId;
import org.consulta.core.expectation.Participation;
import org.consulta.core.expectation.TrackedItem;
import org.consulta.core.expectation.WorkingCalendar;
import org.consulta.core.outcome.ThemeId;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;

/**
 * Expectations in {@code <prefix>commitment}, {@code participation} (with {@code
 * participation_count}), {@code offline_session} and {@code working_calendar}; the deadline ledger
 * ({@code tracked_item}, {@code tracked_count}) is {@link JdbcDeadlineLedger}. Each record is its
 * JSON {@code doc} plus the columns queries use. A consultation's participation is its distinct
 * participants as rows and, per declared value, a count over slots taken when the participant was
 * added, from their stored document (so {@code prefer_not_to_say} counts as a value, as in the
 * in-memory store, although {@code participant_group} leaves it out).
 */
final class JdbcExpectations implements ExpectationRepository {
  /** Dimension keys as {@code DemographicDimension} allows them; other keys are not counted (as in {@code participant_group}). */
  private static final Pattern DIMENSION = Pattern.compile("[a-z][a-z0-9_]{0,63}");
  /** The dimension (and value) of the count of participants themselves; no dimension key is empty. */
  private static final String PARTICIPANTS = "";
  /** The statuses a commitment is still monitored in, as SQL literals. */
  private static final String UNSETTLED = Arrays.stream(CommitmentStatus.values()).filter(s -> !s.isFinal())
      .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));

  private final JdbcUnitOfWork uow;
  private final JdbcDeadlineLedger ledger;
  private final JdbcStatedExpectations stated;
  private final SlottedCounts participationCounts;

  JdbcExpectations(JdbcUnitOfWork uow) {
    this.uow = uow;
    this.ledger = new JdbcDeadlineLedger(uow);
    this.stated = new JdbcStatedExpectations(uow);
    this.participationCounts = new SlottedCounts(uow, uow.tables.participationCount, "consultation_id", "dimension", "dim_value");
  }

  // ---- commitments

  @Override
  public void insert(Commitment c) {
    checkTenant(c.tenant(), "commitment", c.id());
    Sql.call("inserting commitment " + c.id() + " (the id exists?)", () -> {
      try (PreparedStatement ps = uow.prepare("INSERT INTO " + uow.tables.commitment
          + " (tenant_id, id, consultation_id, version, status, withdrawn_us, declared_us, doc) VALUES (" + Dialect.placeholders(8) + ")")) {
        uow.dialect.setUuid(ps, 2, c.id().value());
        uow.dialect.setUuid(ps, 3, c.consultation().value());
        ps.setLong(4, c.version());
        ps.setString(5, c.status().name());
        setOptionalMicros(ps, 6, c.withdrawnAt());
        ps.setLong(7, Sql.micros(c.declaredAt()));
        ps.setString(8, uow.docs.write(c));
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public void update(Commitment c) {
    checkTenant(c.tenant(), "commitment", c.id());
    int updated = Sql.call("updating commitment " + c.id(), () -> {
      try (PreparedStatement ps = uow.prepareUnbound("UPDATE " + uow.tables.commitment
          + " SET version = ?, status = ?, withdrawn_us = ?, doc = ? WHERE tenant_id = ? AND id = ? AND version = ?")) {
        ps.setLong(1, c.version());
        ps.setString(2, c.status().name());
        setOptionalMicros(ps, 3, c.withdrawnAt());
        ps.setString(4, uow.docs.write(c));
        ps.setString(5, uow.tenant.value());
        uow.dialect.setUuid(ps, 6, c.id().value());
        ps.setLong(7, c.version() - 1);
        return ps.executeUpdate();
      }
    });
    if (updated == 0) {
      long stored = find(c.id()).orElseThrow(() -> new NotFoundException("commitment", c.id())).version();
      throw new VersionConflictException("commitment", c.id(), c.version() - 1, stored);
    }
  }

  @Override
  public Optional<Commitment> find(CommitmentId id) {
    return byId(uow.tables.commitment, "commitment", id.value(), Commitment.class);
  }

  @Override
  public List<Commitment> commitments(ConsultationId consultation) {
    return new OutcomeQuery(uow, "SELECT doc FROM " + uow.tables.commitment + " WHERE tenant_id = ?")
        .andId(" AND consultation_id = ?", consultation.value())
        .append(" ORDER BY declared_us, id")
        .list("listing the commitments of consultation " + consultation, -1, rs -> uow.docs.read(rs.getString(1), Commitment.class));
  }

  @Override
  public List<ConsultationId> monitored(Optional<ConsultationId> after, int limit) {
    // uuid (PostgreSQL) and lower-case CHAR(36) (MariaDB, H2) both sort as unsigned numbers
    OutcomeQuery q = new OutcomeQuery(uow, "SELECT DISTINCT consultation_id FROM " + uow.tables.commitment
        + " WHERE tenant_id = ? AND status IN (" + UNSETTLED + ") AND withdrawn_us IS NULL");
    after.ifPresent(a -> q.andId(" AND consultation_id > ?", a.value()));
    return q.append(" ORDER BY consultation_id LIMIT ?")
        .list("listing the monitored consultations", limit, rs -> new ConsultationId(uow.dialect.getUuid(rs, "consultation_id")));
  }

  // ---- the deadline ledger

  @Override
  public void track(List<TrackedItem> items) {
    ledger.track(items);
  }

  @Override
  public void settle(List<CommitmentId> commitments, List<UUID> items, Instant at) {
    ledger.settle(commitments, items, at);
  }

  @Override
  public void settleMembers(List<CommitmentId> commitments, UUID theme, Instant at) {
    ledger.settleMembers(commitments, new ThemeId(theme), at);
  }

  @Override
  public void excuse(List<CommitmentId> commitments, List<UUID> items) {
    ledger.excuse(commitments, items);
  }

  @Override
  public DeadlineTally tally(CommitmentId commitment, Instant at, int examples) {
    return ledger.tally(commitment, at, examples);
  }

  // ---- participation

  @Override
  public boolean addParticipant(ConsultationId consultation, ParticipantId participant) {
    String sql = uow.dialect.insertIfAbsent(uow.tables.participation, List.of("tenant_id", "consultation_id", "participant_id"), List.of());
    boolean added = Sql.call("adding participant " + participant + " to the participation in consultation " + consultation, () -> {
      try (PreparedStatement ps = uow.prepare(sql)) {
        uow.dialect.setUuid(ps, 2, consultation.value());
        uow.dialect.setUuid(ps, 3, participant.value());
        return ps.executeUpdate() == 1;
      } catch (java.sql.SQLIntegrityConstraintViolationException e) {
        // only where insert-if-absent is not atomic (Dialect.atomicInsertIfAbsent): a transaction that committed while this one waited added them
        return false;
      }
    });
    if (added) {
      Map<List<Object>, Long> deltas = new LinkedHashMap<>();
      deltas.put(List.of(consultation.value(), PARTICIPANTS, PARTICIPANTS), 1L);
      declared(participant).forEach((d, v) -> deltas.put(List.of(consultation.value(), d, uow.dialect.encodeText(v)), 1L));
      participationCounts.add("the participation in consultation " + consultation, deltas);
    }
    return added;
  }

  /** The values the participant has declared now, {@code prefer_not_to_say} included; none if not stored. */
  private Map<String, String> declared(ParticipantId participant) {
    Map<String, String> out = new TreeMap<>();
    byId(uow.tables.participant, "participant", participant.value(), Participant.class)
        .ifPresent(p -> p.demographics().values().forEach((d, v) -> {
          if (DIMENSION.matcher(d).matches()) {
            out.put(d, v);
          }
        }));
    return out;
  }

  private record Count(String dimension, String value, long n) {}

  @Override
  public Participation participation(ConsultationId consultation) {
    List<Count> counts = new OutcomeQuery(uow, "SELECT dimension, dim_value, SUM(n) AS n FROM " + uow.tables.participationCount + " WHERE tenant_id = ?")
        .andId(" AND consultation_id = ?", consultation.value())
        .append(" GROUP BY dimension, dim_value")
        .list("reading the participation in consultation " + consultation, -1,
            rs -> new Count(rs.getString("dimension"), uow.dialect.decodeText(rs.getString("dim_value")), rs.getLong("n")));
    long participants = 0;
    Map<String, Map<String, Long>> declared = new HashMap<>();
    for (Count c : counts) {
      if (c.dimension.equals(PARTICIPANTS)) {
        participants = c.n;
      } else {
        declared.computeIfAbsent(c.dimension, k -> new HashMap<>()).put(c.value, c.n);
      }
    }
    return participants == 0 ? Participation.none() : new Participation(participants, declared);
  }

  // ---- offline sessions

  @Override
  public void insert(OfflineSession s) {
    checkTenant(s.tenant(), "offline session", s.id());
    Sql.call("inserting offline session " + s.id() + " (the id exists?)", () -> {
      try (PreparedStatement ps = uow.prepare("INSERT INTO " + uow.tables.offlineSession
          + " (tenant_id, id, consultation_id, version, starts_us, doc) VALUES (?, ?, ?, ?, ?, ?)")) {
        uow.dialect.setUuid(ps, 2, s.id().value());
        uow.dialect.setUuid(ps, 3, s.consultation().value());
        ps.setLong(4, s.version());
        ps.setLong(5, Sql.micros(s.startsAt()));
        ps.setString(6, uow.docs.write(s));
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public void update(OfflineSession s) {
    checkTenant(s.tenant(), "offline session", s.id());
    int updated = Sql.call("updating offline session " + s.id(), () -> {
      try (PreparedStatement ps = uow.prepareUnbound("UPDATE " + uow.tables.offlineSession
          + " SET version = ?, starts_us = ?, doc = ? WHERE tenant_id = ? AND id = ? AND version = ?")) {
        ps.setLong(1, s.version());
        ps.setLong(2, Sql.micros(s.startsAt()));
        ps.setString(3, uow.docs.write(s));
        ps.setString(4, uow.tenant.value());
        uow.dialect.setUuid(ps, 5, s.id().value());
        ps.setLong(6, s.version() - 1);
        return ps.executeUpdate();
      }
    });
    if (updated == 0) {
      long stored = find(s.id()).orElseThrow(() -> new NotFoundException("offline session", s.id())).version();
      throw new VersionConflictException("offline session", s.id(), s.version() - 1, stored);
    }
  }

  @Override
  public Optional<OfflineSession> find(OfflineSessionId id) {
    return byId(uow.tables.offlineSession, "offline session", id.value(), OfflineSession.class);
  }

  @Override
  public List<OfflineSession> sessions(ConsultationId consultation) {
    return new OutcomeQuery(uow, "SELECT doc FROM " + uow.tables.offlineSession + " WHERE tenant_id = ?")
        .andId(" AND consultation_id = ?", consultation.value())
        .append(" ORDER BY starts_us, id")
        .list("listing the offline sessions of consultation " + consultation, -1, rs -> uow.docs.read(rs.getString(1), OfflineSession.class));
  }

  // ---- the working calendar

  @Override
  public Optional<WorkingCalendar> calendar() {
    return new OutcomeQuery(uow, "SELECT doc FROM " + uow.tables.workingCalendar + " WHERE tenant_id = ?")
        .list("reading the working calendar", -1, rs -> uow.docs.read(rs.getString(1), WorkingCalendar.class))
        .stream().findFirst();
  }

  @Override
  public void saveCalendar(WorkingCalendar calendar) {
    Sql.call("saving the working calendar", () -> {
      try (PreparedStatement ps = uow.prepare(uow.dialect.upsert(uow.tables.workingCalendar, List.of("tenant_id"), List.of("doc")))) {
        ps.setString(2, uow.docs.write(calendar));
        return ps.executeUpdate();
      }
    });
  }

  // ---- participants' expectations and the tenant's settings: JdbcStatedExpectations

  @Override
  public void saveStated(org.consulta.core.expectation.StatedExpectation expectation) {
    stated.save(expectation);
  }

  @Override
  public List<org.consulta.core.expectation.StatedExpectation> stated(ConsultationId consultation, org.consulta.core.participant.ParticipantId participant) {
    return stated.of(consultation, participant);
  }

  @Override
  public List<org.consulta.core.expectation.DeliveryFacts> deliveryFacts(ConsultationId consultation,
      Optional<org.consulta.core.participant.ParticipantId> after, int limit) {
    return stated.facts(consultation, after, limit);
  }

  @Override
  public void markHeard(ConsultationId consultation, org.consulta.core.participant.ParticipantId participant, Instant at) {
    stated.markHeard(consultation, participant, at);
  }

  @Override
  public Optional<org.consulta.core.expectation.ReferencePopulation> reference() {
    return stated.reference();
  }

  @Override
  public void saveReference(org.consulta.core.expectation.ReferencePopulation reference) {
    stated.saveReference(reference);
  }

  @Override
  public org.consulta.core.expectation.TrackRecordVisibility trackRecordVisibility() {
    return stated.visibility();
  }

  @Override
  public void saveTrackRecordVisibility(org.consulta.core.expectation.TrackRecordVisibility visibility) {
    stated.saveVisibility(visibility);
  }

  // ---- helpers

  private <T> Optional<T> byId(String table, String what, UUID id, Class<T> type) {
    return new OutcomeQuery(uow, "SELECT doc FROM " + table + " WHERE tenant_id = ?")
        .andId(" AND id = ?", id)
        .list("reading " + what + " " + id, -1, rs -> uow.docs.read(rs.getString(1), type))
        .stream().findFirst();
  }

  private static void setOptionalMicros(PreparedStatement ps, int index, Optional<Instant> at) throws java.sql.SQLException {
    if (at.isPresent()) {
      ps.setLong(index, Sql.micros(at.get()));
    } else {
      ps.setNull(index, java.sql.Types.BIGINT);
    }
  }

  private void checkTenant(TenantId tenant, String what, Object id) {
    if (!tenant.equals(uow.tenant)) {
      throw new IllegalArgumentException(what + " " + id + " belongs to another tenant than this unit of work");
    }
  }
}
