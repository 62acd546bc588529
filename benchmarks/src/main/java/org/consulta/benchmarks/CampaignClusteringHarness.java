package org.consulta.benchmarks;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.consulta.core.moderation.screeners.CampaignClusterer;
import org.consulta.core.moderation.screeners.CampaignClustering;
import org.consulta.core.moderation.screeners.CampaignCorpus;
import org.consulta.core.moderation.screeners.TextSignatures;

/**
 * Clusters a generated consultation of a million responses (default) with {@link
 * CampaignClusterer#standard()}, single-threaded, and prints the time, the heap the index needs,
 * the clusters found and pairwise precision and recall against the generator's truth.
 *
 * <p>The texts come from {@link CampaignCorpus} (en/fr/de, one topic, shared sentence pools):
 * 60% independent texts, 40% light edits of 300 campaign templates, the template of each chosen
 * Zipf-skewed (s = 1), so a few campaigns are large and many are small. Each text is generated
 * when the clusterer asks for it, from the run's seed and its position, and then dropped: the
 * generator holds only the 300 templates. Generating is timed with the clustering (it costs about
 * as much as signing); a warm-up signs 20,000 texts first and reports the signing cost alone.
 *
 * <p>Heap: used after a full GC while the index is alive (right after the last text), so it is
 * the index's size plus the per-text result arrays; run with {@code -Xmx2g} to show the bound.
 *
 * <p>Run (from the repository root; arguments: texts, seed):
 *
 * <pre>{@code
 * mvn -q -B -o -DskipTests -pl benchmarks -am package
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar org.consulta.benchmarks.CampaignClusteringHarness 1000000 1
 * }</pre>
 */
public final class CampaignClusteringHarness {
  private static final int TEMPLATES = 300;
  private static final double CAMPAIGN_SHARE = 0.4;

  private CampaignClusteringHarness() {}

  /**
   * @param args texts (default 1,000,000), seed (default 1)
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    System.out.printf("JVM: %s %s, %d processors, max heap %,d MiB%n", System.getProperty("java.vm.name"),
        System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    Generator generator = new Generator(seed);
    System.out.println(TextSignatures.standard());
    warmUp(generator);

    long heapBefore = HeapPerContribution.usedAfterGc();
    long[] heapWithIndex = new long[2]; // bytes, and the nanoseconds the measuring GCs took
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = cpu.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    CampaignClustering clustering = CampaignClusterer.standard().cluster(() -> new Texts(generator, n, start, heapWithIndex));
    double seconds = (System.nanoTime() - start - heapWithIndex[1]) / 1e9;
    double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf("clustered %,d texts in %.1f s: %,.0f texts/s (generation included); the thread's CPU time %.1f s"
        + " (measuring GC included)%n", n, seconds, n / seconds, cpuSeconds);
    System.out.printf("heap used after GC: before %,d MiB, with the index at the end %,d MiB (%.0f B per text)%n",
        heapBefore >> 20, heapWithIndex[0] >> 20, (heapWithIndex[0] - heapBefore) / (double) n);
    System.out.printf("clusters: %,d (of which singletons: %,d)%n", clustering.clusterCount(),
        Arrays.stream(clustering.clusterSizes()).filter(s -> s == 1).count());
    int[] largest = clustering.largestClusters(10);
    StringBuilder sizes = new StringBuilder();
    for (int c : largest) {
      sizes.append(String.format("%,d (template %d) ", clustering.clusterSize(c), generator.label(c)));
    }
    System.out.println("largest clusters: " + sizes.toString().trim());
    accuracy(clustering, generator, n);
  }

  private static void warmUp(Generator generator) {
    TextSignatures signatures = TextSignatures.standard();
    String[] texts = new String[20_000];
    long chars = 0;
    for (int i = 0; i < texts.length; i++) {
      texts[i] = generator.text(i);
      chars += texts[i].length();
    }
    long sink = 0;
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 5; round++) {
      long start = System.nanoTime();
      long cpuStart = cpu.getCurrentThreadCpuTime();
      for (String text : texts) {
        sink += signatures.sign(text).bandKeys()[0];
      }
      double nanos = (cpu.getCurrentThreadCpuTime() - cpuStart) / (double) texts.length;
      double wall = (System.nanoTime() - start) / (double) texts.length;
      double perChar = 500 / (chars / (double) texts.length);
      System.out.printf("signing, round %d: CPU %.1f µs per text of %.0f chars on average = %.1f µs per 500 chars (wall %.1f)%s%n",
          round + 1, nanos / 1e3, chars / (double) texts.length, nanos / 1e3 * perChar, wall / 1e3 * perChar, sink == 42 ? " " : "");
    }
    long start = System.nanoTime();
    for (int i = 0; i < texts.length; i++) {
      texts[i] = generator.text(texts.length + i);
    }
    System.out.printf("generating: %.1f µs per text%n", (System.nanoTime() - start) / 1e3 / texts.length);
  }

  /** Pairwise precision and recall over all texts, from the contingency table built by sorting. */
  private static void accuracy(CampaignClustering clustering, Generator generator, int n) {
    long[] cells = new long[n];
    long[] truth = new long[n];
    for (int i = 0; i < n; i++) {
      int label = generator.label(i);
      // an independent text is its own true cluster
      long trueCluster = label >= 0 ? label : TEMPLATES + (long) i;
      cells[i] = ((long) clustering.clusterOf(i) << 32) | trueCluster;
      truth[i] = trueCluster;
    }
    long both = pairsOfRuns(cells);
    long actual = pairsOfRuns(truth);
    long predicted = 0;
    for (int size : clustering.clusterSizes()) {
      predicted += (long) size * (size - 1) / 2;
    }
    long independentInGroups = 0;
    for (int i = 0; i < n; i++) {
      if (generator.label(i) < 0 && clustering.clusterSize(clustering.clusterOf(i)) > 1) {
        independentInGroups++;
      }
    }
    System.out.printf("pairwise precision %.4f, recall %.4f (%,d true pairs); independent texts in a cluster of more than one: %,d%n",
        (double) both / predicted, (double) both / actual, actual, independentInGroups);
  }

