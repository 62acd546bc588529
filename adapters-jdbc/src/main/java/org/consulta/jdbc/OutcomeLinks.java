package org.consulta.jdbc;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.consulta.core.outcome.Decision;
import org.consulta.core.outcome.DecisionId;
import org.consulta.core.outcome.Result;
import org.consulta.core.outcome.ThemeId;

/**
 * The link rows of decisions ({@code decision_input}: the themes and contributions that informed
 * one) and results ({@code result_decision}: the decisions one carries out), rewritten with each
 * insert and update, and the reverse look-ups over them.
 */
final class OutcomeLinks {
  /** Ids per look-up query, as {@link JdbcParticipants#findAll} chunks them. */
  private static final int CHUNK = 1_000;

  private OutcomeLinks() {}

  static void decisionInputs(JdbcUnitOfWork uow, Decision d) {
    List<Object[]> rows = new ArrayList<>();
    d.contributions().stream().map(c -> c.value()).distinct().forEach(id -> rows.add(new Object[] {JdbcOutcomes.CONTRIBUTION, id}));
    d.themes().stream().map(ThemeId::value).distinct().forEach(id -> rows.add(new Object[] {JdbcOutcomes.THEME, id}));
    Sql.call("storing the input of decision " + d.id(), () -> {
      try (PreparedStatement ps = uow.prepare("DELETE FROM " + uow.tables.decisionInput + " WHERE tenant_id = ? AND decision_id = ?")) {
        uow.dialect.setUuid(ps, 2, d.id().value());
        ps.executeUpdate();
      }
      if (rows.isEmpty()) {
        return null;
      }
      try (PreparedStatement ps = uow.prepare("INSERT INTO " + uow.tables.decisionInput
          + " (tenant_id, decision_id, target_kind, target_id) VALUES (?, ?, ?, ?)")) {
        for (Object[] row : rows) {
          uow.dialect.setUuid(ps, 2, d.id().value());
          ps.setString(3, (String) row[0]);
          uow.dialect.setUuid(ps, 4, (UUID) row[1]);
          ps.addBatch();
        }
        return ps.executeBatch();
      }
    });
  }

  static void resultDecisions(JdbcUnitOfWork uow, Result r) {
    List<UUID> decisions = r.decisions().stream().map(DecisionId::value).distinct().toList();
    Sql.call("storing the decisions of result " + r.id(), () -> {
      try (PreparedStatement ps = uow.prepare("DELETE FROM " + uow.tables.resultDecision + " WHERE tenant_id = ? AND result_id = ?")) {
        uow.dialect.setUuid(ps, 2, r.id().value());
        ps.executeUpdate();
      }
      if (decisions.isEmpty()) {
        return null;
      }
      try (PreparedStatement ps = uow.prepare("INSERT INTO " + uow.tables.resultDecision + " (tenant_id, result_id, decision_id) VALUES (?, ?, ?)")) {
        for (UUID decision : decisions) {
          uow.dialect.setUuid(ps, 2, r.id().value());
          uow.dialect.setUuid(ps, 3, decision);
          ps.addBatch();
        }
        return ps.executeBatch();
      }
    });
  }

  /**
   * The documents of {@code table} linked through {@code links} to any of {@code targets}, in
   * any order and possibly repeated across chunks (callers collect them by sort key).
   */
  static <T> List<T> linked(JdbcUnitOfWork uow, String table, String links, String ownerColumn, String targetColumn, String condition,
      List<UUID> targets, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (int from = 0; from < targets.size(); from += CHUNK) {
      List<UUID> chunk = targets.subList(from, Math.min(targets.size(), from + CHUNK));
      OutcomeQuery q = new OutcomeQuery(uow, "SELECT x.doc FROM " + table + " x WHERE x.tenant_id = ? AND x.id IN (SELECT i." + ownerColumn
          + " FROM " + links + " i WHERE i.tenant_id = x.tenant_id" + condition);
      q.andIn("i." + targetColumn, chunk).append(")");
      out.addAll(q.list("reading linked " + table, -1, rs -> uow.docs.read(rs.getString(1), type)));
    }
    return out;
  }
}
