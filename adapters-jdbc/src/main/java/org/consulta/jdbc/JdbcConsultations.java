package org.consulta.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ConsultationRepository;
import org.consulta.core.consultation.Phase;
import org.consulta.core.error.ConflictException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.VersionConflictException;
import org.consulta.core.value.Page;
import org.consulta.core.value.PageRequest;
import org.consulta.core.value.SortKey;

/** Consultations in {@code <prefix>consultation}. */
final class JdbcConsultations implements ConsultationRepository {
  private final JdbcUnitOfWork uow;

  JdbcConsultations(JdbcUnitOfWork uow) {
    this.uow = uow;
  }

  private void checkTenant(Consultation c) {
    if (!c.tenant().equals(uow.tenant)) {
      throw new IllegalArgumentException("consultation " + c.id() + " belongs to another tenant than this unit of work");
    }
  }

  @Override
  public void insert(Consultation c) {
    checkTenant(c);
    if (c.version() != 1) {
      throw new IllegalArgumentException("a new consultation is at version 1");
    }
    if (find(c.id()).isPresent()) {
      throw new ConflictException("consultation " + c.id() + " exists");
    }
    Sql.call("inserting consultation " + c.id(), () -> {
      try (PreparedStatement ps = uow.prepare("INSERT INTO " + uow.tables.consultation
          + " (tenant_id, id, version, phase, created_us, next_move_us, doc) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        uow.dialect.setUuid(ps, 2, c.id().value());
        ps.setLong(3, 1);
        ps.setString(4, c.phase().name());
        ps.setLong(5, Sql.micros(c.createdAt()));
        setNextMove(ps, 6, c);
        ps.setString(7, uow.docs.write(c));
        return ps.executeUpdate();
      }
    });
  }

  private static void setNextMove(PreparedStatement ps, int index, Consultation c) throws SQLException {
    Optional<Instant> next = c.nextScheduledMove();
    if (next.isPresent()) {
      ps.setLong(index, Sql.micros(next.get()));
    } else {
      ps.setNull(index, Types.BIGINT);
    }
  }

  @Override
  public void update(Consultation c) {
    checkTenant(c);
    int updated = Sql.call("updating consultation " + c.id(), () -> {
      try (PreparedStatement ps = uow.prepare("UPDATE " + uow.tables.consultation
          + " SET version = ?, phase = ?, next_move_us = ?, doc = ? WHERE tenant_id = ? AND id = ? AND version = ?")) {
        ps.setString(5, uow.tenant.value());
        ps.setLong(1, c.version());
        ps.setString(2, c.phase().name());
        setNextMove(ps, 3, c);
        ps.setString(4, uow.docs.write(c));
        uow.dialect.setUuid(ps, 6, c.id().value());
        ps.setLong(7, c.version() - 1);
        return ps.executeUpdate();
      }
    });
    if (updated == 0) {
      long stored = find(c.id()).orElseThrow(() -> new NotFoundException("consultation", c.id())).version();
      throw new VersionConflictException("consultation", c.id(), c.version() - 1, stored);
    }
  }

  @Override
  public Optional<Consultation> find(ConsultationId id) {
    return Sql.call("reading consultation " + id, () -> {
      try (PreparedStatement ps = uow.prepare("SELECT doc FROM " + uow.tables.consultation + " WHERE tenant_id = ? AND id = ?")) {
        uow.dialect.setUuid(ps, 2, id.value());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(uow.docs.read(rs.getString(1), Consultation.class)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public Page<Consultation> list(Optional<Phase> phase, PageRequest page) {
    Optional<SortKey> after = page.after().map(SortKey::fromCursor);
    String sql = "SELECT doc FROM " + uow.tables.consultation + " WHERE tenant_id = ?"
        + (phase.isPresent() ? " AND phase = ?" : "")
        + (after.isPresent() ? " AND " + uow.dialect.keysetAfter("created_us", "id") : "")
        + " ORDER BY created_us, id LIMIT ?";
    List<Consultation> items = Sql.call("listing consultations", () -> {
      try (PreparedStatement ps = uow.prepare(sql)) {
        int i = 2;
        if (phase.isPresent()) {
          ps.setString(i++, phase.get().name());
        }
        if (after.isPresent()) {
          long at = Sql.micros(after.get().at());
          for (int t = 0; t < uow.dialect.keysetTimeParameters(); t++) {
            ps.setLong(i++, at);
          }
          uow.dialect.setUuid(ps, i++, after.get().id());
        }
        ps.setInt(i, page.limit() + 1);
        List<Consultation> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(uow.docs.read(rs.getString(1), Consultation.class));
          }
        }
        return out;
      }
    });
    if (items.size() <= page.limit()) {
      return new Page<>(items, Optional.empty());
    }
    List<Consultation> shown = items.subList(0, page.limit());
    Consultation last = shown.get(shown.size() - 1);
    return new Page<>(shown, Optional.of(new SortKey(last.createdAt(), last.id().value()).toCursor()));
  }

  @Override
  public List<Consultation> dueForScheduledMove(Instant now) {
    return Sql.call("finding consultations due to move", () -> {
      try (PreparedStatement ps = uow.prepare("SELECT doc FROM " + uow.tables.consultation + " WHERE tenant_id = ? AND next_move_us <= ?")) {
        ps.setLong(2, Sql.micros(now));
        List<Consultation> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Consultation c = uow.docs.read(rs.getString(1), Consultation.class);
            if (c.nextScheduledMove().filter(at -> !at.isAfter(now)).isPresent()) {
              out.add(c);
            }
          }
        }
        return out;
      }
    });
  }
}
