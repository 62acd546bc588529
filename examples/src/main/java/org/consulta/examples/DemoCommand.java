package org.consulta.examples;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.nio.file.Path;
import org.consulta.core.access.TenantId;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code demo} subcommand: runs one whole consultation ("Riverside park redesign") in virtual
 * time, on the in-memory store, an H2 file ({@code --h2}) or a database by JDBC URL ({@code
 * --jdbc-url}), and prints a summary. The same {@code --seed} prints the same
 * summary; progress and wall time go to stderr, the summary alone to stdout.
 *
 * <pre>{@code
 * ./consulta demo --seed 7 --participants 500 --contributions 2000 --json
 * ./consulta demo --h2 target/demo-db
 * ./consulta demo --jdbc-url "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"
 * }</pre>
 *
 * <p>Single-use: picocli creates one instance per command line.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Runs a whole consultation in virtual time and prints a summary: on the in-memory store by default, "
            + "on an H2 file with --h2, or on PostgreSQL/MariaDB/H2 with --jdbc-url.",
        "",
        "A manager schedules the consultation, the clock opens it, participants register and "
            + "contribute online, staff record workshop and paper input, people reply, argue and react, "
            + "a few withdraw, the clock closes it and the manager moves it to analysis. "
            + "Progress goes to stderr, the summary to stdout.",
        ""})
public final class DemoCommand implements Callable<Integer> {
  /** The demo runs on one thread; a few connections are plenty. */
  private static final int POOL_SIZE = 4;

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

  @ArgGroup(exclusive = true)
  private StoreOptions storeOptions = new StoreOptions();

  @Option(names = "--jdbc-user", paramLabel = "USER", description = "User for --jdbc-url, if not in the URL.")
  private String jdbcUser;

  @Option(names = "--jdbc-password", paramLabel = "PASSWORD", description = "Password for --jdbc-url, if not in the URL.")
  private String jdbcPassword;

  @Option(names = "--tenant", paramLabel = "ID",
      description = "Tenant to act in (default: demo-city in memory; a new demo-<random> tenant on a database, "
          + "so runs never collide).")
  private String tenant;

  /** Where the demo keeps its data; at most one of these. */
  static final class StoreOptions {
    @Option(names = "--h2", arity = "0..1", paramLabel = "FILE", fallbackValue = "",
        description = "Run on an H2 file database: FILE (created if missing), or a new one in a temp directory.")
    String h2;

    @Option(names = "--jdbc-url", paramLabel = "URL",
        description = "Run on the database at this JDBC URL (PostgreSQL, MariaDB/MySQL or H2), e.g. "
            + "jdbc:postgresql://127.0.0.1:5432/test?user=postgres. Consulta's tables are created if missing.")
    String jdbcUrl;
  }

  /** Creates the command; picocli sets its options. */
  public DemoCommand() {}

  @Override
  public Integer call() {
    validate();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    DemoSummary summary;
    try (DemoStore store = openStore()) {
      TenantId chosen = tenant != null ? TenantId.of(tenant)
          : store.persistent() ? TenantId.of("demo-" + Long.toString(System.nanoTime() & 0xFFFFFFFL, 36)) : DemoScenario.TENANT;
      err.println("demo: on the " + store.description() + ", tenant " + chosen);
      summary = DemoScenario.run(new DemoScenario.Settings(seed, participants, contributions, chosen), store.store(),
          message -> err.println("demo: " + message));
    }
    out.print(json ? DemoJson.write(summary) : DemoSummaryText.render(summary));
    out.flush();
    err.printf("demo: done in %d ms of wall time%n", (System.nanoTime() - started) / 1_000_000);
    err.flush();
    return 0;
  }

  private DemoStore openStore() {
    try {
      if (storeOptions.jdbcUrl != null) {
        return DemoStore.jdbc(storeOptions.jdbcUrl, jdbcUser, jdbcPassword, POOL_SIZE);
      }
      if (storeOptions.h2 != null) {
        return DemoStore.h2(storeOptions.h2.isEmpty() ? null : Path.of(storeOptions.h2), POOL_SIZE);
      }
      return DemoStore.memory();
    } catch (java.io.IOException e) {
      throw new ParameterException(spec.commandLine(), "cannot create the H2 database: " + e.getMessage());
    }
  }

  private void validate() {
    if (tenant != null && !tenant.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
      throw new ParameterException(spec.commandLine(), "--tenant must be 1..64 of [a-z0-9._-] starting with a letter or digit");
    }
    if ((jdbcUser != null || jdbcPassword != null) && storeOptions.jdbcUrl == null) {
      throw new ParameterException(spec.commandLine(), "--jdbc-user and --jdbc-password go with --jdbc-url");
    }
    if (participants < 1 || participants > 1_000_000) {
      throw new ParameterException(spec.commandLine(), "--participants must be 1..1000000, was " + participants);
    }
    if (contributions < 0 || contributions > 1_000_000) {
      throw new ParameterException(spec.commandLine(), "--contributions must be 0..1000000, was " + contributions);
    }
  }
}
