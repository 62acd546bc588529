package org.consulta.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.moderation.Flag;
import org.consulta.core.moderation.MetricCount;
import org.consulta.core.moderation.ModerationCase;
import org.consulta.core.moderation.ModerationMetric;
import org.consulta.core.moderation.QueueFilter;
import org.consulta.testkit.StoreSamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the store kit cannot check because the in-memory store may serialize transactions: that a
 * claim skips the cases another open transaction has locked instead of waiting for it; and reason
 * codes of hostile text through the moderation tables.
 */
@DisplayName("JdbcStore moderation storage")
class ModerationStorageTest {
  private static final StoresByDatabase STORES = new StoresByDatabase("consulta_moderation");
  private static final Instant NOW = StoreSamples.at(1_000_000);

  private final StoreSamples samples = new StoreSamples();

  @AfterAll
  static void close() {
    STORES.close();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  @DisplayName("while one transaction holds the first claimable case, another claims the next one without waiting, with or without a reason filter")
  void claimSkipsLockedCasesWithoutWaiting(TestDatabase db) {
    JdbcStore store = STORES.store(db);
    TenantId tenant = JdbcKitSupport.tenant("claims", JdbcKitSupport.uniqueSuffix());
    Consultation c = samples.consultation(tenant).build();
    ModerationCase first = samples.moderationCase(idea(c)).priority(StoreSamples.at(1)).reasons("spam").build();
    ModerationCase second = samples.moderationCase(idea(c)).priority(StoreSamples.at(2)).reasons("spam", "abuse").build();
    ModerationCase third = samples.moderationCase(idea(c)).priority(StoreSamples.at(3)).reasons("spam").build();
    store.inTransaction(tenant, uow -> {
      for (ModerationCase k : List.of(first, second, third)) {
        uow.moderation().insert(k);
      }
      return null;
    });
    QueueFilter spam = new QueueFilter(Optional.empty(), Optional.of("spam"), Optional.empty(), true);

    store.inTransaction(tenant, uow -> {
      assertThat(uow.moderation().lockClaimable(QueueFilter.all(), NOW, 1)).containsExactly(first);
      // join() waits at most 20 s: a claim that waited for this transaction's lock would never finish
      List<ModerationCase> others = CompletableFuture.supplyAsync(() -> store.inTransaction(tenant, other ->
              other.moderation().lockClaimable(QueueFilter.all(), NOW, 1)))
          .orTimeout(20, TimeUnit.SECONDS).join();
      List<ModerationCase> othersBySpam = CompletableFuture.supplyAsync(() -> store.inTransaction(tenant, other ->
              other.moderation().lockClaimable(spam, NOW, 2)))
          .orTimeout(20, TimeUnit.SECONDS).join();
      assertThat(others).containsExactly(second);
      assertThat(othersBySpam).containsExactly(second, third);
      return null;
    });
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  @DisplayName("hostile reason codes read back equal from cases, flags and counters, and filter the queue exactly")
  void hostileReasonsRoundTrip(TestDatabase db) {
    JdbcStore store = STORES.store(db);
    TenantId tenant = JdbcKitSupport.tenant("reasons", JdbcKitSupport.uniqueSuffix());
    Consultation c = samples.consultation(tenant).build();
    LocalDate day = LocalDate.of(2030, 1, 1);
    for (String reason : HostileTextTest.HOSTILE) {
      Contribution idea = idea(c);
      ModerationCase k = samples.moderationCase(idea).reasons(reason, reason + "\u0001").build();
      Flag flag = samples.flag(idea.id(), samples.participantId(), reason);
      store.inTransaction(tenant, uow -> {
        uow.moderation().insert(k);
        uow.moderation().addFlag(flag);
        uow.moderation().count(c.id(), day, ModerationMetric.FLAGGED, reason, 1);
        return null;
      });
      store.inTransaction(tenant, uow -> {
        assertThat(uow.moderation().find(k.id())).contains(k);
        assertThat(uow.moderation().flags(idea.id())).containsExactly(flag);
        assertThat(uow.moderation().queue(new QueueFilter(Optional.empty(), Optional.of(reason), Optional.empty(), false), NOW,
            Optional.empty(), 100)).containsExactly(k);
        return null;
      });
    }
    List<MetricCount> counts = store.inTransaction(tenant, uow -> uow.moderation().counts(c.id(), day, day.plusDays(1)));
    assertThat(counts).extracting(MetricCount::reason).containsExactlyInAnyOrderElementsOf(HostileTextTest.HOSTILE);
  }

  private Contribution idea(Consultation c) {
    return samples.contribution(c).build();
  }
}
