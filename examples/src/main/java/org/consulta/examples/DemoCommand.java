package org.consulta.examples;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code demo} subcommand: runs one whole consultation ("Riverside park redesign") on the
 * in-memory store in virtual time and prints a summary. The same {@code --seed} prints the same
 * summary; progress and wall time go to stderr, the summary alone to stdout.
 *
 * <pre>{@code
 * ./consulta demo --seed 7 --participants 500 --contributions 2000 --json
 * }</pre>
 *
 * <p>Single-use: picocli creates one instance per command line.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Runs a whole consultation in virtual time on the in-memory store and prints a summary.",
        "",
        "A manager schedules the consultation, the clock opens it, participants register and "
            + "contribute online, staff record workshop and paper input, people reply, argue and react, "
            + "a few withdraw, the clock closes it and the manager moves it to analysis. "
            + "Progress goes to stderr, the summary to stdout.",
        ""})
public final class DemoCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "N",
      description = "Random seed; the same seed prints the same summary (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--participants", defaultValue = "300", paramLabel = "N",
      description = "Participants who register (default: ${DEFAULT-VALUE}).")
  private int participants;

  @Option(names = "--contributions", defaultValue = "400", paramLabel = "N",
      description = "Contributions taken while the consultation is open (default: ${DEFAULT-VALUE}).")
  private int contributions;

  @Option(names = "--json", description = "Print the summary as JSON instead of text.")
  private boolean json;

  /** Creates the command; picocli sets its options. */
  public DemoCommand() {}

  @Override
  public Integer call() {
    validate();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    DemoSummary summary = DemoScenario.run(
        new DemoScenario.Settings(seed, participants, contributions), message -> err.println("demo: " + message));
    out.print(json ? DemoJson.write(summary) : DemoSummaryText.render(summary));
    out.flush();
    err.printf("demo: done in %d ms of wall time%n", (System.nanoTime() - started) / 1_000_000);
    err.flush();
    return 0;
  }

  private void validate() {
    if (participants < 1 || participants > 1_000_000) {
      throw new ParameterException(spec.commandLine(), "--participants must be 1..1000000, was " + participants);
    }
    if (contributions < 0 || contributions > 1_000_000) {
      throw new ParameterException(spec.commandLine(), "--contributions must be 0..1000000, was " + contributions);
    }
  }
}
