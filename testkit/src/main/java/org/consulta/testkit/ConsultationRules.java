package org.consulta.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseSchedule;
import org.consulta.core.error.ConflictException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.VersionConflictException;
import org.consulta.core.value.Page;
import org.consulta.core.value.PageRequest;
import org.consulta.core.value.SortKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rules of {@link org.consulta.core.consultation.ConsultationRepository}. */
abstract class ConsultationRules extends KitRules {
  private static final Comparator<Consultation> LISTING_ORDER =
      Comparator.comparing(c -> new SortKey(c.createdAt(), c.id().value()));

  ConsultationRules(StoreCompatibilityKit kit) {
    super(kit);
  }

  @Test
  @DisplayName("find returns an inserted consultation equal to the one inserted")
  void insertThenFindRoundTrips() {
    Consultation c = samples.consultation(a).phase(Phase.OPEN).schedule(PhaseSchedule.of(StoreSamples.at(10), StoreSamples.at(20))).build();
    useA(uow -> uow.consultations().insert(c));
    useA(uow -> assertThat(uow.consultations().find(c.id())).contains(c));
  }

  @Test
  @DisplayName("find of an unknown id is empty")
  void findUnknownIsEmpty() {
    insertedConsultation(a);
    useA(uow -> assertThat(uow.consultations().find(samples.consultationId())).isEmpty());
  }

  @Test
  @DisplayName("inserting an id that exists is a ConflictException and keeps the stored one")
  void insertDuplicateConflicts() {
    Consultation c = insertedConsultation(a);
    Consultation twin = samples.consultation(a).id(c.id()).title("Twin").build();
    assertThatThrownBy(() -> useA(uow -> uow.consultations().insert(twin))).isInstanceOf(ConflictException.class);
    useA(uow -> assertThat(uow.consultations().find(c.id())).contains(c));
  }

  @Test
  @DisplayName("update at stored version + 1 replaces the stored state")
  void updateAtNextVersion() {
    Consultation c = insertedConsultation(a);
    Consultation v2 = ConsultationSample.revisionOf(c).title("Second").phase(Phase.SCHEDULED).build();
    Consultation v3 = ConsultationSample.revisionOf(v2).phase(Phase.OPEN).build();
    useA(uow -> uow.consultations().update(v2));
    useA(uow -> uow.consultations().update(v3));
    useA(uow -> assertThat(uow.consultations().find(c.id())).contains(v3));
  }

  @Test
  @DisplayName("update at any other version is a VersionConflictException and keeps the stored state")
  void updateAtWrongVersionConflicts() {
    Consultation c = insertedConsultation(a);
    Consultation v2 = ConsultationSample.revisionOf(c).title("Second").build();
    useA(uow -> uow.consultations().update(v2));
    Consultation staleV2 = ConsultationSample.revisionOf(c).title("Stale").build();
    Consultation skipping = ConsultationSample.revisionOf(v2).version(4).title("Skipping").build();
    Consultation same = ConsultationSample.revisionOf(v2).version(2).title("Same").build();
    assertThatThrownBy(() -> useA(uow -> uow.consultations().update(staleV2))).isInstanceOf(VersionConflictException.class);
    assertThatThrownBy(() -> useA(uow -> uow.consultations().update(skipping))).isInstanceOf(VersionConflictException.class);
    assertThatThrownBy(() -> useA(uow -> uow.consultations().update(same))).isInstanceOf(VersionConflictException.class);
    useA(uow -> assertThat(uow.consultations().find(c.id())).contains(v2));
  }

  @Test
  @DisplayName("update of an unknown consultation is a NotFoundException")
  void updateUnknownIsNotFound() {
    Consultation never = ConsultationSample.revisionOf(samples.consultation(a).build()).build();
    assertThatThrownBy(() -> useA(uow -> uow.consultations().update(never))).isInstanceOf(NotFoundException.class);
    useA(uow -> assertThat(uow.consultations().find(never.id())).isEmpty());
  }

  @Test
  @DisplayName("list pages through all consultations by (createdAt, id) without skips or repeats")
  void listPagesInCreationOrder() {
    List<Consultation> all = insertUnordered(7);
    List<Consultation> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    Page<Consultation> page = inA(uow -> uow.consultations().list(Optional.empty(), PageRequest.first(3)));
    while (true) {
      seen.addAll(page.items());
      sizes.add(page.items().size());
      if (page.next().isEmpty()) {
        break;
      }
      PageRequest next = PageRequest.after(page.next().get(), 3);
      page = inA(uow -> uow.consultations().list(Optional.empty(), next));
    }
    assertThat(seen).containsExactlyElementsOf(sorted(all));
    assertThat(sizes).containsExactly(3, 3, 1);
  }

