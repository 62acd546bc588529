package org.consulta.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consulta.core.error.ConflictException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.VersionConflictException;
import org.consulta.core.participant.ContactDetails;
import org.consulta.core.participant.DemographicSchema;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.participant.ParticipantRepository;
import org.consulta.jdbc.migration.OutcomeBackfill;

/**
 * Participants, their contact details (a table of their own, so erasure deletes a row), their
 * declared demographic values as {@code participant_group} rows (kept in the same transaction, for
 * the outcome aggregates) and the schema.
 */
final class JdbcParticipants implements ParticipantRepository {
  private final JdbcUnitOfWork uow;

  JdbcParticipants(JdbcUnitOfWork uow) {
    this.uow = uow;
  }

  private void checkTenant(Participant p) {
    if (!p.tenant().equals(uow.tenant)) {
      throw new IllegalArgumentException("participant " + p.id() + " belongs to another tenant than this unit of work");
    }
  }

  @Override
  public void insert(Participant p) {
    checkTenant(p);
    if (p.version() != 1) {
      throw new IllegalArgumentException("a new participant is at version 1");
    }
    if (find(p.id()).isPresent()) {
      throw new ConflictException("participant " + p.id() + " exists");
    }
    checkRefFree(p);
    Sql.call("inserting participant " + p.id(), () -> {
      try (PreparedStatement ps = uow.prepare("INSERT INTO " + uow.tables.participant
          + " (tenant_id, id, version, external_ref, doc) VALUES (?, ?, ?, ?, ?)")) {
        uow.dialect.setUuid(ps, 2, p.id().value());
        ps.setLong(3, 1);
        ps.setString(4, uow.dialect.encodeText(p.externalRef().orElse(null)));
        ps.setString(5, uow.docs.write(p));
        return ps.executeUpdate();
      }
    });
    insertGroups(p);
  }

  /** Writes the participant's declared demographic values as rows, for the outcome aggregates ({@link JdbcOutcomeAggregates}). */
  private void insertGroups(Participant p) {
    Map<String, String> groups = OutcomeBackfill.declaredGroups(p);
    if (groups.isEmpty()) {
      return;
    }
    Sql.call("storing the declared groups of participant " + p.id(), () -> {
      try (PreparedStatement ps = uow.prepare("INSERT INTO " + uow.tables.participantGroup
          + " (tenant_id, participant_id, dimension, dim_value) VALUES (?, ?, ?, ?)")) {
        for (Map.Entry<String, String> g : groups.entrySet()) {
          uow.dialect.setUuid(ps, 2, p.id().value());
          ps.setString(3, g.getKey());
          ps.setString(4, uow.dialect.encodeText(g.getValue()));
          ps.addBatch();
        }
        return ps.executeBatch();
      }
    });
  }

  private void checkRefFree(Participant p) {
    if (p.externalRef().isPresent()) {
      Optional<Participant> holder = findByExternalRef(p.externalRef().get());
      if (holder.isPresent() && !holder.get().id().equals(p.id())) {
        throw new ConflictException("external ref is already registered");
      }
    }
  }

  @Override
  public void update(Participant p) {
    checkTenant(p);
    checkRefFree(p);
    int updated = Sql.call("updating participant " + p.id(), () -> {
      try (PreparedStatement ps = uow.prepare("UPDATE " + uow.tables.participant
          + " SET version = ?, external_ref = ?, doc = ? WHERE tenant_id = ? AND id = ? AND version = ?")) {
        ps.setLong(1, p.version());
        ps.setString(2, uow.dialect.encodeText(p.externalRef().orElse(null)));
        ps.setString(3, uow.docs.write(p));
        ps.setString(4, uow.tenant.value());
        uow.dialect.setUuid(ps, 5, p.id().value());
        ps.setLong(6, p.version() - 1);
        return ps.executeUpdate();
      }
    });
    if (updated == 0) {
      long stored = find(p.id()).orElseThrow(() -> new NotFoundException("participant", p.id())).version();
      throw new VersionConflictException("participant", p.id(), p.version() - 1, stored);
    }
    Sql.call("replacing the declared groups of participant " + p.id(), () -> {
      try (PreparedStatement ps = uow.prepare("DELETE FROM " + uow.tables.participantGroup + " WHERE tenant_id = ? AND participant_id = ?")) {
        uow.dialect.setUuid(ps, 2, p.id().value());
        return ps.executeUpdate();
      }
    });
    insertGroups(p);
  }

