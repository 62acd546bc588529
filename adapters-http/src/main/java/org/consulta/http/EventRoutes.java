package org.consulta.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consulta.core.Consulta;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violation;
import org.consulta.core.event.RecordedEvent;

/** {@code GET /v1/events?after=N&limit=M}: the tenant's event log from a position. */
final class EventRoutes {
  private EventRoutes() {}

  static void register(Router router, Consulta consulta) {
    router.add("GET", "/v1/events", x -> {
      long after = number(x.query("after").orElse("0"), "after");
      int limit = (int) Math.min(number(x.query("limit").orElse("100"), "limit"), Integer.MAX_VALUE);
      List<RecordedEvent> events = consulta.events().read(x.actor, after, limit);
      Map<String, Object> page = new LinkedHashMap<>();
      page.put("items", events);
      page.put("next", events.isEmpty() ? after : events.get(events.size() - 1).position());
      x.json(200, page);
    });
  }

  private static long number(String text, String field) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(List.of(new Violation(field, "must be a whole number")));
    }
  }
}
