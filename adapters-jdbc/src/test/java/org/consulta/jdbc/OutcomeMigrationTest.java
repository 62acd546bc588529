package org.consulta.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.json.ConsultaJson;
import org.consulta.core.outcome.Theme;
import org.consulta.core.outcome.ThemeMembership;
import org.consulta.core.outcome.ThemeStats;
import org.consulta.core.participant.Demographics;
import org.consulta.core.participant.Participant;
import org.consulta.testkit.StoreSamples;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database migrated to V3 that already holds participants and contributions gives right outcome
 * figures after V4: V4_1 fills the contributions' visibility and campaign columns and the
 * participants' declared groups from their documents.
 */
@DisplayName("JdbcStore migration to outcomes (V3 to V4)")
class OutcomeMigrationTest {
  private static final String NAME = "consulta_v3_backfill";
  private static final String NUL_VALUE = "nul \u0000 and escape \u0001 inside";

  private final StoreSamples samples = new StoreSamples();

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  @DisplayName("rows written at V3 count by visibility, campaign and declared group after V4")
  void v3RowsAreBackfilled(TestDatabase db) throws Exception {
    Dialect dialect = Dialect.valueOf(db.name());
    try (HikariDataSource ds = db.open(NAME)) {
      Flyway full = JdbcMigrations.flyway(ds, dialect, db.schema(NAME), "consulta_");
      Flyway.configure(getClass().getClassLoader()).configuration(full.getConfiguration()).target("3").load().migrate();
      Tables tables = new Tables(db.schema(NAME), "consulta_");

      TenantId tenant = TenantId.of("migrated");
      Participant north = samples.participant(tenant).demographics(Map.of("district", "north", "age_band", "16_64")).build();
      Participant silent = samples.participant(tenant).demographics(Map.of("district", Demographics.PREFER_NOT_TO_SAY)).build();
      Participant odd = samples.participant(tenant).demographics(Map.of("district", NUL_VALUE)).build();
      Consultation c = samples.consultation(tenant).build();
      CampaignId campaign = new CampaignId(samples.nextUuid());
      Contribution campaigned = samples.contribution(c).author(north.id()).campaign(campaign).build();
      Contribution confidential = samples.contribution(c).author(silent.id()).confidential().campaign(campaign).build();
      Contribution plain = samples.contribution(c).author(odd.id()).channel(Channel.PAPER).build();
      Contribution anonymous = samples.contribution(c).build();
      try (Connection connection = ds.getConnection()) {
        for (Participant p : List.of(north, silent, odd)) {
          insertV3(connection, dialect, "INSERT INTO " + tables.participant + " (tenant_id, id, version, external_ref, doc) VALUES (?, ?, 1, NULL, ?)",
              tenant, p.id().value(), ConsultaJson.mapper().writeValueAsString(p));
        }
        for (Contribution x : List.of(campaigned, confidential, plain, anonymous)) {
          try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + tables.contribution + " (tenant_id, id, consultation_id, version,"
              + " kind, state, channel, category, author_id, parent_id, submitted_us, doc) VALUES (?, ?, ?, 1, ?, ?, ?, NULL, ?, NULL, ?, ?)")) {
            ps.setString(1, tenant.value());
            dialect.setUuid(ps, 2, x.id().value());
            dialect.setUuid(ps, 3, c.id().value());
            ps.setString(4, x.kind().name());
            ps.setString(5, x.state().name());
            ps.setString(6, x.channel().name());
            if (x.author().isPresent()) {
              dialect.setUuid(ps, 7, x.author().get().value());
            } else {
              dialect.setNullUuid(ps, 7);
            }
            ps.setLong(8, Sql.micros(x.submittedAt()));
            ps.setString(9, ConsultaJson.mapper().writeValueAsString(x));
            ps.executeUpdate();
          }
        }
      }

      JdbcStore store = db.store(ds, NAME);
      Theme theme = samples.theme(c);
      store.inTransaction(tenant, uow -> {
        uow.participants().saveDemographicSchema(StoreSamples.schema("north", "south"));
        uow.outcomes().insertTheme(theme);
        for (Contribution x : List.of(campaigned, confidential, plain, anonymous)) {
          uow.outcomes().addMember(new ThemeMembership(theme.id(), x.id(), c.id(), "staff-1", StoreSamples.at(500)));
        }
        return null;
      });
      store.inTransaction(tenant, uow -> {
        assertThat(uow.outcomes().themeStats(c.id())).containsExactly(new ThemeStats(theme.id(), 3,
            Map.of(Channel.ONLINE, 2L, Channel.PAPER, 1L),
            Map.of("age_band", Map.of("16_64", 1L, ThemeStats.UNDECLARED, 2L),
                "district", Map.of("north", 1L, NUL_VALUE, 1L, ThemeStats.UNDECLARED, 1L))));
        assertThat(uow.outcomes().publicMembers(theme.id(), 10)).containsExactly(campaigned, plain, anonymous);
        assertThat(uow.outcomes().campaignMembers(campaign, 10)).containsExactly(campaigned, confidential);
        assertThat(uow.outcomes().members(theme.id(), Optional.empty(), 10)).hasSize(4);
        return null;
      });
    }
  }

  private static void insertV3(Connection connection, Dialect dialect, String sql, TenantId tenant, UUID id, String doc) throws Exception {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, tenant.value());
      dialect.setUuid(ps, 2, id);
      ps.setString(3, doc);
      ps.executeUpdate();
    }
  }
}
