package org.consulta.http;

import static java.util.Objects.requireNonNull;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.consulta.core.relay.RetryPolicy;
import org.consulta.core.relay.WebhookOutbox;
import org.consulta.core.relay.WebhookRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers webhooks from the store's outbox: a few threads each poll the outbox, claim due
 * deliveries (several nodes over one database never claim the same one), POST them as signed
 * CloudEvents and record the outcome (delivered, retry later with back-off, or dead). Any number
 * of nodes may run one over the same store; a node that dies holding claims loses nothing, as its
 * claims lapse after the lease and another node takes them.
 *
 * <p>Thread-safe. {@link #start()} once, {@link #close()} to stop: in-flight deliveries finish
 * (up to the grace period), claimed but unsent ones are released, and all state stays in the store.
 *
 * <pre>{@code
 * WebhookDispatcher dispatcher = WebhookDispatcher.builder(jdbcStore).nodeId("node-1").build();
 * dispatcher.start();
 * ...
 * dispatcher.close();
 * }</pre>
 */
public final class WebhookDispatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

  private final Builder config;
  private final WebhookRelay relay;
  private final ScheduledExecutorService executor;
  private volatile boolean running;

  private WebhookDispatcher(Builder b) {
    this.config = b;
    HttpClient client = HttpClient.newBuilder().connectTimeout(b.requestTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
    Duration lease = b.lease != null ? b.lease : b.requestTimeout.multipliedBy(b.batchSize).plusSeconds(30);
    this.relay = new WebhookRelay(b.outbox, new HttpWebhookSender(client, b.requestTimeout, b.clock, b.targets), b.clock, b.retries, new Random(),
        b.nodeId, lease);
    AtomicInteger n = new AtomicInteger();
    ThreadFactory threads = r -> {
      Thread t = new Thread(r, "consulta-webhooks-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    this.executor = Executors.newScheduledThreadPool(b.threads, threads);
  }

  /**
   * @param outbox the store's outbox ({@code InMemoryStore} or {@code JdbcStore})
   * @return a builder
   */
  public static Builder builder(WebhookOutbox outbox) {
    return new Builder(requireNonNull(outbox, "outbox"));
  }

  /**
   * Starts polling.
   *
   * @return this
   * @throws IllegalStateException if started before
   */
  public synchronized WebhookDispatcher start() {
    if (running || executor.isShutdown()) {
      throw new IllegalStateException("a dispatcher starts once");
    }
    running = true;
    for (int i = 0; i < config.threads; i++) {
      executor.scheduleWithFixedDelay(this::poll, i * config.pollInterval.toMillis() / config.threads, config.pollInterval.toMillis(),
          TimeUnit.MILLISECONDS);
    }
    LOG.info("webhook dispatcher {} started with {} thread(s), sending to {}", config.nodeId, config.threads, config.targets);
    return this;
  }

  private void poll() {
    try {
      // keep going while batches come back full: there is more due right now
      while (running && relay.relayDue(config.batchSize) == config.batchSize) {
        // next batch
      }
    } catch (RuntimeException e) {
      // a store outage must not kill the schedule; the next poll tries again
      LOG.warn("webhook dispatcher {} failed to relay the outbox", config.nodeId, e);
    }
  }

  /** @return this node's id, recorded on its claims */
  public String nodeId() {
    return config.nodeId;
  }

  /**
   * Stops polling; in-flight deliveries may finish within the grace period, then the threads are
   * interrupted (unsent claims are released; an interrupted send counts as a failed attempt).
   */
  @Override
  public void close() {
    running = false;
    executor.shutdown();
    try {
      if (!executor.awaitTermination(config.grace.toMillis(), TimeUnit.MILLISECONDS)) {
        executor.shutdownNow();
        executor.awaitTermination(config.grace.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    LOG.info("webhook dispatcher {} stopped", config.nodeId);
  }

  /** Configures a {@link WebhookDispatcher}. Each option may be set once. Not thread-safe. */
  public static final class Builder {
    private final WebhookOutbox outbox;
    private String nodeId;
    private int threads = 2;
    private Duration pollInterval = Duration.ofSeconds(1);
    private int batchSize = 10;
    private Duration requestTimeout = Duration.ofSeconds(10);
    private Duration lease;
    private Duration grace = Duration.ofSeconds(15);
    private RetryPolicy retries = RetryPolicy.standard();
    private Clock clock = Clock.systemUTC();
    private WebhookTargets targets = WebhookTargets.strict();
    private final java.util.Set<String> set = new java.util.HashSet<>();

    private Builder(WebhookOutbox outbox) {
      this.outbox = outbox;
    }

    private void once(String option) {
      if (!set.add(option)) {
        throw new IllegalStateException(option + " was already set");
      }
    }

    /**
     * @param id this node's id, unique among the nodes sharing the store (default: a random UUID)
     * @return this
     */
    public Builder nodeId(String id) {
      once("nodeId");
      this.nodeId = requireNonNull(id, "id");
      return this;
    }

    /**
     * @param threads concurrent senders, 1..64 (default 2)
     * @return this
     */
    public Builder threads(int threads) {
      once("threads");
      if (threads < 1 || threads > 64) {
        throw new IllegalArgumentException("threads must be 1..64, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * @param interval how often each thread looks for due deliveries when idle (default 1 s)
     * @return this
     */
    public Builder pollInterval(Duration interval) {
      once("pollInterval");
      this.pollInterval = positive(interval, "pollInterval");
      return this;
    }

    /**
     * @param size deliveries claimed per round, 1..100 (default 10)
     * @return this
     */
    public Builder batchSize(int size) {
      once("batchSize");
      if (size < 1 || size > 100) {
        throw new IllegalArgumentException("batchSize must be 1..100, was " + size);
      }
      this.batchSize = size;
      return this;
    }

    /**
     * @param timeout connect and response timeout of one POST (default 10 s)
     * @return this
     */
    public Builder requestTimeout(Duration timeout) {
      once("requestTimeout");
      this.requestTimeout = positive(timeout, "requestTimeout");
      return this;
    }

    /**
     * @param lease how long a claim lasts before another node may take it (default: batch size × request timeout + 30 s)
     * @return this
     */
    public Builder lease(Duration lease) {
      once("lease");
      this.lease = positive(lease, "lease");
      return this;
    }

    /**
     * @param grace how long {@link WebhookDispatcher#close()} waits for in-flight deliveries (default 15 s)
     * @return this
     */
    public Builder grace(Duration grace) {
      once("grace");
      this.grace = positive(grace, "grace");
      return this;
    }

    /**
     * @param retries back-off and dead letter (default {@link RetryPolicy#standard()})
     * @return this
     */
    public Builder retries(RetryPolicy retries) {
      once("retries");
      this.retries = requireNonNull(retries, "retries");
      return this;
    }

    /**
     * @param clock the only source of time (default {@link Clock#systemUTC()})
     * @return this
     */
    public Builder clock(Clock clock) {
      once("clock");
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @param targets where deliveries may go (default {@link WebhookTargets#strict()}: public
     *     addresses only), checked before every send against what the host resolves to then; a
     *     refused send is a failed attempt. Give {@code ConsultaHttp} the same.
     * @return this
     */
    public Builder webhookTargets(WebhookTargets targets) {
      once("webhookTargets");
      this.targets = requireNonNull(targets, "targets");
      return this;
    }

    private static Duration positive(Duration d, String name) {
      requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }

    /** @return a dispatcher, not yet started */
    public WebhookDispatcher build() {
      if (nodeId == null) {
        nodeId = UUID.randomUUID().toString();
      }
      return new WebhookDispatcher(this);
    }
  }
}
