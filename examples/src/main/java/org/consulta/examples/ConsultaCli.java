package org.consulta.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code consulta-examples} command line: one subcommand per example ({@code demo}, {@code
 * serve}, {@code simulate}, {@code replay-polis} and {@code pb}).
 *
 * <pre>{@code
 * java -jar examples/target/consulta-examples.jar demo --seed 7
 * ./consulta demo --json
 * ./consulta serve --db mem
 * ./consulta simulate --scenario examples/scenarios/baseline.yaml --seeds 20 --out out
 * ./consulta replay-polis path/to/polis-export --out out/replay
 * }</pre>
 *
 * <p>Single-use: build a new {@code CommandLine} per run.
 */
@Command(
    name = "consulta-examples",
    mixinStandardHelpOptions = true,
    versionProvider = ConsultaCli.Version.class,
    description = "Examples of the Consulta engine for public consultations.",
    subcommands = {
        DemoCommand.class,
        ServeCommand.class,
        SimulateCommand.class,
        ReplayPolisCommand.class,
        PbCommand.class,
        CommandLine.HelpCommand.class,
    })
public final class ConsultaCli implements Runnable {
  @Spec
  private CommandSpec spec;

  /** Creates the top-level command. */
  public ConsultaCli() {}

  /**
   * Runs the command line and exits with its exit code (0 on success, 1 on failure, 2 on bad usage).
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true"); // charts are drawn to files, never shown
    }
    System.exit(new CommandLine(new ConsultaCli()).execute(args));
  }

  /** Without a subcommand there is nothing to do: show the usage as a usage error. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'demo', 'serve', 'simulate', 'replay-polis' or 'pb'");
  }

  /** Reads the version Maven filtered into {@code version.properties}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = ConsultaCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"consulta-examples " + properties.getProperty("version", "dev"), "Java " + System.getProperty("java.version")};
    }
  }
}
