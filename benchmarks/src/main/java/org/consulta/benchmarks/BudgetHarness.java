package org.consulta.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.consulta.core.budgeting.Ballot;
import org.consulta.core.budgeting.CastBallot;
import org.consulta.core.budgeting.Count;
import org.consulta.core.budgeting.CountResult;
import org.consulta.core.budgeting.CountingRule;
import org.consulta.core.budgeting.Election;
import org.consulta.core.budgeting.ProjectOnBallot;

/**
 * Counts one generated approval election the size of a large city's vote (default 100,000 voters,
 * 150 projects) with every counting rule, and prints the median of 11 timed counts (each after a
 * collection) after a warm-up ({@code Count.count}, validation of the election included), in wall
 * time and in the counting thread's CPU time (steadier on a shared machine; it leaves out the
 * garbage collector's threads).
 *
 * <p>The election (seeded, so runs repeat): 10 districts of 12 projects and 30 city-wide projects;
 * costs log-normal around 150,000 (σ = 1), clamped to 20,000–2,000,000 and rounded to 100; the
 * budget is 10% of the total cost. Each voter lives in a district, approves 1 to 10 projects
 * (fewer more often: half approve at most 3), each pick from their district with probability 0.7,
 * else city-wide, and within a list by Zipf-skewed popularity (s = 1).
 *
 * <pre>
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar org.consulta.benchmarks.BudgetHarness [voters] [projects] [seed]
 * </pre>
 */
public final class BudgetHarness {
  private static final int DISTRICTS = 10;
  private static final int RUNS = 11;

  private BudgetHarness() {}

  public static void main(String[] args) {
    int voters = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int projects = args.length > 1 ? Integer.parseInt(args[1]) : 150;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    long t0 = System.nanoTime();
    Election election = generate(voters, projects, seed);
    System.out.printf(Locale.ROOT, "election: %,d voters, %d projects, budget %s of %s in all; generated in %d ms%n", voters,
        projects, election.budget().toPlainString(),
        election.projects().stream().map(ProjectOnBallot::cost).reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString(),
        (System.nanoTime() - t0) / 1_000_000);
    for (CountingRule rule : CountingRule.values()) {
      measure(election, rule);
    }
  }

  private static void measure(Election election, CountingRule rule) {
    CountResult result = Count.count(election, rule); // warm-up
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] ms = new long[RUNS];
    long[] cpu = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      System.gc(); // the garbage of earlier runs is collected before, not inside, the timed count
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      result = Count.count(election, rule);
      cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
      ms[i] = (System.nanoTime() - start) / 1_000_000;
    }
    System.out.printf(Locale.ROOT, "%-30s median %,6d ms wall, %,6d ms thread CPU (wall runs %s); funded %d projects, spent %s, left %s%n",
        rule.wireName(), median(ms), median(cpu), Arrays.toString(ms), result.selected().size(), result.spent().toPlainString(),
        result.left().toPlainString());
    result.notes().forEach(n -> System.out.println("    " + n));
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  static Election generate(int voterCount, int projectCount, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ProjectOnBallot> projects = new ArrayList<>();
    List<List<String>> byDistrict = new ArrayList<>();
    for (int d = 0; d <= DISTRICTS; d++) {
      byDistrict.add(new ArrayList<>());
    }
    int local = projectCount * 4 / 5;
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < projectCount; i++) {
      double gaussian = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
      double raw = Math.exp(Math.log(150_000) + gaussian);
      long cost = Math.round(Math.min(2_000_000, Math.max(20_000, raw)) / 100) * 100;
      String id = "P" + (i + 1);
      projects.add(ProjectOnBallot.of(id, "Project " + (i + 1), BigDecimal.valueOf(cost)));
      total = total.add(BigDecimal.valueOf(cost));
      byDistrict.get(i < local ? i % DISTRICTS : DISTRICTS).add(id);
    }
    // popularity within each list is Zipf-skewed over a shuffled order
    List<int[]> zipfDraws = new ArrayList<>();
    for (int d = 0; d <= DISTRICTS; d++) {
      shuffle(byDistrict.get(d), random);
      zipfDraws.add(new Zipf(byDistrict.get(d).size(), 1.0).draws(voterCount * 12, seed + d));
    }
    int[] cursor = new int[DISTRICTS + 1];
    List<CastBallot> ballots = new ArrayList<>(voterCount);
    for (int v = 0; v < voterCount; v++) {
      int home = random.nextInt(DISTRICTS);
      int wanted = approvals(random);
      Set<String> chosen = new LinkedHashSet<>();
      for (int attempt = 0; attempt < wanted * 3 && chosen.size() < wanted; attempt++) {
        int list = random.nextDouble() < 0.7 ? home : DISTRICTS;
        List<String> ids = byDistrict.get(list);
        int[] draws = zipfDraws.get(list);
        chosen.add(ids.get(draws[cursor[list]++ % draws.length]));
      }
      ballots.add(CastBallot.of("v" + v, new Ballot.Approval(List.copyOf(chosen))));
    }
    BigDecimal budget = total.divide(BigDecimal.TEN).setScale(-3, java.math.RoundingMode.HALF_UP).setScale(0);
    return Election.approval("generated", budget, projects, ballots);
  }

  /** 1 to 10, fewer more often: P(k) proportional to 1/k. */
  private static int approvals(SplittableRandom random) {
    double u = random.nextDouble() * 2.9290;
    double sum = 0;
    for (int k = 1; k <= 10; k++) {
      sum += 1.0 / k;
      if (u < sum) {
        return k;
      }
    }
    return 10;
  }

  private static void shuffle(List<String> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
