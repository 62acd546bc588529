package org.consulta.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.error.VersionConflictException;
import org.consulta.core.expectation.Commitment;
import org.consulta.core.expectation.CommitmentId;
import org.consulta.core.expectation.CommitmentStatus;
import org.consulta.core.expectation.DeadlineTally;
import org.consulta.core.expectation.OfflineSession;
import org.consulta.core.expectation.OfflineSessionId;
import org.consulta.core.expectation.Participation;
import org.consulta.core.expectation.TrackedItem;
import org.consulta.core.expectation.WorkingCalendar;
import org.consulta.core.outcome.Theme;
import org.consulta.core.participant.Demographics;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rules of {@link org.consulta.core.expectation.ExpectationRepository}: commitments, the deadline
 * ledger (track, settle, excuse, tally), participation, offline sessions and the working calendar.
 */
abstract class ExpectationRules extends ExpectationRuleSupport {
  ExpectationRules(StoreCompatibilityKit kit) {
    super(kit);
  }

  @Test
  @DisplayName("a commitment is found as inserted and updated, whatever its terms; an update from a stale version throws VersionConflictException")
  void commitmentRoundTripAndVersions() {
    ConsultationId c = consultation().id();
    List<Commitment> all = allTerms().stream().map(t -> declared(commitment(c, t, samples.nextInstant()))).toList();
    all.forEach(k -> withA(x -> assertThat(x.find(k.id())).contains(k)));
    withA(x -> assertThat(x.find(new CommitmentId(samples.nextUuid()))).isEmpty());
    Commitment v1 = all.get(0);
    Commitment v2 = updated(v1, CommitmentStatus.AT_RISK);
    Commitment v3 = v2.withAchievedAt(v2.updatedAt().plusSeconds(60));
    withA(x -> x.update(v3));
    withA(x -> assertThat(x.find(v1.id())).contains(v3));
    assertThatThrownBy(() -> withA(x -> x.update(v1.withdrawn(hours(5))))).isInstanceOf(VersionConflictException.class);
    withA(x -> assertThat(x.find(v1.id())).contains(v3));
  }

  @Test
  @DisplayName("commitments lists a consultation's commitments, withdrawn ones included, in the order declared; another tenant sees none")
  void commitmentsInDeclarationOrder() {
    ConsultationId c = consultation().id();
    Commitment first = declared(c, hours(1));
    Commitment elsewhere = declared(consultation().id(), hours(2));
    Commitment second = declared(c, hours(3));
    Commitment toWithdraw = declared(c, hours(4));
    Commitment sameInstant = declared(c, hours(4));
    Commitment gone = withdrawn(toWithdraw);
    withA(x -> assertThat(x.commitments(c)).containsExactly(first, second, gone, sameInstant));
    withA(x -> assertThat(x.commitments(elsewhere.consultation())).containsExactly(elsewhere));
    withA(x -> assertThat(x.commitments(consultation().id())).isEmpty());
    useB(uow -> {
      assertThat(uow.expectations().find(first.id())).isEmpty();
      assertThat(uow.expectations().commitments(c)).isEmpty();
      assertThat(uow.expectations().monitored(java.util.Optional.empty(), 10)).isEmpty();
    });
  }

  @Test
  @DisplayName("monitored lists consultations with a live commitment that is neither met nor breached, by id as an unsigned number, in pages")
  void monitoredConsultations() {
    ConsultationId pending = consultation().id();
    ConsultationId met = consultation().id();
    ConsultationId liveAfterWithdrawn = consultation().id();
    ConsultationId withdrawnOnly = consultation().id();
    ConsultationId breachedAndOnTrack = consultation().id();
    ConsultationId atRisk = consultation().id();
    declared(pending, hours(1));
    updated(declared(met, hours(2)), CommitmentStatus.MET);
    withdrawn(declared(liveAfterWithdrawn, hours(3)));
    withdrawn(declared(withdrawnOnly, hours(4)));
    updated(declared(breachedAndOnTrack, hours(5)), CommitmentStatus.BREACHED);
    updated(declared(breachedAndOnTrack, hours(6)), CommitmentStatus.ON_TRACK);
    updated(declared(atRisk, hours(7)), CommitmentStatus.AT_RISK);
    declared(liveAfterWithdrawn, hours(8));
    List<ConsultationId> expected = new java.util.ArrayList<>(List.of(pending, liveAfterWithdrawn, breachedAndOnTrack, atRisk));
    expected.sort(java.util.Comparator.comparing(ConsultationId::value, org.consulta.core.value.SortKey.uuidOrder()));
    withA(x -> assertThat(x.monitored(java.util.Optional.empty(), 10)).containsExactlyElementsOf(expected));
    withA(x -> assertThat(x.monitored(java.util.Optional.empty(), 2)).containsExactlyElementsOf(expected.subList(0, 2)));
    withA(x -> assertThat(x.monitored(java.util.Optional.of(expected.get(1)), 10)).containsExactlyElementsOf(expected.subList(2, 4)));
  }

