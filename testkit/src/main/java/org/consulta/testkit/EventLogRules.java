package org.consulta.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.consulta.core.access.TenantId;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.store.UnitOfWork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rules of {@link org.consulta.core.store.EventLog}. */
abstract class EventLogRules extends KitRules {
  EventLogRules(StoreCompatibilityKit kit) {
    super(kit);
  }

  @Test
  @DisplayName("append numbers events 1, 2, 3, ... and returns them as recorded")
  void appendNumbersFromOne() {
    UUID id = samples.nextUuid();
    Instant at = samples.nextInstant();
    ConsultaEvent event = new ConsultaEvent.ParticipantRegistered(samples.participantId());
    RecordedEvent first = inA(uow -> uow.events().append(id, at, "subject-1", event));
    assertThat(first).isEqualTo(new RecordedEvent(a, 1, id, at, "subject-1", event));
    List<RecordedEvent> more = inA(uow -> List.of(append(uow), append(uow)));
    assertThat(more).extracting(RecordedEvent::position).containsExactly(2L, 3L);
    RecordedEvent fourth = inA(this::append);
    assertThat(fourth.position()).isEqualTo(4);
  }

  @Test
  @DisplayName("read returns the events after a position in position order, equal to those appended")
  void readReturnsAppended() {
    List<RecordedEvent> appended = appendInSeparateTransactions(a, 5);
    useA(uow -> assertThat(uow.events().read(0, 100)).containsExactlyElementsOf(appended));
    useA(uow -> assertThat(uow.events().read(3, 100)).containsExactlyElementsOf(appended.subList(3, 5)));
  }

  @Test
  @DisplayName("read pages by position: at most 'limit' events, empty after the last")
  void readPages() {
    List<RecordedEvent> appended = appendInSeparateTransactions(a, 5);
    useA(uow -> assertThat(uow.events().read(0, 2)).containsExactlyElementsOf(appended.subList(0, 2)));
    useA(uow -> assertThat(uow.events().read(2, 2)).containsExactlyElementsOf(appended.subList(2, 4)));
    useA(uow -> assertThat(uow.events().read(4, 2)).containsExactlyElementsOf(appended.subList(4, 5)));
    useA(uow -> assertThat(uow.events().read(5, 2)).isEmpty());
    useA(uow -> assertThat(uow.events().read(50, 2)).isEmpty());
  }

  @Test
  @DisplayName("lastPosition is 0 for an empty log, then the newest position")
  void lastPosition() {
    useA(uow -> assertThat(uow.events().lastPosition()).isZero());
    appendInSeparateTransactions(a, 3);
    useA(uow -> assertThat(uow.events().lastPosition()).isEqualTo(3));
    useA(uow -> {
      append(uow);
      assertThat(uow.events().lastPosition()).isEqualTo(4);
    });
  }

  @Test
  @DisplayName("a rolled-back transaction gives its positions back: the next commit reuses them")
  void rollbackGivesPositionsBack() {
    appendInSeparateTransactions(a, 2);
    assertThatThrownBy(() -> useA(uow -> {
      append(uow);
      append(uow);
      throw new Boom();
    })).isInstanceOf(Boom.class);
    useA(uow -> assertThat(uow.events().lastPosition()).isEqualTo(2));
    RecordedEvent next = inA(this::append);
    assertThat(next.position()).isEqualTo(3);
    useA(uow -> assertThat(uow.events().read(0, 10)).extracting(RecordedEvent::position).containsExactly(1L, 2L, 3L));
  }

  @Test
  @DisplayName("each tenant numbers its own events from 1")
  void eachTenantHasItsOwnNumbering() {
    List<RecordedEvent> ofA = appendInSeparateTransactions(a, 3);
    List<RecordedEvent> ofB = appendInSeparateTransactions(b, 2);
    assertThat(ofB).extracting(RecordedEvent::position).containsExactly(1L, 2L);
    assertThat(ofB).extracting(RecordedEvent::tenant).containsOnly(b);
    RecordedEvent fourth = inA(this::append);
    assertThat(fourth.position()).isEqualTo(4);
    useA(uow -> assertThat(uow.events().read(0, 10).subList(0, 3)).containsExactlyElementsOf(ofA));
    useB(uow -> assertThat(uow.events().read(0, 10)).containsExactlyElementsOf(ofB));
    useB(uow -> assertThat(uow.events().lastPosition()).isEqualTo(2));
  }

  private List<RecordedEvent> appendInSeparateTransactions(TenantId tenant, int n) {
    List<RecordedEvent> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(store.inTransaction(tenant, this::append));
    }
    return out;
  }

  private RecordedEvent append(UnitOfWork uow) {
    return uow.events().append(samples.nextUuid(), samples.nextInstant(), "subject-1",
        new ConsultaEvent.ParticipantRegistered(samples.participantId()));
  }
}
