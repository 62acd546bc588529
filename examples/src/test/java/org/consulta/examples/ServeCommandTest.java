package org.consulta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consulta.core.access.TenantId;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.EventListener;
import org.consulta.http.WebhookTargets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve} through a real socket: the README walk-through, and a graceful stop. */
class ServeCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir
  Path dir;

  @Test
  void theReadmeWalkThroughCreatesOpensRegistersSubmitsListsAndReadsEvents() throws Exception {
    Path keyFile = dir.resolve("admin.key");
    try (Serving serving = Serving.start("serve", "--port", "0", "--db", "mem", "--api-key-file", keyFile.toString())) {
      String admin = serving.line("admin key .*: (csk_\\S+)");
      String system = serving.line("system key .*: (csk_\\S+)");
      String moderator = serving.line("moderator key .*: (csk_\\S+)");
      URI base = URI.create(serving.line("Consulta API at (http://\\S+)/v1 ") + "/");
      assertThat(Files.readString(keyFile).trim()).isEqualTo(admin);
      assertThat(serving.out()).contains("data in the in-memory store").contains("curl -s " + base + "v1/consultations");

      Reply created = send(base, "POST", "v1/consultations", admin, """
          {"title":{"en":"Riverside park"},"purpose":{"en":"Decide what the park offers"},
           "influence":{"level":"CONSULT"},"acceptedKinds":["IDEA","COMMENT"],"channels":["ONLINE"]}""");
      assertThat(created.status()).isEqualTo(201);
      String consultation = created.body().get("id").asText();
      Reply opened = send(base, "POST", "v1/consultations/" + consultation + "/transitions", admin, "{\"to\":\"OPEN\"}");
      assertThat(opened.body().get("phase").asText()).isEqualTo("OPEN");

      Reply registered = send(base, "POST", "v1/participants", null, "{}", "Consulta-Tenant", "demo");
      assertThat(registered.status()).isEqualTo(201);
      String ana = registered.body().get("id").asText();
      Reply idea = send(base, "POST", "v1/consultations/" + consultation + "/contributions", system,
          "{\"kind\":\"IDEA\",\"body\":\"More shade trees along the river path\",\"language\":\"en\",\"channel\":\"ONLINE\"}",
          "Consulta-On-Behalf-Of", ana);
      assertThat(idea.status()).isEqualTo(201);

      Reply listed = send(base, "GET", "v1/consultations/" + consultation + "/contributions", null, null, "Consulta-Tenant", "demo");
      assertThat(listed.status()).isEqualTo(200);
      assertThat(listed.body().get("items").findValuesAsText("body")).containsExactly("More shade trees along the river path");
      Reply events = send(base, "GET", "v1/events?after=0&limit=100", admin, null);
      assertThat(events.status()).isEqualTo(200);
      assertThat(events.body().get("items").findValuesAsText("type"))
          .containsExactly("consultation.created", "phase.changed", "participant.registered", "contribution.submitted", "contribution.screened");

      String ben = send(base, "POST", "v1/participants", null, "{}", "Consulta-Tenant", "demo").body().get("id").asText();
      String advert = send(base, "POST", "v1/consultations/" + consultation + "/contributions", system,
          "{\"kind\":\"IDEA\",\"body\":\"Cheap sunglasses, order at example.shop\",\"language\":\"en\",\"channel\":\"ONLINE\"}",
          "Consulta-On-Behalf-Of", ben).body().get("id").asText();
      Reply flag = send(base, "POST", "v1/contributions/" + advert + "/flags", system, "{\"reason\":\"spam\"}", "Consulta-On-Behalf-Of", ana);
      assertThat(flag.status()).isEqualTo(201);
      Reply queue = send(base, "GET", "v1/moderation/queue?consultation=" + consultation, moderator, null);
      assertThat(queue.body().get("items").findValuesAsText("contribution")).containsExactly(advert);
      Reply claimed = send(base, "POST", "v1/moderation/queue/claim", moderator, null);
      assertThat(claimed.status()).isEqualTo(200);
      Reply decided = send(base, "POST", "v1/moderation/cases/" + claimed.body().get("id").asText() + "/decision", moderator,
          "{\"action\":\"REJECT\",\"reason\":\"spam\",\"note\":\"an advert\"}");
      assertThat(decided.body().get("status").asText()).isEqualTo("DECIDED");
      assertThat(decided.body().get("decisions").get(0).get("decidedBy").asText()).isEqualTo("key:moderator");

      assertThat(serving.stop()).isZero();
      assertThat(serving.out()).endsWith("serve: stopped\n");
    }
  }

  @Test
  void aWebhookToThisMachineNeedsTheAllowPrivateWebhooksFlag() throws Exception {
    String receiver = "{\"url\":\"http://127.0.0.1:9000/consulta\",\"eventTypes\":[\"contribution.submitted\"]}";
    try (Serving strict = Serving.start("serve", "--port", "0", "--db", "mem")) {
      String admin = strict.line("admin key .*: (csk_\\S+)");
      URI base = URI.create(strict.line("Consulta API at (http://\\S+)/v1 ") + "/");
      assertThat(strict.out()).contains("webhooks go to public addresses only");
      Reply refused = send(base, "POST", "v1/webhooks", admin, receiver);
      assertThat(refused.status()).isEqualTo(422);
      assertThat(refused.body().get("violations").findValuesAsText("field")).containsExactly("url");
      assertThat(strict.stop()).isZero();
    }
    try (Serving lenient = Serving.start("serve", "--port", "0", "--db", "mem", "--allow-private-webhooks")) {
      String admin = lenient.line("admin key .*: (csk_\\S+)");
      URI base = URI.create(lenient.line("Consulta API at (http://\\S+)/v1 ") + "/");
      assertThat(lenient.out()).contains("webhooks may go to loopback and private networks");
      assertThat(send(base, "POST", "v1/webhooks", admin, receiver).status()).isEqualTo(201);
      assertThat(lenient.stop()).isZero();
    }
  }

  @Test
  void theShutdownHookLetsAnInFlightRequestFinishBeforeStopping() throws Exception {
    CountDownLatch inFlight = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    EventListener slow = event -> {
      if (event.event() instanceof ConsultaEvent.ContributionSubmitted) {
        inFlight.countDown();
        await(release);
      }
    };
    DemoServer server = DemoServer.start(DemoStore.memory(), TenantId.of("demo"), "127.0.0.1", 0, slow, WebhookTargets.strict());
    URI base = server.uri();
    String consultation = send(base, "POST", "v1/consultations", server.adminKey(), """
        {"title":{"en":"Slow"},"purpose":{"en":"Hold a request"},"influence":{"level":"CONSULT"},"acceptedKinds":["IDEA"]}""")
        .body().get("id").asText();
    send(base, "POST", "v1/consultations/" + consultation + "/transitions", server.adminKey(), "{\"to\":\"OPEN\"}");
    String ana = send(base, "POST", "v1/participants", null, "{}", "Consulta-Tenant", "demo").body().get("id").asText();

    CompletableFuture<HttpResponse<String>> held = CLIENT.sendAsync(request(base, "POST", "v1/consultations/" + consultation
        + "/contributions", server.systemKey(), "{\"kind\":\"IDEA\",\"body\":\"Benches\",\"language\":\"en\",\"channel\":\"ONLINE\"}",
        "Consulta-On-Behalf-Of", ana), HttpResponse.BodyHandlers.ofString());
    assertThat(inFlight.await(10, TimeUnit.SECONDS)).isTrue();

    StringWriter out = new StringWriter();
    Thread hook = ServeCommand.shutdownHook(server, new PrintWriter(out, true));
    hook.start();
    awaitRefused(base);
    assertThat(held).isNotDone();
    release.countDown();

    HttpResponse<String> response = held.get(10, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(JSON.readTree(response.body()).get("body").asText()).isEqualTo("Benches");
    hook.join(15_000);
    assertThat(hook.isAlive()).isFalse();
    assertThat(out.toString()).endsWith("serve: stopped\n");
  }

  @Test
  void aBadPortIsAUsageError() {
    CliRun run = CliRun.of("serve", "--port", "70000", "--db", "mem");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--port must be 0..65535");
  }

  /** Once shutdown has begun, the connector stops accepting: new connections are refused. */
  private static void awaitRefused(URI base) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 1000);
      } catch (ConnectException e) {
        return;
      } catch (IOException e) {
        // e.g. a timeout while the acceptor closes: try again
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the server kept accepting connections after shutdown began");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  record Reply(int status, JsonNode body) {}

  static Reply send(URI base, String method, String path, String key, String body, String... headers) throws Exception {
    HttpResponse<String> response = CLIENT.send(request(base, method, path, key, body, headers), HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), response.body().isEmpty() ? null : JSON.readTree(response.body()));
  }

  static HttpRequest request(URI base, String method, String path, String key, String body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    return b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
  }

  /** The command line running {@code serve} on a thread of its own, with its shutdown hook kept for the test to run. */
  static final class Serving implements AutoCloseable {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicReference<Thread> hook = new AtomicReference<>();
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();

    static Serving start(String... args) {
      Serving s = new Serving();
      CommandLine cli = new CommandLine(new ConsultaCli(), new CommandLine.IFactory() {
        @Override
        public <K> K create(Class<K> type) throws Exception {
          return type == ServeCommand.class ? type.cast(new ServeCommand(s.hook::set, EventListener.NONE))
              : CommandLine.defaultFactory().create(type);
        }
      });
      cli.setOut(new PrintWriter(s.out, true));
      cli.setErr(new PrintWriter(s.err, true));
      Thread main = new Thread(() -> s.exit.complete(cli.execute(args)), "serve-under-test");
      main.setDaemon(true);
      main.start();
      return s;
    }

    String out() {
      return out.toString();
    }

    /** Waits for a line of output matching {@code regex} and returns its first group. */
    String line(String regex) throws InterruptedException {
      Pattern pattern = Pattern.compile("(?m)^.*" + regex);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (System.nanoTime() < deadline) {
        Matcher m = pattern.matcher(out.toString());
        if (m.find()) {
          return m.group(1);
        }
        if (exit.isDone()) {
          throw new AssertionError("serve ended early: " + out + err);
        }
        Thread.sleep(20);
      }
      throw new AssertionError("no line like " + regex + " in " + out + err);
    }

    /** Runs the shutdown hook as SIGTERM would, and returns the command's exit code. */
    int stop() throws Exception {
      Thread h = hook.getAndSet(null);
      h.start();
      h.join(15_000);
      return exit.get(15, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
      if (hook.get() != null) {
        stop();
      }
    }
  }
}
