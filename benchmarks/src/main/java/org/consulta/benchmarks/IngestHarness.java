package org.consulta.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.consulta.core.Consulta;
import org.consulta.core.access.Actor;
import org.consulta.core.contribution.NewContribution;

/**
 * A plain cross-check of {@link IngestBenchmark} without JMH: times submitting a large batch of
 * ideas (default 2,000,000) to a fresh in-memory engine, single-threaded and with two threads on
 * the same tenant and on a tenant each, after a warm-up batch, and prints contributions per second.
 * Progress goes to stderr, results to stdout.
 *
 * <p>Same fixture as the benchmark: 10,000 participants per tenant, Zipf-skewed authors, a
 * pre-built 100-character idea, event log on, default ids and access policy, {@link TickClock}.
 * Unlike the JMH figure, a measured run here grows the store to the whole batch, so it includes
 * the GC cost of a store of that size.
 *
 * <p>Besides the wall-clock rate it prints the rate per CPU-second of the writer threads (their
 * own CPU time, GC threads excluded) and the GC pause time, so that a run on a machine shared with
 * other work can still be compared with another.
 *
 * <p>Run (from the repository root; arguments: contributions per run, warm-up contributions):
 *
 * <pre>{@code
 * mvn -q -DskipTests -pl benchmarks -am package
 * java -Xms8g -Xmx8g -cp benchmarks/target/benchmarks.jar org.consulta.benchmarks.IngestHarness 2000000 1000000
 * }</pre>
 */
public final class IngestHarness {
  private IngestHarness() {}

  /**
   * @param args contributions per measured run (default 2,000,000), per warm-up run (default 1,000,000)
   * @throws InterruptedException if interrupted while waiting for the writers
   */
  public static void main(String[] args) throws InterruptedException {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    System.out.printf("JVM: %s %s, %d processors, max heap %,d MiB%n", System.getProperty("java.vm.name"),
        System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    String[][] scenarios = {{"1 thread", "1", "1"}, {"2 threads, sameTenant", "2", "1"}, {"2 threads, tenantPerThread", "2", "2"}};
    for (String[] s : scenarios) {
      int threads = Integer.parseInt(s[1]);
      int tenants = Integer.parseInt(s[2]);
      run(s[0] + " (warm-up)", threads, tenants, warmup);
      Result r = run(s[0], threads, tenants, total);
      System.out.printf("%-28s %,10.0f contributions/s wall, %,10.0f per writer CPU-second, GC pauses %.1f s of %.1f s  (%,d contributions)%n",
          s[0], r.count / r.seconds, r.count / r.cpuSeconds, r.gcSeconds, r.seconds, r.count);
    }
  }

  /** One run's figures. */
  private record Result(long count, double seconds, double cpuSeconds, double gcSeconds) {}

  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }

  private static Result run(String name, int threads, int tenants, int total) throws InterruptedException {
    Fixture fixture = null;
    HeapPerContribution.usedAfterGc();
    fixture = Fixture.create(tenants, IngestBenchmark.PARTICIPANTS);
    HeapPerContribution.usedAfterGc();
    int perThread = total / threads;
    AtomicLong done = new AtomicLong();
    LongAdder cpuNanos = new LongAdder();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch finished = new CountDownLatch(threads);
    List<Thread> writers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Fixture.Tenant tenant = fixture.tenants.get(t % tenants);
      Consulta consulta = fixture.consulta;
      Actor[] authors = tenant.participants().toArray(new Actor[0]);
      int[] picks = new Zipf(authors.length, 1.0).draws(1 << 16, 42 + t);
      NewContribution idea = tenant.idea(Fixture.BODY_100);
      Thread writer = new Thread(() -> {
        try {
          start.await();
          long cpuStart = cpu.getCurrentThreadCpuTime();
          for (int i = 0; i < perThread; i++) {
            consulta.contributions().submit(authors[picks[i & 0xFFFF]], idea);
            if ((i & 0x3FFF) == 0x3FFF && done.addAndGet(0x4000) % 500_000 < 0x4000) {
              System.err.printf("  %s: %,d%n", name, done.get());
            }
          }
          cpuNanos.add(cpu.getCurrentThreadCpuTime() - cpuStart);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          finished.countDown();
        }
      }, "writer-" + t);
      writer.start();
      writers.add(writer);
    }
    long gcBefore = gcMillis();
    long began = System.nanoTime();
    start.countDown();
    finished.await();
    double seconds = (System.nanoTime() - began) / 1e9;
    double gcSeconds = (gcMillis() - gcBefore) / 1e3;
    System.err.printf("%s: %,d in %.2f s%n", name, (long) perThread * threads, seconds);
    for (Thread w : writers) {
      w.join();
    }
    return new Result(perThread * (long) threads, seconds, cpuNanos.sum() / 1e9, gcSeconds);
  }
}
