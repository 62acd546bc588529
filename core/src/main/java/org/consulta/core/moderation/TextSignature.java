package org.consulta.core.moderation;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * A MinHash signature of a text and its LSH band keys: texts whose signatures agree in a large
 * share of positions have similar shingle sets (the share estimates their Jaccard similarity),
 * and texts that share a band key are candidates for that comparison. Made by {@code
 * org.consulta.core.moderation.screeners.TextSignatures}; stored by {@link CampaignIndex}.
 *
 * <p>Immutable (arrays are copied in and out).
 */
public final class TextSignature {
  private final int[] minHashes;
  private final long[] bandKeys;

  /**
   * @param minHashes the MinHash values, at least one
   * @param bandKeys the band keys derived from them, at least one
   */
  public TextSignature(int[] minHashes, long[] bandKeys) {
    requireNonNull(minHashes, "minHashes");
    requireNonNull(bandKeys, "bandKeys");
    if (minHashes.length == 0 || bandKeys.length == 0) {
      throw new IllegalArgumentException("a signature needs hashes and band keys");
    }
    this.minHashes = minHashes.clone();
    this.bandKeys = bandKeys.clone();
  }

  /** @return a copy of the MinHash values */
  public int[] minHashes() {
    return minHashes.clone();
  }

  /** @return a copy of the band keys */
  public long[] bandKeys() {
    return bandKeys.clone();
  }

  /** @return the number of MinHash values */
  public int size() {
    return minHashes.length;
  }

  /**
   * @param other a signature of the same size
   * @return the share of positions where both agree: an estimate of the texts' Jaccard similarity
   * @throws IllegalArgumentException if the sizes differ
   */
  public double similarity(TextSignature other) {
    if (other.minHashes.length != minHashes.length) {
      throw new IllegalArgumentException("signatures of different sizes: " + minHashes.length + " and " + other.minHashes.length);
    }
    int same = 0;
    for (int i = 0; i < minHashes.length; i++) {
      if (minHashes[i] == other.minHashes[i]) {
        same++;
      }
    }
    return (double) same / minHashes.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TextSignature other && Arrays.equals(minHashes, other.minHashes) && Arrays.equals(bandKeys, other.bandKeys);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(minHashes);
  }

  @Override
  public String toString() {
    return "TextSignature[" + minHashes.length + " hashes, " + bandKeys.length + " bands]";
  }
}
