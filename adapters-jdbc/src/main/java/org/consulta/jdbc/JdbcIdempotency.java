package org.consulta.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.consulta.core.store.IdempotencyRepository;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;

/** Outcomes of keyed commands in {@code <prefix>idempotency}: the command and result as JSON with their types. */
final class JdbcIdempotency implements IdempotencyRepository {
  private final JdbcUnitOfWork uow;

  JdbcIdempotency(JdbcUnitOfWork uow) {
    this.uow = uow;
  }

  @Override
  public Optional<Outcome> find(String subject, IdempotencyKey key) {
    return Sql.call("reading an idempotency outcome", () -> {
      try (PreparedStatement ps = uow.prepare("SELECT command_type, command, result_type, result, at_us FROM " + uow.tables.idempotency
          + " WHERE tenant_id = ? AND subject = ? AND idem_key = ?")) {
        ps.setString(2, uow.dialect.encodeText(subject));
        ps.setString(3, key.value());
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          Command command = (Command) uow.docs.read(rs.getString("command"), rs.getString("command_type"));
          Object result = uow.docs.read(rs.getString("result"), rs.getString("result_type"));
          return Optional.of(new Outcome(command, result, Sql.instant(rs.getLong("at_us"))));
        }
      }
    });
  }

  @Override
  public void save(String subject, IdempotencyKey key, Outcome outcome) {
    Sql.call("saving an idempotency outcome", () -> {
      try (PreparedStatement ps = uow.prepare("INSERT INTO " + uow.tables.idempotency
          + " (tenant_id, subject, idem_key, command_type, command, result_type, result, at_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(2, uow.dialect.encodeText(subject));
        ps.setString(3, key.value());
        ps.setString(4, outcome.command().getClass().getName());
        ps.setString(5, uow.docs.write(outcome.command()));
        ps.setString(6, outcome.result().getClass().getName());
        ps.setString(7, uow.docs.write(outcome.result()));
        ps.setLong(8, Sql.micros(outcome.at()));
        return ps.executeUpdate();
      }
    });
  }
}
