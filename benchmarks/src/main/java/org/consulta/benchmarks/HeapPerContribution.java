package org.consulta.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.List;
import org.consulta.core.access.Actor;
import org.openjdk.jol.info.GraphLayout;

/**
 * Heap retained per stored contribution in the in-memory store, event log entry included.
 *
 * <p>Builds an engine (one tenant, 10,000 participants), measures used heap after repeated full
 * GCs, submits {@code N} ideas online, each with its own body of exactly {@code L} Latin-1
 * characters (as real input would be), measures again, and prints bytes per contribution: in total,
 * and beyond the text (minus what the body {@code String} costs on its own, measured exactly with
 * JOL and cross-checked with the compact-strings formula). With {@code --breakdown} it also walks
 * the store with JOL and prints, per class, the objects and bytes each contribution added.
 *
 * <p>Run (from the repository root; arguments: N, L, then optionally {@code --breakdown}):
 *
 * <pre>{@code
 * mvn -q -DskipTests -pl benchmarks -am package
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar org.consulta.benchmarks.HeapPerContribution 200000
 * java -Xmx8g -Djdk.attach.allowAttachSelf=true -cp benchmarks/target/benchmarks.jar \
 *     org.consulta.benchmarks.HeapPerContribution 200000 100 --breakdown
 * }</pre>
 */
public final class HeapPerContribution {
  private static final int PARTICIPANTS = 10_000;

  private HeapPerContribution() {}

  /**
   * @param args N (default 200,000), L (default 100), {@code --breakdown}
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int length = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    boolean breakdown = List.of(args).contains("--breakdown");
    // JOL reads record fields (which Unsafe will not give offsets for) through its "magic" offset
    System.setProperty("jol.magicFieldOffset", "true");
    if (length < 12) {
      throw new IllegalArgumentException("the body must be at least 12 characters long, to hold a counter");
    }

    Fixture fixture = Fixture.create(1, PARTICIPANTS);
    Fixture.Tenant tenant = fixture.tenants.get(0);
    Actor[] authors = tenant.participants().toArray(new Actor[0]);
    int[] picks = new Zipf(authors.length, 1.0).draws(1 << 16, 42);
    // warm the path once (class loading, lambdas), then start from a clean slate
    fixture.consulta.contributions().submit(authors[0], tenant.idea(body(length, -1)));
    GraphLayout before = breakdown ? GraphLayout.parseInstance(fixture.store) : null;
    long heapBefore = usedAfterGc();

    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      fixture.consulta.contributions().submit(authors[picks[i & 0xFFFF]], tenant.idea(body(length, i)));
    }
    long elapsed = System.nanoTime() - start;
    long heapAfter = usedAfterGc();

    String sample = body(length, 0);
    long textExact = GraphLayout.parseInstance(sample).totalSize();
    long textFormula = align(24) + align(16 + length);
    double total = (heapAfter - heapBefore) / (double) n;
    System.out.printf("JVM: %s %s, %s%n", System.getProperty("java.vm.name"), System.getProperty("java.vm.version"),
        ManagementFactory.getRuntimeMXBean().getInputArguments());
    System.out.printf("contributions: %,d, body: %d Latin-1 chars, authors: %,d (Zipf s=1)%n", n, length, PARTICIPANTS);
    System.out.printf("submitted in %.2f s (%,.0f/s, includes building each command; not a throughput figure)%n",
        elapsed / 1e9, n / (elapsed / 1e9));
    System.out.printf("heap used after GC: before %,d B, after %,d B%n", heapBefore, heapAfter);
    System.out.printf("the body String alone: %d B (JOL), %d B (formula: 24 B String + 16 B array header + %d B, 8-aligned)%n",
        textExact, textFormula, length);
    System.out.printf("bytes per contribution: total %.1f, beyond the text %.1f%n", total, total - textExact);

    if (breakdown) {
      GraphLayout after = GraphLayout.parseInstance(fixture.store);
      GraphLayout added = after.subtract(before);
      System.out.printf("%nJOL walk of the store: %,d B added, %.1f B per contribution%n", added.totalSize(),
          added.totalSize() / (double) n);
      printPerContribution(added, n);
    }
    Reference.reachabilityFence(fixture);
  }

  private static void printPerContribution(GraphLayout added, int n) {
    System.out.printf("%10s %10s %10s  %s%n", "objects/c", "bytes/c", "total B", "class");
    added.getClasses().stream()
        .sorted((a, b) -> Long.compare(added.getClassSizes().count(b), added.getClassSizes().count(a)))
        .forEach(c -> {
          long bytes = added.getClassSizes().count(c);
          long count = added.getClassCounts().count(c);
          if (bytes / (double) n >= 0.5) {
            System.out.printf("%10.2f %10.1f %,10d  %s%n", count / (double) n, bytes / (double) n, bytes, c.getName());
          }
        });
  }

  /** A distinct body of exactly {@code length} Latin-1 characters for contribution {@code i}. */
  static String body(int length, int i) {
    StringBuilder b = new StringBuilder(length);
    while (b.length() < length) {
      b.append(Fixture.BODY_100, 0, Math.min(Fixture.BODY_100.length(), length - b.length()));
    }
    String tag = " #" + Integer.toString(i, 36);
    b.replace(length - tag.length(), length, tag);
    return b.toString();
  }

  private static long align(long bytes) {
    return (bytes + 7) & ~7L;
  }

  /** Used heap after full GCs, repeated until two readings agree within 0.1% (at most 10). */
  static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long used = memory.getHeapMemoryUsage().getUsed();
      if (Math.abs(used - last) < last / 1000) {
        return used;
      }
      last = used;
    }
    return last;
  }
}