  @Test
  @DisplayName("list breaks ties of createdAt by id in unsigned order")
  void listBreaksTiesById() {
    Instant same = StoreSamples.at(100);
    List<Consultation> tied = new ArrayList<>();
    for (UUID id : ContributionRules.idsInUnsignedOrder()) {
      tied.add(samples.consultation(a).id(new ConsultationId(id)).createdAt(same).build());
    }
    List<Consultation> insertOrder = new ArrayList<>(tied);
    Collections.reverse(insertOrder);
    useA(uow -> insertOrder.forEach(uow.consultations()::insert));
    useA(uow -> assertThat(uow.consultations().list(Optional.empty(), PageRequest.first(10)).items()).containsExactlyElementsOf(tied));
  }

  @Test
  @DisplayName("list's next cursor is empty on the last page, also when it is exactly full")
  void lastFullPageHasNoNextCursor() {
    List<Consultation> all = sorted(insertUnordered(4));
    Page<Consultation> first = inA(uow -> uow.consultations().list(Optional.empty(), PageRequest.first(2)));
    Page<Consultation> second = inA(uow -> uow.consultations().list(Optional.empty(), PageRequest.after(first.next().orElseThrow(), 2)));
    Page<Consultation> whole = inA(uow -> uow.consultations().list(Optional.empty(), PageRequest.first(4)));
    assertThat(first.items()).containsExactlyElementsOf(all.subList(0, 2));
    assertThat(second.items()).containsExactlyElementsOf(all.subList(2, 4));
    assertThat(second.next()).isEmpty();
    assertThat(whole.items()).containsExactlyElementsOf(all);
    assertThat(whole.next()).isEmpty();
    useA(uow -> assertThat(uow.consultations().list(Optional.empty(), PageRequest.first(5)).next()).isEmpty());
  }

  @Test
  @DisplayName("list's next cursor is the last item's SortKey(createdAt, id).toCursor()")
  void nextCursorEncodesLastItem() {
    List<Consultation> all = sorted(insertUnordered(3));
    Page<Consultation> first = inA(uow -> uow.consultations().list(Optional.empty(), PageRequest.first(2)));
    Consultation last = all.get(1);
    assertThat(first.next()).contains(new SortKey(last.createdAt(), last.id().value()).toCursor());
  }

  @Test
  @DisplayName("a cursor keeps its place when consultations are inserted before it")
  void cursorIsStableUnderInserts() {
    List<Consultation> all = sorted(insertUnordered(4));
    Page<Consultation> first = inA(uow -> uow.consultations().list(Optional.empty(), PageRequest.first(2)));
    Consultation earliest = samples.consultation(a).createdAt(StoreSamples.at(-1000)).build();
    useA(uow -> uow.consultations().insert(earliest));
    Page<Consultation> second = inA(uow -> uow.consultations().list(Optional.empty(), PageRequest.after(first.next().orElseThrow(), 2)));
    assertThat(second.items()).containsExactlyElementsOf(all.subList(2, 4));
  }

  @Test
  @DisplayName("list with a phase returns only consultations stored in that phase, paged in order")
  void listFiltersByPhase() {
    List<Consultation> open = new ArrayList<>();
    useA(uow -> {
      for (int i = 0; i < 9; i++) {
        Phase phase = i % 3 == 0 ? Phase.DRAFT : i % 3 == 1 ? Phase.OPEN : Phase.CLOSED;
        Consultation c = samples.consultation(a).createdAt(StoreSamples.at(1000 - i)).phase(phase).build();
        uow.consultations().insert(c);
        if (phase == Phase.OPEN) {
          open.add(c);
        }
      }
    });
    Page<Consultation> first = inA(uow -> uow.consultations().list(Optional.of(Phase.OPEN), PageRequest.first(2)));
    Page<Consultation> second = inA(uow -> uow.consultations().list(Optional.of(Phase.OPEN), PageRequest.after(first.next().orElseThrow(), 2)));
    List<Consultation> expected = sorted(open);
    assertThat(first.items()).containsExactlyElementsOf(expected.subList(0, 2));
    assertThat(second.items()).containsExactlyElementsOf(expected.subList(2, 3));
    assertThat(second.next()).isEmpty();
    useA(uow -> assertThat(uow.consultations().list(Optional.of(Phase.ARCHIVED), PageRequest.first())).isEqualTo(Page.empty()));
  }

