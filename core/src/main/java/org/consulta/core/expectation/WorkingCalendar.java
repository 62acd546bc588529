package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import org.consulta.core.error.Violations;

/**
 * A tenant's working days: its time zone, its weekly days off and its public holidays. Deadlines
 * counted in {@link AllowanceUnit#WORKING_DAYS} skip the days off, and every date a commitment
 * names ends at midnight in this zone. Define it with {@code
 * consulta.expectations().defineCalendar(admin, calendar)}; without one a tenant counts in UTC with
 * Saturday and Sunday off and no holidays.
 *
 * <pre>{@code
 * WorkingCalendar oakland = WorkingCalendar.of(ZoneId.of("America/Los_Angeles"))
 *     .withHolidays(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 25));
 * }</pre>
 *
 * @param zone the tenant's time zone
 * @param weekend the days of the week that are never working days (may be empty, not all seven)
 * @param holidays the dates that are not working days
 */
public record WorkingCalendar(ZoneId zone, Set<DayOfWeek> weekend, NavigableSet<LocalDate> holidays) {
  /** The most holidays a calendar holds (about 20 years of a generous calendar). */
  public static final int MAX_HOLIDAYS = 1_000;

  public WorkingCalendar {
    requireNonNull(zone, "zone");
    weekend = Collections.unmodifiableSet(requireNonNull(weekend, "weekend").isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend));
    holidays = Collections.unmodifiableNavigableSet(new TreeSet<>(requireNonNull(holidays, "holidays")));
    if (weekend.size() == 7) {
      throw new IllegalArgumentException("a calendar needs at least one working day in the week");
    }
  }

  /** @return UTC, Saturday and Sunday off, no holidays */
  public static WorkingCalendar standard() {
    return of(ZoneOffset.UTC);
  }

  /**
   * @param zone the time zone
   * @return a calendar in that zone with Saturday and Sunday off and no holidays
   */
  public static WorkingCalendar of(ZoneId zone) {
    return new WorkingCalendar(zone, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), new TreeSet<>());
  }

  /**
   * @param dates holidays to add
   * @return a copy with those holidays as well
   */
  public WorkingCalendar withHolidays(LocalDate... dates) {
    TreeSet<LocalDate> all = new TreeSet<>(holidays);
    for (LocalDate d : dates) {
      all.add(requireNonNull(d, "holiday"));
    }
    return new WorkingCalendar(zone, weekend, all);
  }

  /**
   * @param days the weekly days off
   * @return a copy with that weekend
   */
  public WorkingCalendar withWeekend(Set<DayOfWeek> days) {
    return new WorkingCalendar(zone, days, holidays);
  }

  /**
   * @param date a date
   * @return whether it is neither a weekly day off nor a holiday
   */
  public boolean isWorkingDay(LocalDate date) {
    return !weekend.contains(date.getDayOfWeek()) && !holidays.contains(date);
  }

  /**
   * @param date a date
   * @param days how many working days to move forward, at least 0
   * @return the {@code days}th working day after {@code date} (not counting {@code date} itself);
   *     {@code date} itself when {@code days} is 0
   */
  public LocalDate plusWorkingDays(LocalDate date, long days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must be at least 0, not " + days);
    }
    LocalDate d = date;
    for (long left = days; left > 0; ) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * @param date a date
   * @return the instant the date ends in this zone: the start of the next day (which is not
   *     always 24 hours after the start of this one)
   */
  public Instant endOf(LocalDate date) {
    return date.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /**
   * @param instant an instant
   * @return the date it falls on in this zone
   */
  public LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  /**
   * Checks the calendar's size, adding violations under {@code field}.
   *
   * @param field the field path prefix
   * @param violations where violations go
   */
  public void validate(String field, Violations violations) {
    violations.check(holidays.size() <= MAX_HOLIDAYS, field + ".holidays", "at most " + MAX_HOLIDAYS + " holidays");
  }
}
