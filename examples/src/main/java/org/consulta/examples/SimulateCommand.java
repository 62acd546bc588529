package org.consulta.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violation;
import org.consulta.core.expectation.CommitmentStatus;
import org.consulta.core.json.ConsultaJson;
import org.consulta.core.json.ScenarioJson;
import org.consulta.core.participant.DemographicDimension;
import org.consulta.core.simulation.Estimate;
import org.consulta.core.simulation.Scenario;
import org.consulta.core.simulation.SimulationCsv;
import org.consulta.core.simulation.SimulationResult;
import org.consulta.core.simulation.SummaryDay;
import org.consulta.core.simulation.Sweep;
import org.consulta.core.simulation.SweepRuns;
import org.consulta.core.simulation.SweepSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code simulate} subcommand: reads a scenario file (JSON, or YAML by extension), runs every
 * scenario of its sweep with {@code --seeds} seeds on {@code --threads} threads, and writes into
 * {@code --out}:
 *
 * <pre>
 * scenario.json                   the effective scenarios, every value stated (feed it back with --scenario)
 * summary.csv                     every scenario's summary in long form (scenario, day, metric, mean, 95% CI)
 * participation.svg               participants and contributions per day, one series per scenario
 * representation.svg              each group's final share among participants against its reference share
 * &lt;scenario&gt;/runs/seed-&lt;n&gt;.csv  one run's time series; .json the same days as JSON
 * &lt;scenario&gt;/summary.csv, summary.json, participation.svg, representation.svg   that scenario alone
 * </pre>
 *
 * <p>Progress goes to stderr; the paths and a table of final-day means with their 95% confidence
 * intervals to stdout.
 *
 * <pre>{@code
 * java -jar examples/target/consulta-examples.jar simulate --scenario examples/scenarios/baseline.yaml --seeds 20 --out out
 * ./consulta simulate --scenario examples/scenarios/sweep-response-capacity.yaml --residents 5000 --threads 4
 * }</pre>
 *
 * <p>Single-use: picocli creates one instance per command line.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Simulates a consultation: reads a scenario file (JSON, or YAML for .yaml/.yml) that states what differs "
            + "from the default scenario, runs each scenario of its sweep with several seeds on all cores, and writes "
            + "time series (CSV, JSON), summaries with 95%% confidence intervals across seeds and SVG charts.",
        "",
        "Progress goes to stderr; where the files went and a table of final-day means to stdout.",
        ""})
public final class SimulateCommand implements Callable<Integer> {
  /** The final-day metrics of the table, before each dimension's representation distance. */
  private static final List<String> HEADLINE = List.of("participants", "contributions.total", "trust.mean", "trust.participants",
      "backlog.moderation", "backlog.responses");

  @Spec
  private CommandSpec spec;

  @Option(names = "--scenario", paramLabel = "FILE",
      description = "Scenario file: JSON, or YAML for .yaml/.yml (default: the built-in default scenario).")
  private Path scenario;

  @Option(names = "--seeds", defaultValue = "20", paramLabel = "N",
      description = "Runs per scenario, with seeds seed, seed+1, ... (default: ${DEFAULT-VALUE}).")
  private int seeds;

  @Option(names = "--threads", paramLabel = "N", description = "Threads to run on (default: all cores).")
  private Integer threads;

  @Option(names = "--residents", paramLabel = "N", description = "Override the population size of every scenario.")
  private Integer residents;

  @Option(names = "--days", paramLabel = "N",
      description = "Override the simulated days of every scenario (the consultation stays open at most that long).")
  private Integer days;

  @Option(names = "--out", defaultValue = "simulation-out", paramLabel = "DIR",
      description = "Directory for the results, created if missing; files in it are replaced (default: ${DEFAULT-VALUE}).")
  private Path out;

  /** Creates the command; picocli sets its options. */
  public SimulateCommand() {}