  @Test
  @DisplayName("track leaves an item already tracked for its commitment as it is (open or settled); the same id may be tracked for another commitment")
  void trackIsIdempotent() {
    Commitment k = declared(consultation().id(), hours(0));
    Commitment other = declared(consultation().id(), hours(0));
    TrackedItem first = item(k, 6, 8);
    track(first);
    track(item(k, first.id(), 1, 2), first, item(other, first.id(), 1, 2));
    DeadlineTally t = tally(k, hours(4));
    assertThat(List.of(t.total(), t.open(), t.overdue(), t.atRisk())).containsExactly(1L, 1L, 0L, 0L);
    assertThat(t.nextDue()).contains(hours(8));
    assertThat(tally(other, hours(4)).overdue()).isEqualTo(1);
    settle(k, hours(7), first);
    track(first);
    t = tally(k, hours(9));
    assertThat(List.of(t.total(), t.onTime(), t.open())).containsExactly(1L, 1L, 0L);
  }

  @Test
  @DisplayName("settle is on time at or before the due instant and late after it")
  void settleOnTimeOrLate() {
    Commitment k = declared(consultation().id(), hours(0));
    TrackedItem atDue = item(k, 8, 10);
    TrackedItem justAfter = item(k, 8, 10);
    TrackedItem early = item(k, 8, 10);
    TrackedItem open = item(k, 8, 10);
    track(atDue, justAfter, early, open);
    settle(k, hours(10), atDue);
    settle(k, hours(10).plusMillis(1), justAfter);
    settle(k, hours(1), early);
    DeadlineTally t = tally(k, hours(20));
    assertThat(List.of(t.total(), t.onTime(), t.late(), t.open(), t.overdue())).containsExactly(4L, 2L, 1L, 1L, 1L);
    assertThat(t.overdueItems()).containsExactly(open);
  }

  @Test
  @DisplayName("settle leaves unknown, settled and excused items as they are, and items of commitments not named")
  void settleIgnoresWhatIsNotOpen() {
    Commitment k = declared(consultation().id(), hours(0));
    Commitment other = declared(consultation().id(), hours(0));
    TrackedItem open = item(k, 8, 10);
    TrackedItem settled = item(k, 8, 10);
    TrackedItem excused = item(k, 8, 10);
    track(open, settled, excused, item(other, open.id(), 8, 10));
    settle(k, hours(1), settled);
    withA(x -> x.excuse(List.of(k.id()), ids(excused)));
    settle(k, hours(20), settled, excused, open, item(k, 8, 10));
    withA(x -> x.settle(List.of(), ids(open), hours(1)));
    DeadlineTally t = tally(k, hours(30));
    assertThat(List.of(t.total(), t.onTime(), t.late(), t.open())).containsExactly(2L, 1L, 1L, 0L);
    assertThat(tally(other, hours(30)).overdue()).isEqualTo(1);
  }

  @Test
  @DisplayName("excuse takes open items out of the tally altogether; settled items stay settled")
  void excuseOpenItemsOnly() {
    Commitment k = declared(consultation().id(), hours(0));
    TrackedItem removed = item(k, 1, 2);
    TrackedItem late = item(k, 1, 2);
    TrackedItem open = item(k, 1, 2);
    track(removed, late, open);
    settle(k, hours(3), late);
    withA(x -> x.excuse(List.of(k.id()), ids(removed, late, item(k, 1, 2))));
    DeadlineTally t = tally(k, hours(5));
    assertThat(List.of(t.total(), t.late(), t.open(), t.overdue())).containsExactly(2L, 1L, 1L, 1L);
    assertThat(t.overdueItems()).containsExactly(open);
  }