  private static long pairsOfRuns(long[] values) {
    Arrays.sort(values);
    long pairs = 0;
    int run = 1;
    for (int i = 1; i <= values.length; i++) {
      if (i < values.length && values[i] == values[i - 1]) {
        run++;
      } else {
        pairs += (long) run * (run - 1) / 2;
        run = 1;
      }
    }
    return pairs;
  }

  /** Text {@code i} of the run, and its truth, as pure functions of the seed and {@code i}. */
  private static final class Generator {
    private final long seed;
    private final CampaignCorpus corpus;
    private final String[] templates = new String[TEMPLATES];
    private final int[] zipf;

    Generator(long seed) {
      this.seed = seed;
      this.corpus = new CampaignCorpus(seed);
      for (int t = 0; t < TEMPLATES; t++) {
        templates[t] = corpus.template(t);
      }
      this.zipf = new Zipf(TEMPLATES, 1.0).draws(1 << 16, seed);
    }

    /** @return the template text {@code i} is an edit of, or -1 for an independent text */
    int label(int i) {
      SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
      return random.nextDouble() < CAMPAIGN_SHARE ? zipf[random.nextInt(zipf.length)] : -1;
    }

    String text(int i) {
      int template = label(i);
      if (template < 0) {
        return corpus.unrelated(i);
      }
      return CampaignCorpus.edit(templates[template], template % 3, new java.util.Random(seed * 31 + i));
    }
  }

  /** The lazy input: generates each text when asked, prints progress, measures the heap at the end. */
  private static final class Texts implements Iterator<CharSequence> {
    private final Generator generator;
    private final int n;
    private final long start;
    private final long[] heapWithIndex;
    private int next;

    Texts(Generator generator, int n, long start, long[] heapWithIndex) {
      this.generator = generator;
      this.n = n;
      this.start = start;
      this.heapWithIndex = heapWithIndex;
    }

    @Override
    public boolean hasNext() {
      if (next == n && heapWithIndex[0] == 0) {
        // the clusterer's index is still alive here: its size is what the bound is about
        long before = System.nanoTime();
        heapWithIndex[0] = HeapPerContribution.usedAfterGc();
        heapWithIndex[1] = System.nanoTime() - before;
      }
      return next < n;
    }

    @Override
    public CharSequence next() {
      if (next >= n) {
        throw new NoSuchElementException();
      }
      if (next > 0 && next % 100_000 == 0) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf("  %,d texts in %.1f s (%,.0f/s)%n", next, seconds, next / seconds);
      }
      return generator.text(next++);
    }
  }
}
