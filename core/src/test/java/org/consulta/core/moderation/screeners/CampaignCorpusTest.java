package org.consulta.core.moderation.screeners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Clusters a generated consultation: 50 campaign templates on one topic in en/fr/de, 40 light edits
 * of each (word substitutions, inserted or deleted words, a personal sentence, typos, swapped
 * sentences, punctuation and case, or none), and 2,000 independent texts from the same sentence
 * pools, shuffled. Pairwise precision and recall compare "same predicted cluster" with "edits of
 * the same template".
 */
class CampaignCorpusTest {
  private static final int TEMPLATES = 50;
  private static final int EDITS = 40;
  private static final int UNRELATED = 2_000;

  @Test
  void campaignsAreFoundWithHighPairwisePrecisionAndRecallAndIndependentTextsStayAlone() {
    CampaignCorpus corpus = new CampaignCorpus(20_240_601L);
    List<String> texts = new ArrayList<>();
    List<Integer> truth = new ArrayList<>();
    for (int t = 0; t < TEMPLATES; t++) {
      for (int e = 0; e < EDITS; e++) {
        texts.add(corpus.edit(t, e));
        truth.add(t);
      }
    }
    for (int u = 0; u < UNRELATED; u++) {
      texts.add(corpus.unrelated(u));
      truth.add(-1 - u);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(42));
    List<String> shuffledTexts = order.stream().map(texts::get).toList();
    int[] labels = order.stream().mapToInt(truth::get).toArray();

    long start = System.nanoTime();
    CampaignClustering clustering = CampaignClusterer.standard().cluster(shuffledTexts);
    double seconds = (System.nanoTime() - start) / 1e9;

    PairCounts pairs = PairCounts.of(clustering, labels);
    int unrelatedInGroups = 0;
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 && clustering.clusterSize(clustering.clusterOf(i)) > 1) {
        unrelatedInGroups++;
      }
    }
    System.out.printf("campaign corpus: %,d texts in %.2f s, %,d clusters; pairwise precision %.4f, recall %.4f;"
        + " independent texts in a cluster of more than one: %d%n", labels.length, seconds, clustering.clusterCount(),
        pairs.precision(), pairs.recall(), unrelatedInGroups);

    assertThat(pairs.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(pairs.recall()).isGreaterThanOrEqualTo(0.95);
    assertThat(unrelatedInGroups).isZero();
  }

  /** Pair counts of a clustering against true labels, from the contingency table (no pair loop). */
  record PairCounts(long predicted, long actual, long both) {
    static PairCounts of(CampaignClustering clustering, int[] labels) {
      Map<Long, Integer> cells = new HashMap<>();
      Map<Integer, Integer> truthSizes = new HashMap<>();
      for (int i = 0; i < labels.length; i++) {
        cells.merge(((long) clustering.clusterOf(i) << 32) ^ (labels[i] & 0xFFFFFFFFL), 1, Integer::sum);
        truthSizes.merge(labels[i], 1, Integer::sum);
      }
      long predicted = 0;
      for (int size : clustering.clusterSizes()) {
        predicted += pairs(size);
      }
      long actual = truthSizes.values().stream().mapToLong(PairCounts::pairs).sum();
      long both = cells.values().stream().mapToLong(PairCounts::pairs).sum();
      return new PairCounts(predicted, actual, both);
    }

    private static long pairs(int n) {
      return (long) n * (n - 1) / 2;
    }

    double precision() {
      return predicted == 0 ? 1 : (double) both / predicted;
    }

    double recall() {
      return actual == 0 ? 1 : (double) both / actual;
    }
  }
}
