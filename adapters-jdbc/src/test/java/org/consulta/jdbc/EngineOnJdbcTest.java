package org.consulta.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseSchedule;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionCounts;
import org.consulta.core.contribution.ContributionQuery;
import org.consulta.core.contribution.ReactionChange;
import org.consulta.core.contribution.Support;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.participant.NewParticipantBuilder;
import org.consulta.core.participant.Participant;
import org.consulta.core.value.IdempotencyKey;
import org.consulta.core.value.Page;
import org.consulta.core.value.PageRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The core engine end to end on {@link JdbcStore}, on each database. */
@DisplayName("The engine on the JDBC store")
class EngineOnJdbcTest {
  private static final String NAME = "consulta_engine";
  private static final StoresByDatabase STORES = new StoresByDatabase(NAME);

  private static JdbcStore store(TestDatabase db) {
    return STORES.store(db);
  }

  @AfterAll
  static void close() {
    STORES.close();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  @DisplayName("a consultation runs from creation to its scheduled close, and the log tells it in canonical event types")
  void aConsultationRunsEndToEnd(TestDatabase db) {
    JdbcFixtures f = new JdbcFixtures(store(db));
    Consultation draft = f.consulta.consultations().create(f.manager, f.consultationDraft()
        .schedule(new PhaseSchedule(Optional.empty(), Optional.of(JdbcFixtures.START.plus(Duration.ofDays(7))), Optional.empty(), Optional.empty()))
        .build());
    Consultation c = f.open(draft);
    assertThat(c.phase()).isEqualTo(Phase.OPEN);
    Participant ana = f.register();
    Participant rui = f.register();

    List<Contribution> submitted = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      submitted.add(f.submitIdea(c, i % 2 == 0 ? ana : rui, "online idea " + i));
      f.advance(Duration.ofSeconds(1));
    }
    for (int i = 0; i < 3; i++) {
      submitted.add(f.consulta.contributions().submit(f.moderator, f.idea(c, "paper idea " + i).channel(Channel.PAPER).onBehalfOf(rui.id()).build()));
      f.advance(Duration.ofSeconds(1));
    }
    assertThat(submitted.get(7).recordedBy()).contains("staff-moderator");
    assertThat(submitted.get(7).author()).contains(rui.id());

    Contribution supported = f.consulta.contributions().react(f.actor(ana), ReactionChange.of(submitted.get(1).id(), Support.SUPPORT));
    f.consulta.contributions().react(f.actor(rui), ReactionChange.of(submitted.get(1).id(), Support.SUPPORT));
    assertThat(f.consulta.contributions().get(f.visitor, supported.id()).tally().supports()).isEqualTo(2);

    List<Contribution> listed = new ArrayList<>();
    PageRequest page = PageRequest.first(4);
    int pages = 0;
    while (true) {
      Page<Contribution> one = f.consulta.contributions().list(f.visitor, ContributionQuery.of(c.id()), page);
      listed.addAll(one.items());
      pages++;
      if (one.next().isEmpty()) {
        break;
      }
      page = PageRequest.after(one.next().get(), 4);
    }
    assertThat(pages).isEqualTo(3);
    assertThat(listed).extracting(Contribution::id).containsExactlyElementsOf(submitted.stream().map(Contribution::id).toList());
    assertThat(f.consulta.contributions().mine(f.actor(ana), PageRequest.first()).items()).hasSize(4);

    ContributionCounts counts = f.consulta.contributions().counts(f.visitor, c.id());
    assertThat(counts.total()).isEqualTo(10);
    assertThat(counts.byChannel()).containsEntry(Channel.ONLINE, 7L).containsEntry(Channel.PAPER, 3L);
    assertThat(counts.byKind()).containsEntry(ContributionKind.IDEA, 10L);

    f.advance(Duration.ofDays(8));
    Consultation closed = f.consulta.consultations().get(f.visitor, c.id());
    assertThat(closed.phase()).isEqualTo(Phase.CLOSED);
    assertThat(closed.history()).last().satisfies(h -> {
      assertThat(h.to()).isEqualTo(Phase.CLOSED);
      assertThat(h.scheduled()).isTrue();
      assertThat(h.at()).isEqualTo(JdbcFixtures.START.plus(Duration.ofDays(7)));
    });
    assertThat(f.consulta.consultations().get(f.manager, c.id()).publicView()).isEqualTo(closed);

    List<RecordedEvent> events = f.allEvents();
    assertThat(events).extracting(e -> e.event().type()).containsSubsequence(
        "consultation.created", "phase.changed", "participant.registered", "participant.registered",
        "contribution.submitted", "reaction.set", "reaction.set", "phase.changed");
    assertThat(events).filteredOn(e -> e.event() instanceof ConsultaEvent.ContributionSubmitted).hasSize(10);
    RecordedEvent close = events.get(events.size() - 1);
    assertThat(close.actor()).isEqualTo("clock");
    assertThat(close.event()).isEqualTo(new ConsultaEvent.PhaseChanged(c.id(), Phase.OPEN, Phase.CLOSED, JdbcFixtures.START.plus(Duration.ofDays(7)), true));
    assertThat(events).extracting(RecordedEvent::position).containsExactlyElementsOf(
        java.util.stream.LongStream.rangeClosed(1, events.size()).boxed().toList());
    assertThat(f.heard).containsExactlyElementsOf(events);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  @DisplayName("a repeated idempotency key returns the first result, read back from its stored JSON, and records nothing")
  void repeatedIdempotencyKeyReturnsTheFirstResult(TestDatabase db) {
    JdbcFixtures f = new JdbcFixtures(store(db));
    Consultation c = f.openConsultation();
    Participant p = f.consulta.participants().register(f.visitor, new NewParticipantBuilder().displayName("Ana").putDemographics("age_band", "30_64")
        .idempotencyKey(IdempotencyKey.of("register-ana")).build());
    assertThat(f.consulta.participants().register(f.visitor, new NewParticipantBuilder().displayName("Ana").putDemographics("age_band", "30_64")
        .idempotencyKey(IdempotencyKey.of("register-ana")).build())).isEqualTo(p);

    Contribution first = f.consulta.contributions().submit(f.actor(p), f.idea(c, "once").idempotencyKey(IdempotencyKey.of("idea-1")).build());
    long position = f.lastPosition();
    f.advance(Duration.ofMinutes(5));
    Contribution again = f.consulta.contributions().submit(f.actor(p), f.idea(c, "once").idempotencyKey(IdempotencyKey.of("idea-1")).build());
    assertThat(again).isEqualTo(first);
    assertThat(f.lastPosition()).isEqualTo(position);
    assertThat(f.consulta.contributions().counts(f.visitor, c.id()).total()).isEqualTo(1);
    assertThatThrownBy(() -> f.consulta.contributions().submit(f.actor(p), f.idea(c, "different").idempotencyKey(IdempotencyKey.of("idea-1")).build()))
        .isInstanceOf(org.consulta.core.error.ConflictException.class)
        .hasMessageContaining("idea-1");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  @DisplayName("another tenant's actors find none of this tenant's consultations, contributions or participants")
  void anotherTenantSeesNothing(TestDatabase db) {
    JdbcFixtures f = new JdbcFixtures(store(db));
    JdbcFixtures other = new JdbcFixtures(store(db));
    Consultation c = f.openConsultation();
    Participant p = f.register();
    Contribution idea = f.submitIdea(c, p, "ours");
    Actor stranger = Actor.of(other.tenant, "staff-admin", Role.ADMIN);

    assertThatThrownBy(() -> other.consulta.consultations().get(stranger, c.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> other.consulta.contributions().get(stranger, idea.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> other.consulta.participants().get(stranger, p.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> other.consulta.contributions().react(Actor.participant(other.tenant, p.id()),
        ReactionChange.of(idea.id(), Support.SUPPORT))).isInstanceOf(NotFoundException.class);
    assertThat(other.consulta.consultations().list(stranger, Optional.empty(), PageRequest.first()).items()).isEmpty();
    assertThatThrownBy(() -> other.consulta.contributions().counts(stranger, c.id())).isInstanceOf(NotFoundException.class);
    assertThat(other.allEvents()).allSatisfy(e -> assertThat(e.tenant()).isEqualTo(other.tenant)).hasSize(1);

    // both engines draw ids from the same seed and clock, so the other tenant's rows may reuse these very ids
    Consultation theirs = other.openConsultation();
    Contribution theirIdea = other.submitIdea(theirs, other.register(), "theirs");
    assertThat(other.consulta.contributions().get(other.visitor, theirIdea.id()).body()).contains("theirs");
    assertThat(f.consulta.contributions().get(f.visitor, idea.id())).isEqualTo(idea);
    assertThat(f.consulta.contributions().counts(f.visitor, c.id()).total()).isEqualTo(1);
    assertThat(other.consulta.contributions().counts(other.visitor, theirs.id()).total()).isEqualTo(1);
  }
}
