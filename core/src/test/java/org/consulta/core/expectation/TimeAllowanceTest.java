package org.consulta.core.expectation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import org.consulta.core.error.Violations;
import org.junit.jupiter.api.Test;

class TimeAllowanceTest {
  private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
  private static final ZoneId OAKLAND = ZoneId.of("America/Los_Angeles");

  private static Instant at(String local, ZoneId zone) {
    return ZonedDateTime.of(java.time.LocalDateTime.parse(local), zone).toInstant();
  }

  @Test
  void workingDaysSkipTheWeekendAndEndAtMidnightAfterTheLastDay() {
    WorkingCalendar cal = WorkingCalendar.of(LISBON);
    // received Friday 2026-03-06 at 16:00: day 1 is Monday the 9th, day 3 Wednesday the 11th
    Instant due = TimeAllowance.workingDays(3).dueAfter(at("2026-03-06T16:00", LISBON), cal);
    assertThat(due).isEqualTo(at("2026-03-12T00:00", LISBON));
  }

  @Test
  void anItemArrivingOnASundayStartsCountingOnMonday() {
    WorkingCalendar cal = WorkingCalendar.of(LISBON);
    Instant due = TimeAllowance.workingDays(1).dueAfter(at("2026-03-08T10:00", LISBON), cal);
    assertThat(due).isEqualTo(at("2026-03-10T00:00", LISBON));
  }

  @Test
  void holidaysAreNotWorkingDays() {
    WorkingCalendar cal = WorkingCalendar.of(OAKLAND).withHolidays(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27));
    // Wednesday 25 Nov, 10 working days: Thanksgiving Thursday and Friday off, then 30 Nov .. 4 Dec and 7 .. 11 Dec
    Instant due = TimeAllowance.workingDays(10).dueAfter(at("2026-11-25T09:30", OAKLAND), cal);
    assertThat(due).isEqualTo(at("2026-12-12T00:00", OAKLAND));
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 11, 26))).isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 11, 30))).isTrue();
  }

  @Test
  void aCustomWeekendIsHonoured() {
    WorkingCalendar cal = WorkingCalendar.of(ZoneId.of("Asia/Dubai")).withWeekend(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.FRIDAY));
    Instant due = TimeAllowance.workingDays(1).dueAfter(at("2026-03-05T12:00", ZoneId.of("Asia/Dubai")), cal); // Thursday
    assertThat(due).isEqualTo(at("2026-03-10T00:00", ZoneId.of("Asia/Dubai"))); // Monday the 9th ends
  }

  @Test
  void calendarDaysKeepTheLocalTimeAcrossTheSpringDaylightSavingChange() {
    WorkingCalendar cal = WorkingCalendar.of(LISBON);
    // Lisbon moves from UTC+0 to UTC+1 on 2026-03-29
    Instant start = at("2026-03-27T10:00", LISBON);
    Instant due = TimeAllowance.calendarDays(5).dueAfter(start, cal);
    assertThat(due).isEqualTo(at("2026-04-01T10:00", LISBON));
    assertThat(Duration.between(start, due)).isEqualTo(Duration.ofDays(5).minusHours(1));
  }

  @Test
  void workingDaysAcrossTheAutumnChangeEndAtLocalMidnight() {
    WorkingCalendar cal = WorkingCalendar.of(OAKLAND);
    // clocks go back on Sunday 2026-11-01 in California: the deadline is still local midnight
    Instant due = TimeAllowance.workingDays(2).dueAfter(at("2026-10-30T15:00", OAKLAND), cal);
    assertThat(due).isEqualTo(at("2026-11-04T00:00", OAKLAND));
    assertThat(due).isEqualTo(Instant.parse("2026-11-04T08:00:00Z"));
  }

  @Test
  void theDayOfTheChangeEndsAfterTwentyFiveHours() {
    WorkingCalendar cal = WorkingCalendar.of(OAKLAND);
    Instant start = LocalDate.of(2026, 11, 1).atStartOfDay(OAKLAND).toInstant();
    assertThat(Duration.between(start, cal.endOf(LocalDate.of(2026, 11, 1)))).isEqualTo(Duration.ofHours(25));
  }

  @Test
  void hoursAreElapsedTime() {
    Instant start = at("2026-03-28T23:30", LISBON);
    assertThat(TimeAllowance.hours(48).dueAfter(start, WorkingCalendar.of(LISBON))).isEqualTo(start.plus(Duration.ofHours(48)));
  }

  @Test
  void theRiskInstantIsTheShareOfTheTime() {
    Instant start = Instant.parse("2026-03-02T00:00:00Z");
    Instant due = Instant.parse("2026-03-06T00:00:00Z");
    assertThat(TimeAllowance.riskAt(start, due, 0.75)).isEqualTo(Instant.parse("2026-03-05T00:00:00Z"));
  }

  @Test
  void allowancesAndCalendarsRejectNonsense() {
    assertThatThrownBy(() -> TimeAllowance.workingDays(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..3650");
    assertThatThrownBy(() -> WorkingCalendar.standard().withWeekend(EnumSet.allOf(DayOfWeek.class)))
        .hasMessageContaining("at least one working day");
    WorkingCalendar many = WorkingCalendar.standard();
    LocalDate d = LocalDate.of(2000, 1, 1);
    for (int i = 0; i <= WorkingCalendar.MAX_HOLIDAYS; i++) {
      many = many.withHolidays(d.plusDays(i));
    }
    Violations v = new Violations();
    many.validate("calendar", v);
    assertThat(v.list()).extracting(x -> x.field()).containsExactly("calendar.holidays");
  }
}