  @Override
  public Integer call() throws IOException {
    validate();
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Scenario> scenarios = scenarios();
    int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    err.printf("simulate: %d scenario(s) x %d seed(s) = %d runs on %d thread(s)%n", scenarios.size(), seeds, scenarios.size() * seeds,
        threadCount);
    err.flush();
    long started = System.nanoTime();
    List<SweepRuns> results;
    try {
      results = Sweep.run(scenarios, seeds, threadCount, (result, done, total) -> {
        synchronized (err) {
          err.printf(Locale.ROOT, "simulate: run %d/%d done (%s, seed %d), %.1f s elapsed%n", done, total, result.scenario(), result.seed(),
              (System.nanoTime() - started) / 1e9);
          err.flush();
        }
      });
    } catch (InvalidInputException e) {
      // what only the engine can judge (the consultation, the commitments), checked before any run
      String where = scenario == null ? "the default scenario" : "scenario file " + scenario;
      throw new ParameterException(spec.commandLine(), where + (residents != null || days != null ? " with the overrides" : "")
          + " is invalid:" + e.violations().stream().map(Violation::toString).collect(Collectors.joining("\n  ", "\n  ", "")));
    }
    List<Path> written = write(results);
    stdout.println("Results of " + scenarios.size() + " scenario(s), " + seeds + " seed(s) each, in " + out.toAbsolutePath().normalize());
    written.forEach(p -> stdout.println("  " + out.relativize(p)));
    stdout.println();
    results.forEach(r -> table(r, stdout));
    stdout.flush();
    err.printf(Locale.ROOT, "simulate: done in %.1f s of wall time%n", (System.nanoTime() - started) / 1e9);
    err.flush();
    return 0;
  }

  private void validate() {
    if (seeds < 1 || seeds > 10_000) {
      throw new ParameterException(spec.commandLine(), "--seeds must be 1..10000, was " + seeds);
    }
    if (threads != null && (threads < 1 || threads > 1_024)) {
      throw new ParameterException(spec.commandLine(), "--threads must be 1..1024, was " + threads);
    }
    if (residents != null && (residents < 1 || residents > 10_000_000)) {
      throw new ParameterException(spec.commandLine(), "--residents must be 1..10000000, was " + residents);
    }
    if (days != null && (days < 1 || days > 3_660)) {
      throw new ParameterException(spec.commandLine(), "--days must be 1..3660, was " + days);
    }
  }