  @Override
  public Optional<Participant> find(ParticipantId id) {
    return Sql.call("reading participant " + id, () -> {
      try (PreparedStatement ps = uow.prepare("SELECT doc FROM " + uow.tables.participant + " WHERE tenant_id = ? AND id = ?")) {
        uow.dialect.setUuid(ps, 2, id.value());
        return one(ps);
      }
    });
  }

  /**
   * One query per 1,000 ids, in the id-list form the dialect plans best (see {@link Dialect#idList}).
   */
  @Override
  public Map<ParticipantId, Participant> findAll(Collection<ParticipantId> ids) {
    Map<ParticipantId, Participant> found = new HashMap<>();
    List<ParticipantId> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += 1_000) {
      List<ParticipantId> chunk = all.subList(from, Math.min(all.size(), from + 1_000));
      Sql.call("reading " + chunk.size() + " participants", () -> {
        String sql = "SELECT doc FROM " + uow.tables.participant + " WHERE tenant_id = ? AND id IN (" + uow.dialect.idList(chunk.size()) + ")";
        try (PreparedStatement ps = uow.prepare(sql)) {
          uow.dialect.bindIds(uow.connection, ps, 2, chunk.stream().map(ParticipantId::value).toList());
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              Participant p = uow.docs.read(rs.getString(1), Participant.class);
              found.put(p.id(), p);
            }
          }
          return null;
        }
      });
    }
    return found;
  }

  @Override
  public Optional<Participant> findByExternalRef(String externalRef) {
    return Sql.call("reading a participant by external ref", () -> {
      try (PreparedStatement ps = uow.prepare("SELECT doc FROM " + uow.tables.participant + " WHERE tenant_id = ? AND external_ref = ?")) {
        ps.setString(2, uow.dialect.encodeText(externalRef));
        return one(ps);
      }
    });
  }

  private Optional<Participant> one(PreparedStatement ps) throws java.sql.SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(uow.docs.read(rs.getString(1), Participant.class)) : Optional.empty();
    }
  }

  @Override
  public long count() {
    return Sql.call("counting participants", () -> {
      try (PreparedStatement ps = uow.prepare("SELECT COUNT(*) FROM " + uow.tables.participant + " WHERE tenant_id = ?");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  @Override
  public Optional<ContactDetails> contact(ParticipantId id) {
    return Sql.call("reading contact details", () -> {
      try (PreparedStatement ps = uow.prepare("SELECT doc FROM " + uow.tables.contact + " WHERE tenant_id = ? AND participant_id = ?")) {
        uow.dialect.setUuid(ps, 2, id.value());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(uow.docs.read(rs.getString(1), ContactDetails.class)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public void saveContact(ParticipantId id, ContactDetails contact) {
    if (find(id).isEmpty()) {
      throw new NotFoundException("participant", id);
    }
    Sql.call("saving contact details", () -> {
      try (PreparedStatement ps = uow.prepare(uow.dialect.upsert(uow.tables.contact, List.of("tenant_id", "participant_id"), List.of("doc")))) {
        uow.dialect.setUuid(ps, 2, id.value());
        ps.setString(3, uow.docs.write(contact));
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public boolean eraseContact(ParticipantId id) {
    return Sql.call("erasing contact details", () -> {
      try (PreparedStatement ps = uow.prepare("DELETE FROM " + uow.tables.contact + " WHERE tenant_id = ? AND participant_id = ?")) {
        uow.dialect.setUuid(ps, 2, id.value());
        return ps.executeUpdate() > 0;
      }
    });
  }

  @Override
  public Optional<DemographicSchema> demographicSchema() {
    return Sql.call("reading the demographic schema", () -> {
      try (PreparedStatement ps = uow.prepare("SELECT doc FROM " + uow.tables.schema + " WHERE tenant_id = ?");
          ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(uow.docs.read(rs.getString(1), DemographicSchema.class)) : Optional.empty();
      }
    });
  }

  @Override
  public void saveDemographicSchema(DemographicSchema schema) {
    Sql.call("saving the demographic schema", () -> {
      try (PreparedStatement ps = uow.prepare(uow.dialect.upsert(uow.tables.schema, List.of("tenant_id"), List.of("doc")))) {
        ps.setString(2, uow.docs.write(schema));
        return ps.executeUpdate();
      }
    });
  }
}
