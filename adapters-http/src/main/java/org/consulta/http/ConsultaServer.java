package org.consulta.http;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The API as a standalone server on embedded Jetty 12: one call starts it, {@link #close()} stops
 * it gracefully (in-flight requests finish, up to a timeout). Needs {@code
 * org.eclipse.jetty.ee10:jetty-ee10-servlet} on the classpath. Thread-safe.
 *
 * <pre>{@code
 * try (ConsultaServer server = ConsultaServer.start(http, 8080)) {
 *   log.info("serving {}", server.uri());
 *   server.join();
 * }
 * }</pre>
 */
public final class ConsultaServer implements AutoCloseable {
  private final Server jetty;
  private final URI uri;

  private ConsultaServer(Server jetty, URI uri) {
    this.jetty = jetty;
    this.uri = uri;
  }

  /**
   * Starts a server.
   *
   * @param config what to serve
   * @param port the port, 0 for any free one
   * @return the running server
   * @throws IllegalStateException if it cannot start (e.g. the port is taken)
   */
  public static ConsultaServer start(ConsultaHttp config, int port) {
    return start(config, null, port);
  }

  /**
   * Starts a server listening on one interface.
   *
   * @param config what to serve
   * @param host the interface to listen on (e.g. {@code 127.0.0.1} for this machine only), or null for all
   * @param port the port, 0 for any free one
   * @return the running server
   * @throws IllegalStateException if it cannot start (e.g. the port is taken)
   */
  public static ConsultaServer start(ConsultaHttp config, String host, int port) {
    requireNonNull(config, "config");
    QueuedThreadPool threads = new QueuedThreadPool(200, 8);
    threads.setName("consulta-http");
    Server jetty = new Server(threads);
    // no "Server: Jetty(12.x)" or X-Powered-By: the version helps only someone matching exploits
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    jetty.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addServlet(new ServletHolder("consulta", new ConsultaServlet(config)), "/*");
    jetty.setHandler(context);
    jetty.setErrorHandler(new ProblemErrorHandler());
    jetty.setStopTimeout(10_000);
    jetty.setStopAtShutdown(false);
    try {
      jetty.start();
    } catch (Exception e) {
      throw new IllegalStateException("the HTTP server could not start on port " + port + ": " + e.getMessage(), e);
    }
    String shown = host == null || host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
    return new ConsultaServer(jetty, URI.create("http://" + shown + ":" + connector.getLocalPort() + "/"));
  }

  /** @return the base URI, e.g. {@code http://localhost:8080/} */
  public URI uri() {
    return uri;
  }

  /**
   * Waits until the server stops.
   *
   * @throws InterruptedException if interrupted while waiting
   */
  public void join() throws InterruptedException {
    jetty.join();
  }

  /** Stops accepting connections, lets in-flight requests finish (up to 10 s), then stops. */
  @Override
  public void close() {
    try {
      jetty.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the HTTP server did not stop cleanly: " + e.getMessage(), e);
    }
  }
}
