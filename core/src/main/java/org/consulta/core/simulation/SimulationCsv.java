package org.consulta.core.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes time series and sweep summaries as CSV (RFC 4180: comma-separated, a header row, fields
 * with commas or quotes quoted, numbers with a dot and up to 6 decimals, {@code \n} line ends), for
 * R, pandas or a spreadsheet.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(dir.resolve("timeseries.csv"))) {
 *   SimulationCsv.timeSeries(result.days(), out);
 * }
 * }</pre>
 */
public final class SimulationCsv {
  private SimulationCsv() {}

  /**
   * One row per day: {@code day,date}, every metric, then each commitment's status ({@code
   * commitment.<label>}).
   *
   * @param days the days, all with the same metrics
   * @param out where to write
   */
  public static void timeSeries(List<DayRecord> days, Appendable out) {
    if (days.isEmpty()) {
      write(out, "day,date\n");
      return;
    }
    DayRecord first = days.get(0);
    List<String> header = new ArrayList<>(List.of("day", "date"));
    header.addAll(first.metrics().keySet());
    first.commitments().forEach(c -> header.add("commitment." + c.label()));
    row(out, header);
    for (DayRecord d : days) {
      List<String> cells = new ArrayList<>(header.size());
      cells.add(Integer.toString(d.day()));
      cells.add(d.date().toString());
      for (String metric : first.metrics().keySet()) {
        cells.add(number(d.metric(metric)));
      }
      d.commitments().forEach(c -> cells.add(c.status().name()));
      row(out, cells);
    }
  }

  /**
   * Sweep summaries in long form: {@code scenario,runs,day,date,metric,mean,sd,low,high}, one row per
   * scenario, day and metric.
   *
   * @param summaries the summaries
   * @param out where to write
   */
  public static void summary(List<SweepSummary> summaries, Appendable out) {
    row(out, List.of("scenario", "runs", "day", "date", "metric", "mean", "sd", "low", "high"));
    for (SweepSummary s : summaries) {
      for (SummaryDay d : s.days()) {
        for (Map.Entry<String, Estimate> e : d.metrics().entrySet()) {
          Estimate x = e.getValue();
          row(out, List.of(s.scenario(), Integer.toString(s.runs()), Integer.toString(d.day()), d.date().toString(), e.getKey(),
              number(x.mean()), number(x.sd()), number(x.low()), number(x.high())));
        }
      }
    }
  }

  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    // six decimals, then no trailing zeros and no bare point: 0.9999999 gives "1", -0.0000001 gives "0"
    java.math.BigDecimal rounded = java.math.BigDecimal.valueOf(v).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }

  private static void row(Appendable out, List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      String c = cells.get(i);
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
        line.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        line.append(c);
      }
    }
    write(out, line.append('\n').toString());
  }

  private static void write(Appendable out, String text) {
    try {
      out.append(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
