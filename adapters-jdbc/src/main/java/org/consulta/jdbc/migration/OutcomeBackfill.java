package org.consulta.jdbc.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.Visibility;
import org.consulta.core.json.ConsultaJson;
import org.consulta.core.participant.Participant;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Version 4.1 of every dialect: fills what V4 added to rows written before it (a contribution's
 * {@code visibility} and {@code campaign_id}, a participant's {@code participant_group} rows) from
 * their JSON documents, read with Consulta's own mapping, so every database reads them the same way
 * and no database JSON function has to cope with escaped NUL characters. Pages through each table
 * by primary key, 500 rows at a time. Not API: Flyway finds and runs the per-dialect subclasses.
 *
 * <p>Not thread-safe; Flyway runs it once.
 */
public abstract class OutcomeBackfill extends BaseJavaMigration {
  private static final int PAGE = 500;
  /** Dimension keys as {@code DemographicDimension} allows them; other keys can never be counted. */
  private static final Pattern DIMENSION = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  private final boolean nativeUuid;
  private final ObjectMapper mapper = ConsultaJson.mapper();

  /** @param nativeUuid whether ids are bound as {@code UUID} objects (PostgreSQL) rather than text */
  protected OutcomeBackfill(boolean nativeUuid) {
    this.nativeUuid = nativeUuid;
  }

  /**
   * The dimensions and values a participant declared, as {@code participant_group} holds them:
   * "prefer not to say" is not declared, and keys no schema could hold are left out.
   *
   * @param p a participant
   * @return dimension to declared value
   */
  public static Map<String, String> declaredGroups(Participant p) {
    Map<String, String> out = new java.util.TreeMap<>();
    p.demographics().values().keySet().stream()
        .filter(k -> DIMENSION.matcher(k).matches())
        .forEach(k -> p.demographics().declared(k).ifPresent(v -> out.put(k, v)));
    return out;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Map<String, String> placeholders = context.getConfiguration().getPlaceholders();
    String prefix = placeholders.getOrDefault("qualifier", "") + placeholders.getOrDefault("prefix", "");
    Connection connection = context.getConnection();
    contributions(connection, prefix + "contribution");
    participants(connection, prefix + "participant", prefix + "participant_group");
  }

  private void contributions(Connection connection, String table) throws Exception {
    String update = "UPDATE " + table + " SET visibility = ?, campaign_id = ? WHERE tenant_id = ? AND id = ?";
    page(connection, table, rows -> {
      try (PreparedStatement ps = connection.prepareStatement(update)) {
        int batched = 0;
        for (Row row : rows) {
          Contribution c = mapper.readValue(row.doc, Contribution.class);
          if (c.visibility() == Visibility.PUBLIC && c.campaign().isEmpty()) {
            continue;
          }
          ps.setString(1, c.visibility().name());
          if (c.campaign().isPresent()) {
            setUuid(ps, 2, c.campaign().get().value());
          } else {
            ps.setNull(2, nativeUuid ? java.sql.Types.OTHER : java.sql.Types.CHAR);
          }
          ps.setString(3, row.tenant);
          setUuid(ps, 4, row.id);
          ps.addBatch();
          batched++;
        }
        if (batched > 0) {
          ps.executeBatch();
        }
      }
    });
  }

  private void participants(Connection connection, String table, String groups) throws Exception {
    String insert = "INSERT INTO " + groups + " (tenant_id, participant_id, dimension, dim_value) VALUES (?, ?, ?, ?)";
    page(connection, table, rows -> {
      try (PreparedStatement ps = connection.prepareStatement(insert)) {
        int batched = 0;
        for (Row row : rows) {
          Participant p = mapper.readValue(row.doc, Participant.class);
          for (Map.Entry<String, String> g : declaredGroups(p).entrySet()) {
            ps.setString(1, row.tenant);
            setUuid(ps, 2, row.id);
            ps.setString(3, g.getKey());
            ps.setString(4, encode(g.getValue()));
            ps.addBatch();
            batched++;
          }
        }
        if (batched > 0) {
          ps.executeBatch();
        }
      }
    });
  }

  /**
   * The value as the store writes it (PostgreSQL escapes NUL, see {@code Dialect.encodeText}).
   *
   * @param value a declared value
   * @return the stored form
   */
  protected String encode(String value) {
    return value;
  }

  private void setUuid(PreparedStatement ps, int index, UUID id) throws SQLException {
    if (nativeUuid) {
      ps.setObject(index, id);
    } else {
      ps.setString(index, id.toString());
    }
  }

  private void page(Connection connection, String table, Page work) throws Exception {
    String first = "SELECT tenant_id, id, doc FROM " + table + " ORDER BY tenant_id, id LIMIT " + PAGE;
    String next = "SELECT tenant_id, id, doc FROM " + table + " WHERE tenant_id > ? OR (tenant_id = ? AND id > ?) ORDER BY tenant_id, id LIMIT " + PAGE;
    Row last = null;
    while (true) {
      List<Row> rows = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement(last == null ? first : next)) {
        if (last != null) {
          ps.setString(1, last.tenant);
          ps.setString(2, last.tenant);
          setUuid(ps, 3, last.id);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(new Row(rs.getString(1), UUID.fromString(rs.getString(2)), rs.getString(3)));
          }
        }
      }
      if (rows.isEmpty()) {
        return;
      }
      work.run(rows);
      last = rows.get(rows.size() - 1);
    }
  }

  private record Row(String tenant, UUID id, String doc) {}

  @FunctionalInterface
  private interface Page {
    void run(List<Row> rows) throws Exception;
  }
}