  @Test
  @DisplayName("settleMembers settles the open items that are contributions in the theme now, on time or late, and no others")
  void settleMembersOfATheme() {
    Consultation c = consultation();
    Commitment k = declared(c.id(), hours(0));
    Commitment other = declared(c.id(), hours(0));
    Contribution inTime = idea(c);
    Contribution overdue = idea(c);
    Contribution outsider = idea(c);
    Theme theme = theme(c);
    add(theme, inTime);
    add(theme, overdue);
    add(theme, idea(c));
    add(theme(c), outsider);
    track(item(k, inTime.id().value(), 8, 10), item(k, overdue.id().value(), 1, 2), item(k, outsider.id().value(), 8, 10),
        item(other, inTime.id().value(), 8, 10));
    withA(x -> x.settleMembers(List.of(k.id()), theme.id().value(), hours(5)));
    DeadlineTally t = tally(k, hours(5));
    assertThat(List.of(t.total(), t.onTime(), t.late(), t.open())).containsExactly(3L, 1L, 1L, 1L);
    assertThat(tally(other, hours(5)).open()).isEqualTo(1);
  }

  @Test
  @DisplayName("tally counts open, at-risk and overdue items at an instant and lists the first overdue ones by due instant, then id as unsigned")
  void tallyCountsAndOverdueOrder() {
    Commitment k = declared(consultation().id(), hours(0));
    TrackedItem highId = item(k, new UUID(0x8000_0000_0000_7000L, 0x8000_0000_0000_0001L), 2, 4);
    TrackedItem lowId = item(k, new UUID(0x0100_0000_0000_7000L, 0x8000_0000_0000_0001L), 2, 4);
    TrackedItem earliest = item(k, 1, 3);
    TrackedItem atRisk = item(k, 5, 9);
    TrackedItem notYet = item(k, 7, 9);
    TrackedItem dueNow = item(k, 1, 6);
    TrackedItem answered = item(k, 1, 2);
    track(highId, atRisk, earliest, lowId, notYet, dueNow, answered);
    settle(k, hours(1), answered);
    DeadlineTally t = tally(k, hours(6));
    assertThat(List.of(t.total(), t.onTime(), t.late(), t.open(), t.atRisk(), t.overdue())).containsExactly(7L, 1L, 0L, 6L, 2L, 3L);
    assertThat(t.overdueItems()).containsExactly(earliest, lowId, highId);
    assertThat(t.failed()).isEqualTo(3);
    assertThat(expA(x -> x.tally(k.id(), hours(6), 2)).overdueItems()).containsExactly(earliest, lowId);
    assertThat(expA(x -> x.tally(k.id(), hours(6), 0)).overdueItems()).isEmpty();
  }

  @Test
  @DisplayName("nextDue is the earliest due instant of an open item that is not overdue; a commitment without items tallies to zero")
  void nextDue() {
    Commitment k = declared(consultation().id(), hours(0));
    TrackedItem settled = item(k, 4, 5);
    TrackedItem excused = item(k, 8, 9);
    track(item(k, 2, 3), settled, item(k, 6, 7), excused);
    settle(k, hours(1), settled);
    withA(x -> x.excuse(List.of(k.id()), ids(excused)));
    assertThat(tally(k, hours(1)).nextDue()).contains(hours(3));
    assertThat(tally(k, hours(3)).nextDue()).contains(hours(3));
    assertThat(tally(k, hours(3).plusMillis(1)).nextDue()).contains(hours(7));
    assertThat(tally(k, hours(8)).nextDue()).isEmpty();
    Commitment none = declared(consultation().id(), hours(0));
    assertThat(tally(none, hours(8))).isEqualTo(new DeadlineTally(hours(8), 0, 0, 0, 0, 0, 0, List.of(), Optional.empty()));
  }

