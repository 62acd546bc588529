package org.consulta.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.consulta.core.access.TenantId;
import org.consulta.core.event.EventListener;
import org.consulta.http.WebhookTargets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code serve} subcommand: the HTTP/JSON API on embedded Jetty, for one demo tenant, on an H2
 * file (the default, {@code ./consulta-data/consulta}), in memory ({@code --db mem}) or on a database
 * by JDBC URL. Prints the base URL, an admin key, a moderator key and a system key, and serves until the JVM is
 * stopped; on SIGTERM or Ctrl-C a shutdown hook stops Jetty gracefully (in-flight requests finish),
 * closes the connection pool and prints {@code stopped}.
 *
 * <pre>{@code
 * ./consulta serve --db mem
 * ./consulta serve --port 9090 --api-key-file target/admin.key
 * ./consulta serve --db "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"
 * }</pre>
 *
 * <p>Single-use: picocli creates one instance per command line.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Serves the Consulta HTTP/JSON API on embedded Jetty for one demo tenant and prints its base URL, "
            + "an admin API key, a moderator API key and a system API key. Stop it with Ctrl-C or SIGTERM: in-flight requests finish first.",
        ""})
public final class ServeCommand implements Callable<Integer> {
  /** Where the data lives unless {@code --db} says otherwise: an H2 file under the working directory. */
  static final String DEFAULT_DB = "consulta-data/consulta";

  /** Connections for a database store; Jetty's request threads share them. */
  private static final int POOL_SIZE = 10;

  @Spec
  private CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
      description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
      description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only, since the output shows an admin key); "
          + "0.0.0.0 for every interface.")
  private String host;

  @Option(names = "--db", defaultValue = DEFAULT_DB, paramLabel = "DB",
      description = "Where the data lives: the path of an H2 file database (default: ./${DEFAULT-VALUE}, kept across "
          + "restarts), 'mem' for memory only, or a JDBC URL (PostgreSQL, MariaDB/MySQL or H2).")
  private String db;

  @Option(names = "--tenant", defaultValue = "demo", paramLabel = "ID",
      description = "The tenant the keys act in (default: ${DEFAULT-VALUE}).")
  private String tenant;

  @Option(names = "--allow-private-webhooks",
      description = "Let webhooks go to loopback and private networks (127.0.0.1, 10/8, 172.16/12, 192.168/16), e.g. a receiver on "
          + "this machine; by default only public addresses are allowed, so a subscription cannot reach internal services.")
  private boolean allowPrivateWebhooks;

  @Option(names = "--api-key-file", paramLabel = "FILE",
      description = "Also write the admin key to FILE (owner-only), for scripts.")
  private Path apiKeyFile;

  private final Consumer<Thread> shutdownHooks;
  private final EventListener listener;

  /** Creates the command; picocli sets its options. Stops on JVM shutdown. */
  public ServeCommand() {
    this(Runtime.getRuntime()::addShutdownHook, EventListener.NONE);
  }

  /**
   * @param shutdownHooks where the shutdown hook goes (the JVM's, or a test's)
   * @param listener an in-process event listener for the engine
   */
  ServeCommand(Consumer<Thread> shutdownHooks, EventListener listener) {
    this.shutdownHooks = shutdownHooks;
    this.listener = listener;
  }

  @Override
  public Integer call() throws Exception {
    validate();
    PrintWriter out = spec.commandLine().getOut();
    WebhookTargets targets = allowPrivateWebhooks ? WebhookTargets.privateNetworks() : WebhookTargets.strict();
    DemoServer server = DemoServer.start(openStore(), TenantId.of(tenant), host, port, listener, targets);
    try {
      if (apiKeyFile != null) {
        writeKey(apiKeyFile, server.adminKey());
      }
    } catch (IOException | RuntimeException e) {
      server.close();
      throw new ParameterException(spec.commandLine(), "cannot write --api-key-file " + apiKeyFile + ": " + e.getMessage());
    }
    printBanner(out, server, targets);
    shutdownHooks.accept(shutdownHook(server, out));
    server.join();
    return 0;
  }

  /**
   * What runs on SIGTERM: a graceful stop of Jetty, then of the pool, then {@code stopped}. The
   * data stays in the store (an H2 file or database keeps it across restarts).
   */
  static Thread shutdownHook(DemoServer server, PrintWriter out) {
    return new Thread(() -> {
      out.println("serve: stopping; in-flight requests finish first");
      out.flush();
      server.close();
      out.println("serve: stopped");
      out.flush();
    }, "consulta-serve-shutdown");
  }

  private static void printBanner(PrintWriter out, DemoServer server, WebhookTargets targets) {
    String base = server.uri().toString().replaceAll("/$", "");
    out.println("serve: Consulta API at " + base + "/v1 for tenant " + server.tenant());
    out.println("serve: data in the " + server.storeDescription());
    out.println("admin key  (ADMIN, MANAGER, AUDITOR): " + server.adminKey());
    out.println("moderator key (MODERATOR): " + server.moderatorKey());
    out.println("system key (SYSTEM, acts for a participant named in Consulta-On-Behalf-Of): " + server.systemKey());
    out.println(targets.allowsPrivateNetworks()
        ? "serve: webhooks may go to loopback and private networks (--allow-private-webhooks)"
        : "serve: webhooks go to public addresses only (--allow-private-webhooks for a receiver on this machine)");
    out.println("keys are new on every start; try:");
    out.println("  curl -s " + base + "/v1/consultations -H \"Authorization: Bearer " + server.adminKey() + "\"");
    out.println("serve: Ctrl-C or SIGTERM stops it");
    out.flush();
  }

  private static void writeKey(Path file, String key) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, key + "\n");
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system (Windows): the file keeps its default permissions
    }
  }

  private DemoStore openStore() {
    try {
      return DemoStore.open(db, POOL_SIZE);
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), "cannot create the H2 database " + db + ": " + e.getMessage());
    }
  }

  private void validate() {
    if (port < 0 || port > 65_535) {
      throw new ParameterException(spec.commandLine(), "--port must be 0..65535, was " + port);
    }
    if (!tenant.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
      throw new ParameterException(spec.commandLine(), "--tenant must be 1..64 of [a-z0-9._-] starting with a letter or digit");
    }
    if (db.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--db must be 'mem', a jdbc: URL or the path of an H2 file");
    }
  }
}
