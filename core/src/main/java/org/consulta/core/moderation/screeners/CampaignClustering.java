package org.consulta.core.moderation.screeners;

import java.util.Arrays;

/**
 * The result of {@link CampaignClusterer#cluster}: for each text, by its position in the input,
 * the cluster it belongs to. A cluster's id is the position of its seed (its first text), so
 * {@code clusterOf(i) == i} exactly for seeds, and {@code clusterOf(i) <= i} always.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * CampaignClustering result = CampaignClusterer.standard().cluster(texts);
 * Map<Integer, Integer> sizes = new LinkedHashMap<>();
 * for (int cluster : result.largestClusters(10)) {
 *   sizes.put(cluster, result.clusterSize(cluster));
 * }
 * }</pre>
 */
public final class CampaignClustering {
  private final int[] clusters;
  private final float[] similarities;
  private final int[] sizes;
  private final int clusterCount;

  CampaignClustering(int[] clusters, float[] similarities) {
    this.clusters = clusters;
    this.similarities = similarities;
    this.sizes = new int[clusters.length];
    int count = 0;
    for (int i = 0; i < clusters.length; i++) {
      if (sizes[clusters[i]]++ == 0) {
        count++;
      }
    }
    this.clusterCount = count;
  }

  /**
   * Returns how many texts were clustered.
   *
   * <pre>{@code
   * result.size() // == texts.size()
   * }</pre>
   *
   * @return how many texts were clustered
   */
  public int size() {
    return clusters.length;
  }

  /**
   * Returns the cluster of a text: the position of the cluster's seed.
   *
   * <pre>{@code
   * boolean sameCampaign = result.clusterOf(i) == result.clusterOf(j);
   * }</pre>
   *
   * @param text a text's position in the input
   * @return its cluster: the position of the cluster's seed
   * @throws IndexOutOfBoundsException if there is no such text
   */
  public int clusterOf(int text) {
    return clusters[text];
  }

  /**
   * Returns a text's estimated similarity to its cluster's seed (1 for a seed).
   *
   * <pre>{@code
   * double s = result.similarityToSeed(i);
   * }</pre>
   *
   * @param text a text's position in the input
   * @return its estimated similarity to its cluster's seed (1 for a seed)
   * @throws IndexOutOfBoundsException if there is no such text
   */
  public double similarityToSeed(int text) {
    return similarities[text];
  }

  /**
   * Returns how many texts a cluster holds; 0 if {@code cluster} is a position but not a seed.
   *
   * <pre>{@code
   * int copies = result.clusterSize(result.clusterOf(i));
   * }</pre>
   *
   * @param cluster a cluster id (a seed's position)
   * @return how many texts it holds; 0 if {@code cluster} is a position but not a seed
   * @throws IndexOutOfBoundsException if {@code cluster} is not a position of the input
   */
  public int clusterSize(int cluster) {
    return sizes[cluster];
  }

  /**
   * Returns how many clusters there are (singletons included): the number of seeds.
   *
   * <pre>{@code
   * int distinct = result.clusterCount();
   * }</pre>
   *
   * @return how many clusters there are (singletons included): the number of seeds
   */
  public int clusterCount() {
    return clusterCount;
  }

  /**
   * Returns the ids of the largest clusters, largest first (ties: earlier seed first).
   *
   * <pre>{@code
   * int[] top = result.largestClusters(10);
   * }</pre>
   *
   * @param limit at most this many
   * @return the ids of the largest clusters, largest first (ties: earlier seed first)
   */
  public int[] largestClusters(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, got " + limit);
    }
    // sort (size, id) pairs packed in longs: no boxing for a million clusters
    long[] packed = new long[clusterCount];
    int k = 0;
    for (int i = 0; i < sizes.length; i++) {
      if (sizes[i] > 0) {
        packed[k++] = ((long) (Integer.MAX_VALUE - sizes[i]) << 32) | i;
      }
    }
    Arrays.sort(packed);
    int[] result = new int[Math.min(limit, packed.length)];
    for (int i = 0; i < result.length; i++) {
      result[i] = (int) packed[i];
    }
    return result;
  }

  /**
   * Returns the size of every cluster, singletons included, largest first.
   *
   * <pre>{@code
   * int[] sizes = result.clusterSizes(); // sums to result.size()
   * }</pre>
   *
   * @return the size of every cluster, singletons included, largest first
   */
  public int[] clusterSizes() {
    int[] result = new int[clusterCount];
    int k = 0;
    for (int size : sizes) {
      if (size > 0) {
        result[k++] = -size;
      }
    }
    Arrays.sort(result);
    for (int i = 0; i < result.length; i++) {
      result[i] = -result[i];
    }
    return result;
  }

  @Override
  public String toString() {
    return "CampaignClustering[" + clusters.length + " texts, " + clusterCount + " clusters]";
  }
}
