package org.consulta.core.moderation.screeners;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.moderation.CampaignIndex;
import org.consulta.core.moderation.CampaignSeed;

/**
 * A {@link CampaignIndex} in memory, for batch runs ({@link CampaignClusterer}), tests and
 * single-node deployments that rebuild it on start. Per consultation it keeps the seeds in an
 * array and an open-addressing table from band key ({@code long}) to seed number ({@code int}):
 * about 12 to 24 bytes per band key plus the seeds' signatures, no boxing.
 *
 * <p>Thread-safe: every method holds the index's lock, so concurrent screeners see each other's
 * seeds; nothing rolls back (unlike a store's index, which follows its transaction).
 *
 * <pre>{@code
 * CampaignIndex index = new InMemoryCampaignIndex();
 * TextSignature s = TextSignatures.standard().sign(text);
 * index.addSeed(consultation, new CampaignSeed(contribution, s));
 * index.seeds(consultation, s.bandKeys()); // [that seed]
 * }</pre>
 */
public final class InMemoryCampaignIndex implements CampaignIndex {
  private final Map<ConsultationId, Shard> shards = new HashMap<>();

  /**
   * Creates an empty index.
   *
   * <pre>{@code
   * CampaignScreener screener = CampaignScreener.standard();
   * CampaignIndex index = new InMemoryCampaignIndex();
   * }</pre>
   */
  public InMemoryCampaignIndex() {}

  /**
   * {@inheritDoc}
   *
   * <pre>{@code
   * List<CampaignSeed> candidates = index.seeds(consultation, signature.bandKeys());
   * }</pre>
   */
  @Override
  public synchronized List<CampaignSeed> seeds(ConsultationId consultation, long[] bandKeys) {
    requireNonNull(consultation, "consultation");
    requireNonNull(bandKeys, "bandKeys");
    Shard shard = shards.get(consultation);
    return shard == null ? List.of() : shard.seeds(bandKeys);
  }

  /**
   * {@inheritDoc}
   *
   * <pre>{@code
   * index.addSeed(consultation, new CampaignSeed(contribution, signature));
   * }</pre>
   */
  @Override
  public synchronized void addSeed(ConsultationId consultation, CampaignSeed seed) {
    requireNonNull(consultation, "consultation");
    requireNonNull(seed, "seed");
    shards.computeIfAbsent(consultation, c -> new Shard()).add(seed);
  }

  /**
   * Returns how many seeds a consultation holds.
   *
   * <pre>{@code
   * int distinctTexts = index.seedCount(consultation);
   * }</pre>
   *
   * @param consultation a consultation
   * @return how many seeds it holds
   */
  public synchronized int seedCount(ConsultationId consultation) {
    Shard shard = shards.get(requireNonNull(consultation, "consultation"));
    return shard == null ? 0 : shard.seedCount;
  }

  /** One consultation's seeds and band table. Guarded by the index's lock. */
  private static final class Shard {
    private CampaignSeed[] seeds = new CampaignSeed[16];
    private int seedCount;
    private long[] keys = new long[64];
    /** Seed number + 1; 0 marks a free slot, so every long is a valid key. */
    private int[] values = new int[64];
    private int size;

    List<CampaignSeed> seeds(long[] bandKeys) {
      int[] found = new int[bandKeys.length];
      int count = 0;
      for (long key : bandKeys) {
        int seed = get(key);
        if (seed >= 0 && !contains(found, count, seed)) {
          found[count++] = seed;
        }
      }
      if (count == 0) {
        return List.of();
      }
      List<CampaignSeed> result = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        result.add(seeds[found[i]]);
      }
      return result;
    }

    void add(CampaignSeed seed) {
      if (seedCount == seeds.length) {
        seeds = Arrays.copyOf(seeds, seedCount * 2);
      }
      int number = seedCount++;
      seeds[number] = seed;
      for (long key : seed.signature().bandKeys()) {
        putIfAbsent(key, number);
      }
    }

    private static boolean contains(int[] values, int count, int value) {
      for (int i = 0; i < count; i++) {
        if (values[i] == value) {
          return true;
        }
      }
      return false;
    }

    private static int slot(long key, int mask) {
      // band keys are already well mixed; fold the high half in anyway
      return (int) (key ^ (key >>> 32)) & mask;
    }

    private int get(long key) {
      int mask = keys.length - 1;
      for (int i = slot(key, mask); values[i] != 0; i = (i + 1) & mask) {
        if (keys[i] == key) {
          return values[i] - 1;
        }
      }
      return -1;
    }

    private void putIfAbsent(long key, int seed) {
      int mask = keys.length - 1;
      int i = slot(key, mask);
      for (; values[i] != 0; i = (i + 1) & mask) {
        if (keys[i] == key) {
          return;
        }
      }
      keys[i] = key;
      values[i] = seed + 1;
      if (++size > keys.length / 4 * 3) {
        grow();
      }
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldValues[j] != 0) {
          int i = slot(oldKeys[j], mask);
          while (values[i] != 0) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[j];
          values[i] = oldValues[j];
        }
      }
    }
  }
}