  @Test
  @DisplayName("list with a phase follows updates that change the phase")
  void listByPhaseFollowsUpdates() {
    Consultation c = insertedConsultation(a);
    useA(uow -> uow.consultations().update(ConsultationSample.revisionOf(c).phase(Phase.OPEN).build()));
    useA(uow -> assertThat(uow.consultations().list(Optional.of(Phase.DRAFT), PageRequest.first()).items()).isEmpty());
    useA(uow -> assertThat(uow.consultations().list(Optional.of(Phase.OPEN), PageRequest.first()).items())
        .extracting(Consultation::id).containsExactly(c.id()));
  }

  @Test
  @DisplayName("dueForScheduledMove returns exactly the SCHEDULED ones with opensAt <= now and the OPEN ones with closesAt <= now")
  void dueForScheduledMove() {
    Instant now = StoreSamples.at(1000);
    Instant before = now.minusSeconds(1);
    Instant after = now.plusSeconds(1);
    Consultation opensBefore = scheduled(Phase.SCHEDULED, Optional.of(before), Optional.of(after.plusSeconds(10)));
    Consultation opensNow = scheduled(Phase.SCHEDULED, Optional.of(now), Optional.empty());
    Consultation closesBefore = scheduled(Phase.OPEN, Optional.of(now.minusSeconds(20)), Optional.of(now.minusSeconds(10)));
    Consultation closesNow = scheduled(Phase.OPEN, Optional.empty(), Optional.of(now));
    List<Consultation> notDue = List.of(
        scheduled(Phase.SCHEDULED, Optional.of(after), Optional.of(after.plusSeconds(10))),
        scheduled(Phase.SCHEDULED, Optional.of(after), Optional.of(before)),
        scheduled(Phase.SCHEDULED, Optional.empty(), Optional.of(before)),
        scheduled(Phase.OPEN, Optional.of(before), Optional.of(after)),
        scheduled(Phase.OPEN, Optional.of(before), Optional.empty()),
        scheduled(Phase.DRAFT, Optional.of(before), Optional.of(before)),
        scheduled(Phase.CLOSED, Optional.of(before), Optional.of(before)));
    useA(uow -> notDue.forEach(uow.consultations()::insert));
    useA(uow -> List.of(opensBefore, opensNow, closesBefore, closesNow).forEach(uow.consultations()::insert));
    useA(uow -> assertThat(uow.consultations().dueForScheduledMove(now))
        .containsExactlyInAnyOrder(opensBefore, opensNow, closesBefore, closesNow));
    useA(uow -> assertThat(uow.consultations().dueForScheduledMove(now.minusSeconds(5))).containsExactly(closesBefore));
  }

  @Test
  @DisplayName("dueForScheduledMove follows updates of phase and schedule")
  void dueForScheduledMoveFollowsUpdates() {
    Instant now = StoreSamples.at(1000);
    Consultation opening = scheduled(Phase.SCHEDULED, Optional.of(now.minusSeconds(5)), Optional.of(now.plusSeconds(5)));
    Consultation closing = scheduled(Phase.OPEN, Optional.empty(), Optional.of(now.plusSeconds(5)));
    useA(uow -> List.of(opening, closing).forEach(uow.consultations()::insert));
    useA(uow -> {
      uow.consultations().update(ConsultationSample.revisionOf(opening).phase(Phase.OPEN).build());
      uow.consultations().update(ConsultationSample.revisionOf(closing).schedule(closing.schedule().withClosesAt(now)).build());
    });
    useA(uow -> assertThat(uow.consultations().dueForScheduledMove(now))
        .extracting(Consultation::id).containsExactly(closing.id()));
  }

  private Consultation scheduled(Phase phase, Optional<Instant> opensAt, Optional<Instant> closesAt) {
    return samples.consultation(a).phase(phase)
        .schedule(new PhaseSchedule(opensAt, closesAt, Optional.empty(), Optional.empty())).build();
  }

  /** Inserts {@code n} consultations whose creation order differs from their insertion order. */
  private List<Consultation> insertUnordered(int n) {
    List<Consultation> all = new ArrayList<>();
    useA(uow -> {
      for (int i = 0; i < n; i++) {
        // alternately late and early, so insertion order is not listing order
        long seconds = i % 2 == 0 ? 500 - i : 100 + i;
        Consultation c = samples.consultation(a).createdAt(StoreSamples.at(seconds)).build();
        uow.consultations().insert(c);
        all.add(c);
      }
    });
    return all;
  }

  private static List<Consultation> sorted(List<Consultation> consultations) {
    List<Consultation> copy = new ArrayList<>(consultations);
    copy.sort(LISTING_ORDER);
    return copy;
  }
}