  @Test
  @DisplayName("a tally at an earlier instant after a later one counts as of that earlier instant, before and after items change")
  void tallyAtAnEarlierInstant() {
    Commitment k = declared(consultation().id(), hours(0));
    TrackedItem first = item(k, 1, 2);
    TrackedItem second = item(k, 3, 4);
    track(first, second, item(k, 5, 6));
    assertThat(List.of(tally(k, hours(10)).overdue(), tally(k, hours(10)).atRisk())).containsExactly(3L, 0L);
    assertThat(List.of(tally(k, hours(3)).overdue(), tally(k, hours(3)).atRisk())).containsExactly(1L, 1L);
    assertThat(List.of(tally(k, hours(0)).overdue(), tally(k, hours(0)).atRisk())).containsExactly(0L, 0L);
    assertThat(List.of(tally(k, hours(5)).overdue(), tally(k, hours(5)).atRisk())).containsExactly(2L, 1L);
    settle(k, hours(3), second);
    track(item(k, 0, 1));
    assertThat(List.of(tally(k, hours(10)).overdue(), tally(k, hours(10)).onTime())).containsExactly(3L, 1L);
    assertThat(List.of(tally(k, hours(1)).overdue(), tally(k, hours(1)).atRisk())).containsExactly(0L, 2L);
  }

  @Test
  @DisplayName("another tenant's unit of work cannot tally, settle or excuse this tenant's items, nor read its participation, sessions or calendar")
  void ledgerIsolation() {
    Consultation c = consultation();
    Commitment k = declared(c.id(), hours(0));
    TrackedItem item = item(k, 1, 2);
    TrackedItem other = item(k, 1, 2);
    track(item, other);
    Participant p = insertedParticipant(a);
    OfflineSession s = session(c, hours(9));
    withA(x -> {
      x.addParticipant(c.id(), p.id());
      x.insert(s);
      x.saveCalendar(WorkingCalendar.of(ZoneId.of("Europe/Lisbon")));
    });
    useB(uow -> {
      var x = uow.expectations();
      assertThat(x.tally(k.id(), hours(3), 10)).isEqualTo(new DeadlineTally(hours(3), 0, 0, 0, 0, 0, 0, List.of(), Optional.empty()));
      x.settle(List.of(k.id()), ids(item), hours(1));
      x.excuse(List.of(k.id()), ids(other));
      assertThat(x.participation(c.id())).isEqualTo(Participation.none());
      assertThat(x.sessions(c.id())).isEmpty();
      assertThat(x.find(s.id())).isEmpty();
      assertThat(x.calendar()).isEmpty();
    });
    DeadlineTally t = tally(k, hours(3));
    assertThat(List.of(t.total(), t.open(), t.overdue(), t.onTime())).containsExactly(2L, 2L, 2L, 0L);
    assertThat(participation(c.id()).participants()).isEqualTo(1);
  }

  @Test
  @DisplayName("addParticipant counts a participant once, with every value declared then (prefer_not_to_say too); later declarations change nothing")
  void participationCountsDeclaredValues() {
    ConsultationId c = consultation().id();
    Participant young = insertedParticipant(a);
    Participant old = registered(samples.participant(a).demographics(Map.of("age_band", "65_plus", "district", "north")).build());
    Participant silent = registered(samples.participant(a).demographics(Map.of()).build());
    ParticipantId unknown = samples.participantId();
    assertThat(added(c, young.id())).isTrue();
    assertThat(added(c, young.id())).isFalse();
    withA(x -> List.of(old.id(), silent.id(), unknown).forEach(p -> assertThat(x.addParticipant(c, p)).isTrue()));
    Participation expected = new Participation(4, Map.of("age_band", Map.of("16_64", 1L, "65_plus", 1L),
        "district", Map.of(Demographics.PREFER_NOT_TO_SAY, 1L, "north", 1L)));
    assertThat(participation(c)).isEqualTo(expected);
    useA(uow -> uow.participants().update(ParticipantSample.revisionOf(old).demographics(Map.of("district", "south")).build()));
    assertThat(added(c, old.id())).isFalse();
    assertThat(participation(c)).isEqualTo(expected);
    ConsultationId later = consultation().id();
    assertThat(added(later, old.id())).isTrue();
    assertThat(participation(later)).isEqualTo(new Participation(1, Map.of("district", Map.of("south", 1L))));
  }

  @Test
  @DisplayName("the participation of a consultation nobody has taken part in is none")
  void participationOfAnUnknownConsultation() {
    withA(x -> x.addParticipant(consultation().id(), samples.participantId()));
    assertThat(participation(consultation().id())).isEqualTo(Participation.none());
  }

