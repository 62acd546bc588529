package org.consulta.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.http.ApiKeyAuthenticator;
import org.consulta.http.ApiKeys;
import org.consulta.http.ConsultaHttp;
import org.consulta.http.ConsultaServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Contribution submissions per second through the HTTP API against a bare servlet, on one embedded
 * Jetty 12 in one JVM, driven by one load generator in the same run.
 *
 * <ul>
 *   <li><b>consulta</b>: {@code POST /v1/consultations/{id}/contributions} through {@link
 *       ConsultaServlet} at the context root: a SYSTEM API key acting for a participant named in
 *       {@code Consulta-On-Behalf-Of}, rotating over 10,000 registered participants; an ONLINE
 *       IDEA with a 100-character body; the in-memory store of {@link Fixture} (event log on).
 *   <li><b>bare</b>: the same request (same headers and body) to a servlet at {@code /bare} that
 *       parses the body with Jackson into a {@code JsonNode} and answers 201 with a small JSON.
 * </ul>
 *
 * <p>Both contexts sit behind the same connector and thread pool ({@code QueuedThreadPool(200, 8)},
 * as {@code ConsultaServer}). The load generator is the JDK {@link HttpClient} over HTTP/1.1 with a
 * fixed number of in-flight requests (default 64): one platform thread per virtual user, each
 * looping send, await. It runs in the same JVM and shares the CPU with the server, so the absolute
 * rates are lower than with a separate load machine; the ratio is the figure to quote. After a
 * warm-up of each target, measured windows alternate bare, consulta, bare, consulta... so that
 * load from other processes drifts over both alike. Latency (send to body received) goes into an
 * HdrHistogram per window. Besides wall-clock rates it prints the CPU time the Jetty threads spent
 * per request, which a shared machine disturbs less.
 *
 * <p>{@code --wrk [FILE]} instead starts the same server alone and writes a wrk Lua script posting
 * the same request (same headers, rotating participants), for a load generator outside the JVM.
 *
 * <p>{@code --minimal} adds {@code Prefer: return=minimal} to every request: consulta then answers
 * 201 with Location and ETag but no body (the bare servlet ignores it).
 *
 * <p>Run (from the repository root; arguments: seconds per measured window, seconds of warm-up per
 * target, windows per target, concurrent requests, participants):
 *
 * <pre>{@code
 * mvn -q -DskipTests -pl benchmarks -am package
 * java -Xms2g -Xmx2g -cp benchmarks/target/benchmarks.jar org.consulta.benchmarks.HttpIngestHarness 10 10 2 64 10000
 * java -Xms2g -Xmx2g -cp benchmarks/target/benchmarks.jar org.consulta.benchmarks.HttpIngestHarness --wrk target/http-ingest.lua
 * }</pre>
 */
public final class HttpIngestHarness {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SERVER_THREADS = "bench-jetty";
  /** The first failed request of the run, to say what failed; a run is one process. */
  private static final java.util.concurrent.atomic.AtomicReference<String> FIRST_FAILURE = new java.util.concurrent.atomic.AtomicReference<>();

  private HttpIngestHarness() {}

  /**
   * @param args seconds per measured window (10), warm-up seconds per target (10), measured windows
   *     per target (2), concurrent requests (64), participants (10,000)
   * @throws Exception if the server cannot start or a client thread fails
   */
  public static void main(String[] arguments) throws Exception {
    boolean minimal = java.util.Arrays.asList(arguments).contains("--minimal");
    String[] args = java.util.Arrays.stream(arguments).filter(a -> !a.equals("--minimal")).toArray(String[]::new);
    if (args.length > 0 && args[0].equals("--wrk")) {
      serveForWrk(args.length > 1 ? java.nio.file.Path.of(args[1]) : java.nio.file.Path.of("target/http-ingest.lua"));
      return;
    }
    int windowSeconds = arg(args, 0, 10);
    int warmupSeconds = arg(args, 1, 10);
    int windows = arg(args, 2, 2);
    int concurrency = arg(args, 3, 64);
    int participantCount = arg(args, 4, 10_000);
    System.out.printf("JVM: %s %s, %d processors, max heap %,d MiB; %d in flight, %d participants, windows of %d s after %d s warm-up%s%n",
        System.getProperty("java.vm.name"), System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, concurrency, participantCount, windowSeconds, warmupSeconds,
        minimal ? "; Prefer: return=minimal" : "");

    Fixture fixture = Fixture.create(1, participantCount);
    Fixture.Tenant tenant = fixture.tenants.get(0);
    ApiKeys keys = new ApiKeys();
    String systemKey = keys.issue(tenant.id(), "bench-backend", Set.of(Role.SYSTEM));
    ConsultaHttp http = ConsultaHttp.builder(fixture.consulta).authenticator(new ApiKeyAuthenticator(keys)).build();
    Server jetty = start(http);
    int port = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    try {
      String path = "/v1/consultations/" + tenant.consultation() + "/contributions";
      String body = JSON.writeValueAsString(java.util.Map.of(
          "kind", "IDEA", "body", Fixture.BODY_100, "language", "en", "channel", "ONLINE"));
      List<HttpRequest> consulta = requests(URI.create("http://127.0.0.1:" + port + path), systemKey, body, tenant.participants(), minimal);
      List<HttpRequest> bare = requests(URI.create("http://127.0.0.1:" + port + "/bare" + path), systemKey, body, tenant.participants(), minimal);
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

      System.err.println("warm-up: bare, then consulta");
      drive(client, bare, concurrency, warmupSeconds);
      drive(client, consulta, concurrency, warmupSeconds);
      Window bareTotal = Window.empty();
      Window consultaTotal = Window.empty();
      for (int w = 1; w <= windows; w++) {
        Window b = drive(client, bare, concurrency, windowSeconds);
        print("bare     #" + w, b);
        Window c = drive(client, consulta, concurrency, windowSeconds);
        print("consulta #" + w, c);
        System.out.printf("ratio    #%d  %.3f%n", w, c.rate() / b.rate());
        bareTotal = bareTotal.plus(b);
        consultaTotal = consultaTotal.plus(c);
      }
      print("bare     all", bareTotal);
      print("consulta all", consultaTotal);
      System.out.printf("ratio consulta/bare: %.3f (target >= 0.70); consulta p99 %.2f ms (target < 20 ms)%n",
          consultaTotal.rate() / bareTotal.rate(), consultaTotal.latency.getValueAtPercentile(99) / 1e6);
      if (FIRST_FAILURE.get() != null) {
        System.out.println("first failure: " + FIRST_FAILURE.get());
      }
    } finally {
      jetty.stop();
    }
  }

