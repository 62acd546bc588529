package org.consulta.core.moderation;

import java.util.List;
import org.consulta.core.consultation.ConsultationId;

/**
 * The locality-sensitive-hashing index behind campaign detection, per tenant: each campaign's
 * first text (its seed) is registered under its LSH band keys, and a new text looks up the seeds
 * sharing any of its keys. Only seeds are indexed, not every member, so the index grows with the
 * number of distinct texts. Implemented by each store in its unit of work (and in memory by
 * {@code CampaignClusterer} for batch runs); writes roll back with the transaction.
 */
public interface CampaignIndex {
  /**
   * @param consultation the consultation
   * @param bandKeys the LSH band keys of a text
   * @return the seeds registered under any of the keys, each once, in no particular order
   */
  List<CampaignSeed> seeds(ConsultationId consultation, long[] bandKeys);

  /**
   * Registers a seed under those of its band keys that no earlier seed holds.
   *
   * @param consultation the consultation
   * @param seed the seed
   */
  void addSeed(ConsultationId consultation, CampaignSeed seed);
}
