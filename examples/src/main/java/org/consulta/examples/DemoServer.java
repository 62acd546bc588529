package org.consulta.examples;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.consulta.core.Consulta;
import org.consulta.core.moderation.screeners.Screeners;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.event.EventListener;
import org.consulta.http.ApiKeyAuthenticator;
import org.consulta.http.ApiKeys;
import org.consulta.http.ConsultaHttp;
import org.consulta.http.ConsultaServer;
import org.consulta.http.WebhookDispatcher;
import org.consulta.http.WebhookTargets;
import org.consulta.core.relay.WebhookOutbox;

/**
 * What {@code serve} runs: the engine on a {@link DemoStore}, the HTTP API on embedded Jetty, and
 * three API keys for one tenant, an admin key (ADMIN, MANAGER, AUDITOR), a moderator key (MODERATOR)
 * and a system key (SYSTEM, for a backend acting for participants). Keys live in memory: a restart issues new ones, while the
 * data stays in the store. Webhook deliveries run from the store's outbox. {@link #close()} stops
 * Jetty gracefully, then the webhook dispatcher (claimed deliveries stay in the outbox), then
 * closes the store's pool.
 * Thread-safe.
 */
final class DemoServer implements AutoCloseable {
  /** Roles of the admin key: run consultations, and read the event feed. */
  static final Set<Role> ADMIN_ROLES = Set.of(Role.ADMIN, Role.MANAGER, Role.AUDITOR);

  private final DemoStore store;
  private final ConsultaServer server;
  private final WebhookDispatcher webhooks;
  private final TenantId tenant;
  private final String adminKey;
  private final String systemKey;
  private final String moderatorKey;
  private final AtomicBoolean closed = new AtomicBoolean();

  private DemoServer(DemoStore store, ConsultaServer server, WebhookDispatcher webhooks, TenantId tenant, String adminKey, String systemKey,
      String moderatorKey) {
    this.store = store;
    this.server = server;
    this.webhooks = webhooks;
    this.tenant = tenant;
    this.adminKey = adminKey;
    this.systemKey = systemKey;
    this.moderatorKey = moderatorKey;
  }

  /**
   * Starts serving; on failure the store is closed.
   *
   * @param store the store; the server owns it from now on
   * @param tenant the tenant the keys act in
   * @param host the interface to listen on, null for all
   * @param port the port, 0 for any free one
   * @param listener an in-process listener (tests use it to hold a request in flight)
   * @param webhookTargets where webhook subscriptions may point, checked at subscription and at every send
   * @throws IllegalStateException if Jetty cannot start, e.g. the port is taken
   */
  static DemoServer start(DemoStore store, TenantId tenant, String host, int port, EventListener listener, WebhookTargets webhookTargets) {
    requireNonNull(store, "store");
    try {
      Consulta consulta = Consulta.builder().store(store.store()).listener(listener).screeners(Screeners.standard()).build();
      ApiKeys keys = new ApiKeys();
      String admin = keys.issue(tenant, "admin", ADMIN_ROLES);
      String system = keys.issue(tenant, "backend", Set.of(Role.SYSTEM));
      String moderator = keys.issue(tenant, "moderator", Set.of(Role.MODERATOR));
      ConsultaHttp http = ConsultaHttp.builder(consulta).authenticator(new ApiKeyAuthenticator(keys)).webhookTargets(webhookTargets).build();
      ConsultaServer server = ConsultaServer.start(http, host, port);
      // both built-in stores keep the webhook outbox; deliveries start once the server is up
      WebhookDispatcher webhooks = store.store() instanceof WebhookOutbox outbox ? WebhookDispatcher.builder(outbox).webhookTargets(webhookTargets).build().start() : null;
      return new DemoServer(store, server, webhooks, tenant, admin, system, moderator);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** @return the base URI, e.g. {@code http://localhost:8080/} */
  URI uri() {
    return server.uri();
  }

  TenantId tenant() {
    return tenant;
  }

  String adminKey() {
    return adminKey;
  }

  String systemKey() {
    return systemKey;
  }

  String moderatorKey() {
    return moderatorKey;
  }

  String storeDescription() {
    return store.description();
  }

  /** Waits until the server stops. */
  void join() throws InterruptedException {
    server.join();
  }

  /**
   * Stops accepting connections, lets in-flight requests finish (up to Jetty's stop timeout of 10
   * s), then closes the connection pool. Only the first call does anything.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      server.close();
    } finally {
      try {
        if (webhooks != null) {
          webhooks.close();
        }
      } finally {
        store.close();
      }
    }
  }
}
