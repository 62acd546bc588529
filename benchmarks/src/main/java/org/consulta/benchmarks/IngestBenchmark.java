package org.consulta.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.consulta.core.Consulta;
import org.consulta.core.access.Actor;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.NewContribution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Ingest on the in-memory store: contributions accepted per second through {@code
 * consulta.contributions().submit(participant, idea)}, event log on, default id generator and
 * access policy, a {@link TickClock}.
 *
 * <p>Each tenant has one OPEN consultation taking ideas online and 10,000 registered participants;
 * authors are drawn Zipf-skewed ({@link Zipf}, s = 1). The command is pre-built (a 100-character
 * body), so the figure is the engine's and the store's work, not the caller's. Because the store
 * keeps everything in the heap, each iteration starts from a fresh engine (and a GC), and the fork
 * gets an 8 GiB heap.
 *
 * <ul>
 *   <li>{@code submit}: one thread, one tenant.
 *   <li>{@code submitTwoThreads}: two threads, {@code tenancy} = {@code sameTenant} (both write to
 *       one tenant: the store's per-tenant lock serializes them) or {@code tenantPerThread} (each
 *       writes to its own tenant: shows how far ingest scales).
 *   <li>{@code baseline}: a trivial in-heap "store" of an equivalent row, {@code HashMap.put} plus
 *       {@code ArrayList.add} of an event, to quote the engine as a ratio to it from the same run.
 * </ul>
 *
 * <p>Run (from the repository root):
 *
 * <pre>{@code
 * mvn -q -DskipTests -pl benchmarks -am package
 * java -jar benchmarks/target/benchmarks.jar IngestBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * java -jar benchmarks/target/benchmarks.jar IngestBenchmark.submit$ -f 1 -wi 3 -w 2s -i 5 -r 2s -prof gc
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class IngestBenchmark {
  static final int PARTICIPANTS = 10_000;
  private static final int DRAWS = 1 << 16;

  /** One tenant, for the single-thread case. */
  @State(Scope.Benchmark)
  public static class OneTenant {
    Fixture fixture;

    /** A fresh engine per iteration, so heap use stays bounded and every iteration starts alike. */
    @Setup(Level.Iteration)
    public void setUp() {
      fixture = null;
      System.gc();
      fixture = Fixture.create(1, PARTICIPANTS);
    }
  }

  /** Tenancy for the two-thread case. */
  @State(Scope.Benchmark)
  public static class Tenancy {
    /** sameTenant: all threads on one tenant; tenantPerThread: one tenant each. */
    @Param({"sameTenant", "tenantPerThread"})
    public String tenancy;

    Fixture fixture;

    /**
     * @param threads JMH's thread parameters, for the thread count
     */
    @Setup(Level.Iteration)
    public void setUp(ThreadParams threads) {
      fixture = null;
      System.gc();
      fixture = Fixture.create(tenancy.equals("sameTenant") ? 1 : threads.getThreadCount(), PARTICIPANTS);
    }
  }

  /** A writer thread: its tenant, its command and its own skewed sequence of authors. */
  @State(Scope.Thread)
  public static class Writer {
    Consulta consulta;
    Actor[] authors;
    int[] picks;
    NewContribution idea;
    int next;

    void use(Fixture fixture, int tenant, int threadIndex) {
      Fixture.Tenant t = fixture.tenants.get(tenant);
      consulta = fixture.consulta;
      authors = t.participants().toArray(new Actor[0]);
      picks = new Zipf(authors.length, 1.0).draws(DRAWS, 42 + threadIndex);
      idea = t.idea(Fixture.BODY_100);
      next = 0;
    }

    /** Lets go of the iteration's engine, so the next iteration's GC can free it. */
    @TearDown(Level.Iteration)
    public void tearDown() {
      consulta = null;
      authors = null;
    }

    Contribution submit() {
      Actor author = authors[picks[next++ & (DRAWS - 1)]];
      return consulta.contributions().submit(author, idea);
    }
  }

  /** The writer of the single-thread case. */
  @State(Scope.Thread)
  public static class SoloWriter extends Writer {
    /**
     * @param engine the iteration's engine
     * @param threads JMH's thread parameters
     */
    @Setup(Level.Iteration)
    public void setUp(OneTenant engine, ThreadParams threads) {
      use(engine.fixture, 0, threads.getThreadIndex());
    }
  }

  /** A writer of the two-thread case. */
  @State(Scope.Thread)
  public static class PairWriter extends Writer {
    /**
     * @param engine the iteration's engine
     * @param threads JMH's thread parameters
     */
    @Setup(Level.Iteration)
    public void setUp(Tenancy engine, ThreadParams threads) {
      use(engine.fixture, engine.fixture.tenants.size() == 1 ? 0 : threads.getThreadIndex(), threads.getThreadIndex());
    }
  }

  /**
   * @param writer this thread's writer
   * @return the stored contribution
   */
  @Benchmark
  @Threads(1)
  public Contribution submit(SoloWriter writer) {
    return writer.submit();
  }

  /**
   * @param writer this thread's writer
   * @return the stored contribution
   */
  @Benchmark
  @Threads(2)
  public Contribution submitTwoThreads(PairWriter writer) {
    return writer.submit();
  }

  /** The trivial store: a map of rows and a list of events, in the heap, no checks. */
  @State(Scope.Thread)
  public static class Baseline {
    /** An equivalent of a stored contribution. */
    record Row(UUID id, UUID consultation, UUID author, String body, String language, Instant at) {}

    /** An equivalent of its event. */
    record Event(long position, UUID id, UUID contribution, Instant at) {}

    Map<UUID, Row> rows;
    List<Event> events;
    UUID consultation;
    UUID[] authors;
    int[] picks;
    long counter;
    int next;

    /** A fresh map and list per iteration, like the engine. */
    @Setup(Level.Iteration)
    public void setUp() {
      rows = null;
      events = null;
      System.gc();
      rows = new HashMap<>();
      events = new ArrayList<>();
      consultation = UUID.randomUUID();
      authors = new UUID[PARTICIPANTS];
      for (int i = 0; i < authors.length; i++) {
        authors[i] = UUID.randomUUID();
      }
      picks = new Zipf(PARTICIPANTS, 1.0).draws(DRAWS, 42);
    }
  }

  /**
   * @param store the trivial store
   * @return the stored row
   */
  @Benchmark
  @Threads(1)
  public Object baseline(Baseline store) {
    long n = ++store.counter;
    Instant at = Instant.ofEpochSecond(1_900_000_000L, n * 1_000);
    Baseline.Row row = new Baseline.Row(new UUID(n, 0x8000_0000_0000_0000L | n), store.consultation,
        store.authors[store.picks[store.next++ & (DRAWS - 1)]], Fixture.BODY_100, "en", at);
    store.rows.put(row.id(), row);
    store.events.add(new Baseline.Event(store.events.size() + 1L, new UUID(n, n), row.id(), at));
    return row;
  }
}
