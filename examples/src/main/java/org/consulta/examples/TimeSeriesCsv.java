package org.consulta.examples;

import java.util.List;
import java.util.Map;
import org.consulta.core.simulation.DayRecord;

/**
 * Day records as CSV text: a header {@code day,date,<metric>...} in the first day's metric order,
 * then one row per day; whole numbers without a fraction. Stateless.
 */
final class TimeSeriesCsv {
  private TimeSeriesCsv() {}

  /**
   * @param days the days of one run, all with the same metrics
   * @return the CSV text, lines ending in {@code \n}; just {@code day,date} if there are no days
   * @throws IllegalArgumentException if a day's metrics differ from the first day's
   */
  static String write(List<DayRecord> days) {
    StringBuilder out = new StringBuilder("day,date");
    List<String> names = days.isEmpty() ? List.of() : List.copyOf(days.get(0).metrics().keySet());
    for (String name : names) {
      out.append(',').append(field(name));
    }
    out.append('\n');
    for (DayRecord day : days) {
      Map<String, Double> metrics = day.metrics();
      if (!List.copyOf(metrics.keySet()).equals(names)) {
        throw new IllegalArgumentException("day " + day.day() + " has other metrics than day 0: " + metrics.keySet());
      }
      out.append(day.day()).append(',').append(day.date());
      for (double value : metrics.values()) {
        out.append(',').append(number(value));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
  }

  /** Quoted only when it must be (RFC 4180). */
  private static String field(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