  /**
   * Starts the same server and writes a wrk script that posts the same request, rotating over the
   * participants; serves until killed. Then, e.g.: {@code wrk -t2 -c64 -d20s --latency -s
   * target/http-ingest.lua http://127.0.0.1:PORT -- /bare} (bare), {@code -- ""} (consulta) or {@code -- ""
   * minimal} (consulta with {@code Prefer: return=minimal}: no response body).
   */
  private static void serveForWrk(java.nio.file.Path script) throws Exception {
    Fixture fixture = Fixture.create(1, 10_000);
    Fixture.Tenant tenant = fixture.tenants.get(0);
    ApiKeys keys = new ApiKeys();
    String systemKey = keys.issue(tenant.id(), "bench-backend", Set.of(Role.SYSTEM));
    Server jetty = start(ConsultaHttp.builder(fixture.consulta).authenticator(new ApiKeyAuthenticator(keys)).build());
    int port = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    StringBuilder lua = new StringBuilder("local ids = {\n");
    tenant.participants().forEach(p -> lua.append("  \"").append(p.subject()).append("\",\n"));
    lua.append("}\n")
        .append("local path = \"/v1/consultations/").append(tenant.consultation()).append("/contributions\"\n")
        .append("local prefix = \"\"\n")
        .append("local i = 0\n")
        .append("local prefer = nil\n")
        .append("function init(args) prefix = args[1] or \"\"; if args[2] == \"minimal\" then prefer = \"return=minimal\" end end\n")
        .append("wrk.method = \"POST\"\n")
        .append("wrk.body = ").append(luaString(JSON.writeValueAsString(java.util.Map.of(
            "kind", "IDEA", "body", Fixture.BODY_100, "language", "en", "channel", "ONLINE")))).append("\n")
        .append("function request()\n")
        .append("  i = i % #ids + 1\n")
        .append("  return wrk.format(nil, prefix .. path, {[\"Host\"] = wrk.host, [\"Content-Type\"] = \"application/json\",\n")
        .append("    [\"Authorization\"] = \"Bearer ").append(systemKey).append("\", [\"Consulta-On-Behalf-Of\"] = ids[i], [\"Prefer\"] = prefer})\n")
        .append("end\n");
    java.nio.file.Files.createDirectories(script.toAbsolutePath().getParent());
    java.nio.file.Files.writeString(script, lua);
    System.out.println("serving http://127.0.0.1:" + port + " (bare at /bare); wrk script " + script);
    System.out.println("wrk -t2 -c64 -d20s --latency -s " + script + " http://127.0.0.1:" + port + " -- /bare");
    System.out.println("wrk -t2 -c64 -d20s --latency -s " + script + " http://127.0.0.1:" + port + " -- \"\"");
    System.out.println("wrk -t2 -c64 -d20s --latency -s " + script + " http://127.0.0.1:" + port + " -- \"\" minimal");
    jetty.join();
  }

  private static String luaString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static int arg(String[] args, int index, int fallback) {
    return args.length > index ? Integer.parseInt(args[index]) : fallback;
  }

