package org.consulta.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.Reaction;
import org.consulta.core.contribution.ReactionRepository;
import org.consulta.core.contribution.Support;
import org.consulta.core.participant.ParticipantId;

/** Reactions in {@code <prefix>reaction}, one row per participant and contribution. */
final class JdbcReactions implements ReactionRepository {
  private final JdbcUnitOfWork uow;

  JdbcReactions(JdbcUnitOfWork uow) {
    this.uow = uow;
  }

  @Override
  public Optional<Reaction> find(ContributionId contribution, ParticipantId participant) {
    return Sql.call("reading a reaction", () -> {
      try (PreparedStatement ps = uow.prepare("SELECT support, stance_millis, at_us FROM " + uow.tables.reaction
          + " WHERE tenant_id = ? AND contribution_id = ? AND participant_id = ?")) {
        uow.dialect.setUuid(ps, 2, contribution.value());
        uow.dialect.setUuid(ps, 3, participant.value());
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          String support = rs.getString(1);
          int stance = rs.getInt(2);
          OptionalInt stanceMillis = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(stance);
          return Optional.of(new Reaction(contribution, participant, Optional.ofNullable(support).map(Support::valueOf), stanceMillis,
              Sql.instant(rs.getLong(3))));
        }
      }
    });
  }

  @Override
  public void save(ConsultationId consultation, Reaction reaction) {
    Sql.call("saving a reaction", () -> {
      try (PreparedStatement ps = uow.prepare(uow.dialect.upsert(uow.tables.reaction,
          List.of("tenant_id", "contribution_id", "participant_id"), List.of("consultation_id", "support", "stance_millis", "at_us")))) {
        uow.dialect.setUuid(ps, 2, reaction.contribution().value());
        uow.dialect.setUuid(ps, 3, reaction.participant().value());
        uow.dialect.setUuid(ps, 4, consultation.value());
        ps.setString(5, reaction.support().map(Support::name).orElse(null));
        if (reaction.stanceMillis().isPresent()) {
          ps.setInt(6, reaction.stanceMillis().getAsInt());
        } else {
          ps.setNull(6, Types.INTEGER);
        }
        ps.setLong(7, Sql.micros(reaction.at()));
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public boolean delete(ConsultationId consultation, ContributionId contribution, ParticipantId participant) {
    return Sql.call("deleting a reaction", () -> {
      try (PreparedStatement ps = uow.prepare("DELETE FROM " + uow.tables.reaction
          + " WHERE tenant_id = ? AND contribution_id = ? AND participant_id = ?")) {
        uow.dialect.setUuid(ps, 2, contribution.value());
        uow.dialect.setUuid(ps, 3, participant.value());
        return ps.executeUpdate() > 0;
      }
    });
  }

  @Override
  public long supportsGiven(ConsultationId consultation, ParticipantId participant) {
    return Sql.call("counting supports", () -> {
      try (PreparedStatement ps = uow.prepare("SELECT COUNT(*) FROM " + uow.tables.reaction
          + " WHERE tenant_id = ? AND consultation_id = ? AND participant_id = ? AND support = ?")) {
        uow.dialect.setUuid(ps, 2, consultation.value());
        uow.dialect.setUuid(ps, 3, participant.value());
        ps.setString(4, Support.SUPPORT.name());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
  }

  @Override
  public java.util.List<Reaction> reactions(ConsultationId consultation, Optional<Reaction> after, int limit) {
    // keyset on the primary key's order (contribution, participant); uuid (PostgreSQL) and lower-case CHAR(36) sort as unsigned numbers
    String sql = "SELECT contribution_id, participant_id, support, stance_millis, at_us FROM " + uow.tables.reaction
        + " WHERE tenant_id = ? AND consultation_id = ?"
        + (after.isPresent() ? " AND (contribution_id > ? OR (contribution_id = ? AND participant_id > ?))" : "")
        + " ORDER BY contribution_id, participant_id LIMIT ?";
    return Sql.call("listing the reactions of consultation " + consultation, () -> {
      try (PreparedStatement ps = uow.prepare(sql)) {
        int i = 2;
        uow.dialect.setUuid(ps, i++, consultation.value());
        if (after.isPresent()) {
          uow.dialect.setUuid(ps, i++, after.get().contribution().value());
          uow.dialect.setUuid(ps, i++, after.get().contribution().value());
          uow.dialect.setUuid(ps, i++, after.get().participant().value());
        }
        ps.setInt(i, limit);
        java.util.List<Reaction> out = new java.util.ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String support = rs.getString(3);
            int stance = rs.getInt(4);
            OptionalInt stanceMillis = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(stance);
            out.add(new Reaction(new ContributionId(uow.dialect.getUuid(rs, "contribution_id")), new ParticipantId(uow.dialect.getUuid(rs, "participant_id")),
                Optional.ofNullable(support).map(Support::valueOf), stanceMillis, Sql.instant(rs.getLong(5))));
          }
        }
        return out;
      }
    });
  }
}
