package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How long an item may wait: an amount of hours, calendar days or working days.
 *
 * <pre>{@code
 * TimeAllowance.workingDays(10).dueAfter(receivedAt, calendar);  // midnight after the 10th working day
 * }</pre>
 *
 * @param amount how many units, 1..3650
 * @param unit the unit
 */
public record TimeAllowance(long amount, AllowanceUnit unit) {
  /** The longest allowance in any unit. */
  public static final long MAX = 3_650;

  public TimeAllowance {
    requireNonNull(unit, "unit");
    if (amount < 1 || amount > MAX) {
      throw new IllegalArgumentException("an allowance is 1.." + MAX + " " + unit + ", not " + amount);
    }
  }

  /**
   * @param hours elapsed hours
   * @return the allowance
   */
  public static TimeAllowance hours(long hours) {
    return new TimeAllowance(hours, AllowanceUnit.HOURS);
  }

  /**
   * @param days calendar days
   * @return the allowance
   */
  public static TimeAllowance calendarDays(long days) {
    return new TimeAllowance(days, AllowanceUnit.CALENDAR_DAYS);
  }

  /**
   * @param days working days of the tenant's calendar
   * @return the allowance
   */
  public static TimeAllowance workingDays(long days) {
    return new TimeAllowance(days, AllowanceUnit.WORKING_DAYS);
  }

  /**
   * When an item that arrived at {@code start} is due.
   *
   * <ul>
   *   <li>hours: {@code start} plus that many hours;
   *   <li>calendar days: the same local time of day that many days later in the calendar's zone
   *       (across a daylight-saving change that is 23 or 25 hours more per changed day);
   *   <li>working days: midnight (local) after the Nth working day following the local date of
   *       {@code start}; an item that arrives on a weekend or holiday starts counting on the next
   *       working day like any other.
   * </ul>
   *
   * @param start when the item arrived
   * @param calendar the tenant's calendar
   * @return the due instant, always after {@code start}
   */
  public Instant dueAfter(Instant start, WorkingCalendar calendar) {
    switch (unit) {
      case HOURS:
        return start.plus(Duration.ofHours(amount));
      case CALENDAR_DAYS:
        return start.atZone(calendar.zone()).plusDays(amount).toInstant();
      case WORKING_DAYS:
        LocalDate last = calendar.plusWorkingDays(calendar.dateOf(start), amount);
        return calendar.endOf(last);
      default:
        throw new AssertionError(unit);
    }
  }

  /**
   * The instant an item has used {@code share} of its time: {@code start + share × (due − start)},
   * to the microsecond.
   *
   * @param start when the item arrived
   * @param due when it is due
   * @param share the share of the time, in [0, 1]
   * @return the instant
   */
  public static Instant riskAt(Instant start, Instant due, double share) {
    long micros = Duration.between(start, due).toNanos() / 1_000;
    return start.plus(Duration.ofNanos(Math.round(micros * share) * 1_000));
  }
}
