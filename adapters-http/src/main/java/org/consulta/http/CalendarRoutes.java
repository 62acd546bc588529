package org.consulta.http;

import java.util.Map;
import org.consulta.core.expectation.ExpectationService;
import org.consulta.core.expectation.WorkingCalendar;

/**
 * The tenant's working calendar, which deadlines in working days and every date of a commitment
 * count in: replaced whole by admins and the system at {@code PUT /v1/calendar}, read by anyone of
 * the tenant at {@code GET /v1/calendar} (the standard one, UTC with Saturday and Sunday off, until
 * one is defined). A PUT is idempotent by nature and takes no idempotency key.
 */
final class CalendarRoutes {
  private CalendarRoutes() {}

  static void register(Router router, ExpectationService expectations) {
    router.add("PUT", "/v1/calendar", x ->
        x.json(200, expectations.defineCalendar(x.actor, Bodies.bind(x, x.body(), WorkingCalendar.class, Map.of()))));
    router.add("GET", "/v1/calendar", x -> x.json(200, expectations.calendar(x.actor)));
  }
}