  /** One Jetty, one connector, one pool: the API at the root, the bare servlet at {@code /bare}. */
  private static Server start(ConsultaHttp http) throws Exception {
    QueuedThreadPool threads = new QueuedThreadPool(200, 8);
    threads.setName(SERVER_THREADS);
    Server jetty = new Server(threads);
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    jetty.addConnector(connector);
    ServletContextHandler api = new ServletContextHandler();
    api.setContextPath("/");
    api.addServlet(new ServletHolder("consulta", new ConsultaServlet(http)), "/*");
    ServletContextHandler bare = new ServletContextHandler();
    bare.setContextPath("/bare");
    bare.addServlet(new ServletHolder("bare", new BareServlet()), "/*");
    jetty.setHandler(new ContextHandlerCollection(bare, api));
    jetty.start();
    return jetty;
  }

  /** Parses the body with Jackson and answers 201 with a small JSON: the floor any JSON API pays. */
  static final class BareServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final byte[] CREATED = "{\"id\":\"01a20715-ae58-7000-8db1-99637167b12b\",\"state\":\"PUBLISHED\"}"
        .getBytes(StandardCharsets.UTF_8);

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
      JsonNode body = JSON.readTree(request.getInputStream());
      if (!body.path("body").isTextual()) {
        response.sendError(400);
        return;
      }
      response.setStatus(201);
      response.setContentType("application/json");
      response.setContentLength(CREATED.length);
      response.getOutputStream().write(CREATED);
    }
  }

  /** One prepared request per participant: the same headers and body for both targets. */
  private static List<HttpRequest> requests(URI uri, String key, String body, List<Actor> participants, boolean minimal) {
    List<HttpRequest> requests = new ArrayList<>(participants.size());
    for (Actor participant : participants) {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri)
          .header("Authorization", "Bearer " + key)
          .header(ApiKeyAuthenticator.ON_BEHALF_OF, participant.subject())
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body));
      if (minimal) {
        request.header("Prefer", "return=minimal");
      }
      requests.add(request.build());
    }
    return requests;
  }

  /** What one window measured. */
  private record Window(long ok, long failed, double seconds, Histogram latency, long serverCpuNanos, long processCpuNanos) {
    static Window empty() {
      return new Window(0, 0, 0, new Histogram(3), 0, 0);
    }

    double rate() {
      return ok / seconds;
    }

    Window plus(Window o) {
      Histogram h = latency.copy();
      h.add(o.latency);
      return new Window(ok + o.ok, failed + o.failed, seconds + o.seconds, h, serverCpuNanos + o.serverCpuNanos, processCpuNanos + o.processCpuNanos);
    }
  }

  private static void print(String name, Window w) {
    Histogram h = w.latency;
    System.out.printf("%-13s %,9.0f req/s  p50 %6.2f  p90 %6.2f  p99 %6.2f  max %7.2f ms  CPU us/req: Jetty %4.0f, process %4.0f  (%,d ok, %,d failed, %.1f s)%n",
        name, w.rate(), h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(90) / 1e6, h.getValueAtPercentile(99) / 1e6,
        h.getMaxValue() / 1e6, w.serverCpuNanos / 1e3 / Math.max(1, w.ok),
        w.processCpuNanos / 1e3 / Math.max(1, w.ok), w.ok, w.failed, w.seconds);
  }

  /** {@code concurrency} virtual users send, await, repeat, for {@code seconds}; participants rotate. */
  private static Window drive(HttpClient client, List<HttpRequest> requests, int concurrency, int seconds) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    LongAdder ok = new LongAdder();
    LongAdder failed = new LongAdder();
    List<Histogram> histograms = new ArrayList<>();
    List<Thread> users = new ArrayList<>();
    long cpuBefore = serverCpuNanos();
    long processBefore = processCpuNanos();
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    for (int u = 0; u < concurrency; u++) {
      Histogram h = new Histogram(60_000_000_000L, 3);
      histograms.add(h);
      Thread t = new Thread(() -> {
        while (System.nanoTime() < end) {
          HttpRequest request = requests.get(Math.floorMod(next.getAndIncrement(), requests.size()));
          long sent = System.nanoTime();
          try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            h.recordValue(Math.min(System.nanoTime() - sent, 60_000_000_000L));
            if (response.statusCode() == 201) {
              ok.increment();
            } else {
              failed.increment();
              FIRST_FAILURE.compareAndSet(null, response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
            }
          } catch (IOException e) {
            failed.increment();
            FIRST_FAILURE.compareAndSet(null, e.toString());
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "bench-user-" + u);
      users.add(t);
      t.start();
    }
    for (Thread t : users) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    Histogram all = new Histogram(3);
    histograms.forEach(all::add);
    return new Window(ok.sum(), failed.sum(), elapsed, all, serverCpuNanos() - cpuBefore, processCpuNanos() - processBefore);
  }

  /** CPU time of the whole JVM: server, load generator, GC and JIT. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** CPU time of every live Jetty pool thread (acceptor, selectors, request threads). */
  private static long serverCpuNanos() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (java.lang.management.ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith(SERVER_THREADS)) {
        sum += Math.max(0, mx.getThreadCpuTime(info.getThreadId()));
      }
    }
    return sum;
  }
}
