package org.consulta.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.event.ExpectationEvent;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.expectation.CommitmentStatus;
import org.consulta.core.expectation.CommitmentTerms;
import org.consulta.core.expectation.DeadlineTally;
import org.consulta.core.expectation.Evaluation;
import org.consulta.core.expectation.ExpectationService;
import org.consulta.core.expectation.NewCommitment;
import org.consulta.core.expectation.Participation;
import org.consulta.core.expectation.ResponseScope;
import org.consulta.core.expectation.TimeAllowance;
import org.consulta.core.expectation.TrackedItem;
import org.consulta.core.outcome.NewResponse;
import org.consulta.core.outcome.NewTheme;
import org.consulta.core.outcome.ResponseStatus;
import org.consulta.core.outcome.Theme;
import org.consulta.core.outcome.ThemeMembers;
import org.consulta.core.value.LocalizedText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A commitment's life through the engine on {@link JdbcStore}, on each database, in virtual time. */
@DisplayName("Expectations through the engine on the JDBC store")
class ExpectationsOnJdbcTest {
  private static final String NAME = "consulta_expectations";
  private static final StoresByDatabase STORES = new StoresByDatabase(NAME);

  @AfterAll
  static void close() {
    STORES.close();
  }

  private static Evaluation only(JdbcFixtures f, Consultation c) {
    List<Evaluation> all = f.consulta.expectations().evaluate(f.manager, c.id());
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private static DeadlineTally tally(Evaluation e) {
    return (DeadlineTally) e.evidence();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  @DisplayName("a 24-hour response commitment goes on track, at risk and breached as the clock moves, and a late theme response counts late")
  void aResponseCommitmentLivesOnTheDatabase(TestDatabase db) {
    JdbcFixtures f = new JdbcFixtures(STORES.store(db));
    ExpectationService expectations = f.consulta.expectations();
    Actor responder = Actor.of(f.tenant, "staff-responder", Role.RESPONDER);
    Consultation draft = f.consulta.consultations().create(f.manager, f.consultationDraft().build());
    expectations.declare(f.manager, NewCommitment.of(draft.id(), CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.hours(24))));
    assertThat(only(f, draft).status()).isEqualTo(CommitmentStatus.PENDING);

    f.open(draft);
    Contribution first = f.submitIdea(draft, f.register(), "More benches");
    f.advance(Duration.ofHours(1));
    Contribution second = f.submitIdea(draft, f.register(), "Shade by the benches");
    Evaluation e = only(f, draft);
    assertThat(e.status()).isEqualTo(CommitmentStatus.ON_TRACK);
    assertThat(tally(e).total()).isEqualTo(2);
    assertThat(tally(e).nextDue()).contains(JdbcFixtures.START.plus(Duration.ofHours(24)));

    f.advance(Duration.ofHours(17)); // the first has used 18 of its 24 hours: the default risk share, 0.75
    e = only(f, draft);
    assertThat(e.status()).isEqualTo(CommitmentStatus.AT_RISK);
    assertThat(tally(e).atRisk()).isEqualTo(1);

    f.advance(Duration.ofHours(6).plusSeconds(1));
    e = only(f, draft);
    assertThat(e.status()).isEqualTo(CommitmentStatus.BREACHED);
    assertThat(List.of(tally(e).overdue(), tally(e).atRisk(), tally(e).open())).containsExactly(1L, 1L, 2L);
    assertThat(tally(e).overdueItems()).extracting(TrackedItem::id).containsExactly(first.id().value());
    assertThat(expectations.monitor(f.system)).isEmpty();

    Theme seating = f.consulta.outcomes().createTheme(responder, NewTheme.of(draft.id(), LocalizedText.of("en", "Seating")));
    f.consulta.outcomes().addToTheme(responder, ThemeMembers.of(seating.id(), first.id(), second.id()));
    f.consulta.outcomes().respond(responder, NewResponse.toTheme(seating.id(), ResponseStatus.ACCEPTED, null));
    e = only(f, draft);
    assertThat(e.status()).isEqualTo(CommitmentStatus.BREACHED);
    assertThat(List.of(tally(e).total(), tally(e).onTime(), tally(e).late(), tally(e).open())).containsExactly(2L, 1L, 1L, 0L);
    assertThat(e.value()).isEqualTo(0.5);

    Participation taking = f.store.inTransaction(f.tenant, uow -> uow.expectations().participation(draft.id()));
    assertThat(taking).isEqualTo(new Participation(2, Map.of("age_band", Map.of("30_64", 2L), "district", Map.of("north", 2L))));
    assertThat(f.heard).extracting(RecordedEvent::event).filteredOn(ExpectationEvent.CommitmentStatusChanged.class::isInstance)
        .extracting(ev -> ((ExpectationEvent.CommitmentStatusChanged) ev).to())
        .containsExactly(CommitmentStatus.ON_TRACK, CommitmentStatus.AT_RISK, CommitmentStatus.BREACHED);
  }
}
