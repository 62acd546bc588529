package org.consulta.examples;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.consulta.core.json.ConsultaJson;
import org.consulta.core.simulation.DayRecord;
import org.consulta.core.simulation.Replay;
import org.consulta.core.simulation.ReplayEvent;
import org.consulta.core.simulation.ReplayResult;
import org.consulta.core.simulation.ReplaySummary;
import org.consulta.core.simulation.SimulationCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code replay-polis} subcommand: replays a Polis open data export ({@link PolisExport}) on
 * the engine with {@link Replay} and writes, in the {@code --out} directory, {@code summary.json}
 * (the {@link ReplaySummary}: what was ingested, what was rejected and why), {@code
 * timeseries.csv} and {@code timeseries.json} (one {@link DayRecord} per day, as a simulation
 * writes them). Progress goes to stderr; stdout says what was ingested and where the files went.
 *
 * <pre>{@code
 * ./consulta replay-polis openData/15-per-hour-seattle --out target/replay
 * }</pre>
 *
 * <p>Single-use: picocli creates one instance per command line.
 */
@Command(
    name = "replay-polis",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Replays a Polis export (its comments.csv and votes.csv) on the engine in the original order and timing, "
            + "and writes summary.json (participants, comments and votes ingested, and those rejected with their reasons), "
            + "timeseries.csv and timeseries.json (one row per day, the metrics of a simulation).",
        ""})
public final class ReplayPolisCommand implements Callable<Integer> {
  /** Unreadable rows shown on stderr; the summary counts them all. */
  private static final int SHOWN_ROWS = 10;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EXPORT-DIR", description = "Directory of the Polis export, with comments.csv and votes.csv.")
  private Path exportDir;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the files to (created if missing).")
  private Path outDir;

  /** Creates the command; picocli sets its options. */
  public ReplayPolisCommand() {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    PolisExport export = read(err);
    ReplayResult result = Replay.run(export, (run, day, days, record) -> err.printf(
        "replay-polis: day %d/%d %s: %.0f participants, %.0f comments, %.0f votes so far%n", day + 1, days, record.date(),
        record.metric("participants"), record.metric("contributions.total"), record.metric("reactions.total")));
    Files.createDirectories(outDir);
    ObjectWriter json = ConsultaJson.mapper().writerWithDefaultPrettyPrinter();
    Path summary = outDir.resolve("summary.json");
    Path csv = outDir.resolve("timeseries.csv");
    Path series = outDir.resolve("timeseries.json");
    json.writeValue(summary.toFile(), result.summary());
    StringBuilder table = new StringBuilder();
    SimulationCsv.timeSeries(result.days(), table);
    Files.writeString(csv, table, StandardCharsets.UTF_8);
    Map<String, Object> days = new LinkedHashMap<>();
    days.put("source", export.name());
    days.put("days", result.days());
    json.writeValue(series.toFile(), days);
    print(out, result.summary(), List.of(summary, csv, series));
    err.printf("replay-polis: done in %d ms of wall time%n", (System.nanoTime() - started) / 1_000_000);
    err.flush();
    return 0;
  }

  private PolisExport read(PrintWriter err) throws IOException {
    if (!Files.isDirectory(exportDir)) {
      throw new ParameterException(spec.commandLine(), "no directory " + exportDir);
    }
    err.println("replay-polis: reading " + exportDir);
    PolisExport export;
    try {
      export = PolisExport.read(exportDir);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    List<ReplayEvent.Rejected> unreadable = export.events().stream()
        .filter(ReplayEvent.Rejected.class::isInstance).map(ReplayEvent.Rejected.class::cast).toList();
    err.printf("replay-polis: %d rows read, %d unreadable%n", export.events().size(), unreadable.size());
    unreadable.stream().limit(SHOWN_ROWS).forEach(r -> err.printf("replay-polis:   %s line %d: %s%n", r.file(), r.line(), r.reason()));
    if (unreadable.size() > SHOWN_ROWS) {
      err.printf("replay-polis:   and %d more%n", unreadable.size() - SHOWN_ROWS);
    }
    return export;
  }

  private static void print(PrintWriter out, ReplaySummary s, List<Path> files) {
    out.printf("Replayed %s: %d participants, %d comments (%d moderated out), %d votes (%d agree, %d disagree, %d pass)%n", s.source(),
        s.participants(), s.commentsIngested(), s.commentsModeratedOut(), s.votesIngested(), s.votesAgree(), s.votesDisagree(),
        s.votesPass());
    out.printf("Rejected: %d comments, %d votes, %d unreadable rows%n", s.commentsRejected(), s.votesRejected(), s.rowsRejected());
    s.rejections().forEach((reason, count) -> out.printf("  %6d  %s%n", count, reason));
    for (Path file : files) {
      out.println("Wrote " + file);
    }
    out.flush();
  }
}
