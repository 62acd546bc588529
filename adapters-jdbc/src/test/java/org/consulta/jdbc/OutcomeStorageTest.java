package org.consulta.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.outcome.Decision;
import org.consulta.core.outcome.NoticeKind;
import org.consulta.core.outcome.NoticeRequest;
import org.consulta.core.outcome.PendingNotice;
import org.consulta.core.outcome.Response;
import org.consulta.core.outcome.ResponseStatus;
import org.consulta.core.outcome.Result;
import org.consulta.core.outcome.Theme;
import org.consulta.core.outcome.ThemeMembership;
import org.consulta.core.outcome.ThemeStats;
import org.consulta.core.participant.DemographicDimension;
import org.consulta.core.participant.DemographicSchema;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.LocalizedText;
import org.consulta.testkit.StoreSamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the store kit cannot check: that two open transactions locking pending notices get
 * disjoint recipients without waiting for each other, and outcome texts of hostile text through the
 * outcome tables (documents and the encoded columns: who added a member, notice subjects, declared
 * demographic values).
 */
@DisplayName("JdbcStore outcome storage")
class OutcomeStorageTest {
  private static final StoresByDatabase STORES = new StoresByDatabase("consulta_outcomes");

  private final StoreSamples samples = new StoreSamples();

  @AfterAll
  static void close() {
    STORES.close();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  @DisplayName("while one transaction holds the first recipients' notices, another locks the next recipients without waiting")
  void lockingNoticesSkipsLockedRecipients(TestDatabase db) {
    JdbcStore store = STORES.store(db);
    TenantId tenant = JdbcKitSupport.tenant("notices", JdbcKitSupport.uniqueSuffix());
    Consultation c = samples.consultation(tenant).build();
    List<Contribution> ideas = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ideas.add(samples.contribution(c).author(samples.participantId()).build());
    }
    store.inTransaction(tenant, uow -> {
      uow.contributions().insertAll(ideas);
      for (Contribution idea : ideas) {
        uow.outcomes().queueNotices(new NoticeRequest(c.id(), NoticeKind.RESPONDED, "r1", Set.of(idea.id()), Set.of(), StoreSamples.at(10)));
        uow.outcomes().queueNotices(new NoticeRequest(c.id(), NoticeKind.RESPONSE_REVISED, "r1", Set.of(idea.id()), Set.of(), StoreSamples.at(20)));
      }
      return null;
    });
    store.inTransaction(tenant, uow -> {
      List<PendingNotice> mine = uow.outcomes().lockPendingNotices(2);
      assertThat(recipients(mine)).containsExactly(author(ideas.get(0)), author(ideas.get(1)));
      assertThat(mine).hasSize(4);
      // join() waits at most 20 s: a lock that waited for this transaction would never finish
      List<PendingNotice> theirs = CompletableFuture.supplyAsync(() -> store.inTransaction(tenant, other ->
              other.outcomes().lockPendingNotices(2)))
          .orTimeout(20, TimeUnit.SECONDS).join();
      assertThat(recipients(theirs)).containsExactly(author(ideas.get(2)), author(ideas.get(3)));
      assertThat(theirs).hasSize(4);
      return null;
    });
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  @DisplayName("hostile text in themes, responses, decisions, results, memberships, notice subjects and declared groups reads back byte for byte")
  void hostileOutcomeTextRoundTrips(TestDatabase db) {
    JdbcStore store = STORES.store(db);
    TenantId tenant = JdbcKitSupport.tenant("hostile", JdbcKitSupport.uniqueSuffix());
    List<String> hostile = HostileTextTest.HOSTILE;
    store.inTransaction(tenant, uow -> {
      uow.participants().saveDemographicSchema(new DemographicSchema(List.of(
          new DemographicDimension("district", LocalizedText.of("en", "District"), hostile, false))));
      return null;
    });
    Consultation c = samples.consultation(tenant).build();
    Theme theme = samples.theme(c);
    store.inTransaction(tenant, uow -> {
      uow.outcomes().insertTheme(theme);
      return null;
    });
    for (String text : hostile) {
      Participant author = samples.participant(tenant).demographics(Map.of("district", text)).build();
      Contribution idea = samples.contribution(c).author(author.id()).build();
      Theme titled = new Theme(samples.theme(c).id(), tenant, c.id(), 1, LocalizedText.of("en", text), Optional.of(LocalizedText.of("fr", text)),
          theme.origin(), Optional.empty(), text, theme.createdAt(), theme.createdAt());
      Response response = withRationale(samples.response(idea, StoreSamples.at(100)), text);
      Decision decision = samples.decision(c, List.of(titled.id()), List.of(idea.id()));
      Decision textual = new Decision(decision.id(), tenant, c.id(), 1, LocalizedText.of("en", text), LocalizedText.of("en", text), text,
          Optional.of(text), decision.decidedOn(), LocalizedText.of("en", text), decision.effect(), decision.themes(), decision.contributions(),
          text, decision.createdAt(), decision.updatedAt());
      Result result = samples.result(c, List.of(decision.id()));
      Result described = new Result(result.id(), tenant, c.id(), 1, Optional.empty(), LocalizedText.of("en", text),
          Optional.of(LocalizedText.of("en", text)), result.status(), 10, result.milestones(), result.decisions(), result.timeline(),
          result.createdAt(), result.updatedAt());
      ThemeMembership membership = new ThemeMembership(theme.id(), idea.id(), c.id(), text, StoreSamples.at(50));
      NoticeRequest notice = new NoticeRequest(c.id(), NoticeKind.DECISION_RECORDED, text, Set.of(idea.id()), Set.of(), StoreSamples.at(60));
      store.inTransaction(tenant, uow -> {
        uow.participants().insert(author);
        uow.contributions().insert(idea);
        uow.outcomes().insertTheme(titled);
        uow.outcomes().insertResponse(response);
        uow.outcomes().insertDecision(textual);
        uow.outcomes().insertResult(described);
        uow.outcomes().addMember(membership);
        uow.outcomes().queueNotices(notice);
        return null;
      });
      store.inTransaction(tenant, uow -> {
        assertThat(uow.outcomes().theme(titled.id())).contains(titled);
        assertThat(bytes(uow.outcomes().theme(titled.id()).orElseThrow().createdBy())).isEqualTo(bytes(text));
        assertThat(uow.outcomes().responseToContribution(idea.id())).contains(response);
        assertThat(uow.outcomes().decision(textual.id())).contains(textual);
        assertThat(uow.outcomes().result(described.id())).contains(described);
        assertThat(uow.outcomes().membershipsOf(idea.id())).singleElement()
            .satisfies(m -> assertThat(bytes(m.addedBy())).isEqualTo(bytes(text)));
        List<PendingNotice> pending = uow.outcomes().lockPendingNotices(1);
        assertThat(pending).singleElement().satisfies(n -> assertThat(bytes(n.subject())).isEqualTo(bytes(text)));
        uow.outcomes().markNoticesDone(pending, StoreSamples.at(70));
        assertThat(uow.outcomes().lockPendingNotices(1)).isEmpty();
        return null;
      });
    }
    ThemeStats stats = store.inTransaction(tenant, uow -> uow.outcomes().themeStats(c.id())).get(0);
    assertThat(stats.total()).isEqualTo(hostile.size());
    assertThat(stats.byChannel()).isEqualTo(Map.of(Channel.ONLINE, (long) hostile.size()));
    assertThat(stats.byGroup().get("district").keySet()).containsExactlyInAnyOrderElementsOf(hostile);
  }

  private static Response withRationale(Response r, String text) {
    return new Response(r.id(), r.tenant(), r.consultation(), r.contribution(), r.theme(), 1, ResponseStatus.OUT_OF_SCOPE,
        Optional.of(LocalizedText.of("en", text)), text, r.respondedAt(), r.firstRespondedAt(), List.of());
  }

  private static List<ParticipantId> recipients(List<PendingNotice> notices) {
    return notices.stream().map(PendingNotice::recipient).distinct().toList();
  }

  private static ParticipantId author(Contribution c) {
    return c.author().orElseThrow();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
