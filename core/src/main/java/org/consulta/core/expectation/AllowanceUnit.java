package org.consulta.core.expectation;

/** The unit a {@link TimeAllowance} counts in. */
public enum AllowanceUnit {
  /** Elapsed hours, whatever the day. */
  HOURS,
  /** Days on the calendar: the same local time of day N days later in the tenant's zone. */
  CALENDAR_DAYS,
  /**
   * Working days of the tenant's {@link WorkingCalendar}: the allowance ends at midnight (local)
   * after the Nth working day following the day the item arrived.
   */
  WORKING_DAYS
}