  @Test
  @DisplayName("offline sessions are found as inserted and updated, listed by start then id, and check versions")
  void offlineSessions() {
    Consultation c = consultation();
    OfflineSession late = session(c, hours(10));
    OfflineSession early = session(c, hours(5));
    OfflineSession elsewhere = session(consultation(), hours(1));
    OfflineSession sameStart = session(c, hours(10));
    withA(x -> List.of(late, early, elsewhere, sameStart).forEach(x::insert));
    withA(x -> assertThat(x.sessions(c.id())).containsExactly(early, late, sameStart));
    withA(x -> assertThat(x.find(late.id())).contains(late));
    withA(x -> assertThat(x.find(new OfflineSessionId(samples.nextUuid()))).isEmpty());
    OfflineSession moved = cancelled(late, hours(1));
    withA(x -> x.update(moved));
    withA(x -> assertThat(x.sessions(c.id())).containsExactly(moved, early, sameStart));
    assertThatThrownBy(() -> withA(x -> x.update(cancelled(late, hours(2))))).isInstanceOf(VersionConflictException.class);
    withA(x -> assertThat(x.find(late.id())).contains(moved));
    withA(x -> assertThat(x.sessions(elsewhere.consultation())).containsExactly(elsewhere));
  }

  @Test
  @DisplayName("the working calendar is absent until saved, and a save replaces the earlier one")
  void calendarSaveAndReplace() {
    withA(x -> assertThat(x.calendar()).isEmpty());
    WorkingCalendar lisbon = WorkingCalendar.of(ZoneId.of("Europe/Lisbon")).withHolidays(LocalDate.of(2030, 4, 25), LocalDate.of(2030, 12, 25));
    withA(x -> x.saveCalendar(lisbon));
    withA(x -> assertThat(x.calendar()).contains(lisbon));
    WorkingCalendar gulf = WorkingCalendar.of(ZoneId.of("Asia/Dubai")).withWeekend(Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));
    withA(x -> x.saveCalendar(gulf));
    withA(x -> assertThat(x.calendar()).contains(gulf));
  }

  @Test
  @DisplayName("a rolled-back unit of work leaves no trace of its commitments, tracked items, settlements, participation, sessions or calendar")
  void rollbackLeavesNoTrace() {
    Consultation c = consultation();
    Commitment k = declared(c.id(), hours(0));
    TrackedItem open = item(k, 8, 10);
    TrackedItem toExcuse = item(k, 8, 10);
    track(open, toExcuse);
    Participant ageOnly = registered(samples.participant(a).demographics(Map.of("age_band", "16_64")).build());
    Participant withDistrict = registered(samples.participant(a).demographics(Map.of("age_band", "16_64", "district", "north")).build());
    OfflineSession s = session(c, hours(10));
    WorkingCalendar calendar = WorkingCalendar.standard().withHolidays(LocalDate.of(2030, 1, 1));
    withA(x -> {
      x.addParticipant(c.id(), ageOnly.id());
      x.insert(s);
      x.saveCalendar(calendar);
    });
    List<Object> before = everythingRead(k, c);
    Commitment added = commitment(c.id(), hours(1));
    assertThatThrownBy(() -> withA(x -> {
      x.insert(added);
      x.update(k.withStatus(CommitmentStatus.MET, hours(1)));
      x.track(List.of(item(k, 1, 2), item(added, open.id(), 1, 2)));
      x.settle(List.of(k.id()), ids(open), hours(1));
      x.excuse(List.of(k.id()), ids(toExcuse));
      x.addParticipant(c.id(), withDistrict.id());
      x.insert(session(c, hours(1)));
      x.update(cancelled(s, hours(2)));
      x.saveCalendar(WorkingCalendar.of(ZoneId.of("Asia/Tokyo")));
      throw new Boom();
    })).isInstanceOf(Boom.class);
    assertThat(everythingRead(k, c)).isEqualTo(before);
    withA(x -> assertThat(x.find(added.id())).isEmpty());
    assertThat(expA(x -> x.tally(added.id(), hours(9), 10)).total()).isZero();
  }

  /** @return what every read of tenant A's expectations returns about {@code k} and {@code c} */
  private List<Object> everythingRead(Commitment k, Consultation c) {
    return expA(x -> List.of(x.find(k.id()), x.commitments(c.id()), x.monitored(java.util.Optional.empty(), 10), x.tally(k.id(), hours(9), 10), x.participation(c.id()),
        x.sessions(c.id()), x.calendar()));
  }
}
