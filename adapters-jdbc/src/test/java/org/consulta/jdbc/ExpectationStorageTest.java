package org.consulta.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.consulta.core.access.TenantId;
import org.consulta.core.expectation.CommitmentId;
import org.consulta.core.expectation.DeadlineTally;
import org.consulta.core.expectation.TrackedItem;
import org.consulta.core.expectation.TrackedItemKind;
import org.consulta.core.outcome.ThemeId;
import org.consulta.testkit.StoreSamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the store kit cannot check of the deadline ledger: that answering a large theme is one
 * statement per commitment and outcome that stays fast on tables the database has no statistics
 * for yet (each test class gets fresh tables, never analyzed).
 */
@DisplayName("JdbcStore expectation storage")
class ExpectationStorageTest {
  private static final String NAME = "consulta_expectation_storage";
  private static final StoresByDatabase STORES = new StoresByDatabase(NAME);
  private static final int ITEMS = 40_000;

  @AfterAll
  static void close() {
    STORES.close();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  @DisplayName("settleMembers answers a theme of 40,000 members among 40,000 open items in seconds, on tables without statistics")
  void settleMembersOfALargeThemeWithoutStatistics(TestDatabase db) throws SQLException {
    JdbcStore store = STORES.store(db);
    TenantId tenant = JdbcKitSupport.tenant("ledger", JdbcKitSupport.uniqueSuffix());
    CommitmentId k = new CommitmentId(UUID.randomUUID());
    ThemeId theme = new ThemeId(UUID.randomUUID());
    Instant start = StoreSamples.EPOCH;
    List<TrackedItem> items = new ArrayList<>();
    List<UUID> members = new ArrayList<>();
    for (int i = 0; i < ITEMS; i++) {
      UUID id = UUID.randomUUID();
      Instant due = start.plus(Duration.ofHours(i % 2 == 0 ? 10 : 1));
      items.add(new TrackedItem(k, TrackedItemKind.CONTRIBUTION, id, start, start, due));
      // every other tracked item is a member, and as many members are not tracked at all
      members.add(i % 4 < 2 ? id : UUID.randomUUID());
    }
    store.inTransaction(tenant, uow -> {
      uow.expectations().track(items);
      return null;
    });
    insertMembers(db, tenant, theme, members);

    long began = System.nanoTime();
    store.inTransaction(tenant, uow -> {
      uow.expectations().settleMembers(List.of(k), theme.value(), start.plus(Duration.ofHours(5)));
      return null;
    });
    Duration took = Duration.ofNanos(System.nanoTime() - began);

    DeadlineTally t = store.inTransaction(tenant, uow -> uow.expectations().tally(k, start.plus(Duration.ofHours(5)), 3));
    assertThat(List.of(t.total(), t.onTime(), t.late(), t.open())).containsExactly((long) ITEMS, ITEMS / 4L, ITEMS / 4L, ITEMS / 2L);
    assertThat(t.overdue()).isEqualTo(ITEMS / 4);
    // a plan that rescans the members per open item takes minutes here; the probe per item well under a second
    assertThat(took).isLessThan(Duration.ofSeconds(20));
  }

  private static void insertMembers(TestDatabase db, TenantId tenant, ThemeId theme, List<UUID> members) throws SQLException {
    String table = (db.schema(NAME) == null ? "" : NAME + ".") + "consulta_theme_member";
    try (Connection c = STORES.pool(db).getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO " + table
        + " (tenant_id, theme_id, contribution_id, consultation_id, submitted_us, added_by, added_us) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      UUID consultation = UUID.randomUUID();
      for (int i = 0; i < members.size(); i++) {
        ps.setString(1, tenant.value());
        setId(db, ps, 2, theme.value());
        setId(db, ps, 3, members.get(i));
        setId(db, ps, 4, consultation);
        ps.setLong(5, i);
        ps.setString(6, "staff-1");
        ps.setLong(7, i);
        ps.addBatch();
        if (i % 5_000 == 4_999) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
  }

  private static void setId(TestDatabase db, PreparedStatement ps, int index, UUID id) throws SQLException {
    if (db == TestDatabase.POSTGRESQL) {
      ps.setObject(index, id);
    } else {
      ps.setString(index, id.toString());
    }
  }
}