  /** The file's scenarios with the command line's overrides, or a usage error naming every bad path. */
  private List<Scenario> scenarios() {
    try {
      List<Scenario> read = scenario == null ? List.of(Scenario.defaults()) : ScenarioFiles.read(scenario);
      List<Scenario> out = new ArrayList<>();
      for (Scenario s : read) {
        Scenario.Builder b = s.toBuilder();
        if (residents != null) {
          b.residents(residents);
        }
        if (days != null) {
          b.days(days);
        }
        out.add(b.build());
      }
      return out;
    } catch (InvalidInputException e) {
      String where = scenario == null ? "the default scenario" : "scenario file " + scenario;
      throw new ParameterException(spec.commandLine(), where + (residents != null || days != null ? " with the overrides" : "")
          + " is invalid:" + e.violations().stream()
          .map(Violation::toString).collect(Collectors.joining("\n  ", "\n  ", "")));
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), "cannot read scenario file " + scenario + ": " + e.getMessage());
    }
  }

  private List<Path> write(List<SweepRuns> results) throws IOException {
    Files.createDirectories(out);
    List<Path> written = new ArrayList<>();
    ObjectMapper json = ConsultaJson.mapper();
    written.add(text(out.resolve("scenario.json"), ScenarioJson.write(results.stream().map(SweepRuns::scenario).toList())));
    List<SweepSummary> summaries = results.stream().map(SweepRuns::summary).toList();
    written.add(csv(out.resolve("summary.csv"), w -> SimulationCsv.summary(summaries, w)));
    written.add(text(out.resolve("participation.svg"), SimulationCharts.participation(results)));
    written.add(text(out.resolve("representation.svg"), SimulationCharts.representation(results)));
    Set<String> slugs = new HashSet<>();
    for (SweepRuns r : results) {
      Path dir = out.resolve(unique(slug(r.scenario().name()), slugs));
      Files.createDirectories(dir.resolve("runs"));
      for (SimulationResult run : r.runs()) {
        csv(dir.resolve("runs").resolve("seed-" + run.seed() + ".csv"), w -> SimulationCsv.timeSeries(run.days(), w));
        text(dir.resolve("runs").resolve("seed-" + run.seed() + ".json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(run.days()));
      }
      written.add(dir.resolve("runs"));
      written.add(csv(dir.resolve("summary.csv"), w -> SimulationCsv.summary(List.of(r.summary()), w)));
      written.add(text(dir.resolve("summary.json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(r.summary())));
      written.add(text(dir.resolve("participation.svg"), SimulationCharts.participation(List.of(r))));
      written.add(text(dir.resolve("representation.svg"), SimulationCharts.representation(List.of(r))));
    }
    return written;
  }

  /** The final day of one scenario: each headline metric's mean and 95% interval, then its commitments' final statuses. */
  private static void table(SweepRuns r, PrintWriter stdout) {
    SummaryDay last = r.summary().last();
    stdout.printf("%s (day %d, %d runs): mean [95%% CI]%n", r.scenario().name(), last.day(), r.summary().runs());
    List<String> metrics = new ArrayList<>(HEADLINE);
    for (DemographicDimension d : r.scenario().population().schema().dimensions()) {
      metrics.add("representation." + d.key() + ".distance");
    }
    for (String metric : metrics) {
      Estimate e = last.metrics().get(metric);
      if (e != null) {
        stdout.printf(Locale.ROOT, "  %-36s %12s  [%s, %s]%n", metric, number(e.mean()), number(e.low()), number(e.high()));
      }
    }
    for (Map.Entry<String, Map<CommitmentStatus, Double>> c : r.summary().finalCommitments().entrySet()) {
      String shares = c.getValue().entrySet().stream()
          .map(e -> e.getKey() + " " + Math.round(100 * e.getValue()) + "%").collect(Collectors.joining(", "));
      stdout.printf("  %-36s %s%n", "commitment " + c.getKey(), shares);
    }
    stdout.println();
  }

  private static String number(double v) {
    return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.4f", v);
  }

  /** A folder name from a scenario name: lower case letters, digits and dashes, at most 80 characters. */
  static String slug(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > 80) {
      s = s.substring(0, 80).replaceAll("-+$", "");
    }
    return s.isEmpty() ? "scenario" : s;
  }

  private static String unique(String slug, Set<String> taken) {
    String candidate = slug;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = slug + "-" + n;
    }
    return candidate;
  }

  private static Path text(Path file, String content) throws IOException {
    Files.writeString(file, content);
    return file;
  }

  /** Something that writes CSV into an open writer. */
  private interface CsvBody {
    void write(Writer w) throws IOException;
  }

  private static Path csv(Path file, CsvBody body) throws IOException {
    try (Writer w = Files.newBufferedWriter(file)) {
      body.write(w);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return file;
  }

  /** Reads scenario files: JSON, or YAML by extension, into {@link ScenarioJson}. */
  static final class ScenarioFiles {
    private ScenarioFiles() {}

    /**
     * @param file a JSON or YAML ({@code .yaml}, {@code .yml}) scenario file
     * @return its scenarios
     * @throws IOException if the file cannot be read or parsed
     * @throws InvalidInputException naming every bad path
     */
    static List<Scenario> read(Path file) throws IOException {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      ObjectMapper parser = name.endsWith(".yaml") || name.endsWith(".yml") ? new YAMLMapper() : new JsonMapper();
      JsonNode tree = parser.readTree(file.toFile());
      if (tree == null || tree.isMissingNode()) {
        throw new IOException("the file is empty");
      }
      return ScenarioJson.readAll(tree);
    }
  }
}
