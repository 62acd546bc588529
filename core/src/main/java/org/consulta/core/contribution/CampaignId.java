package org.consulta.core.contribution;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * Identifies a campaign: a cluster of identical or lightly edited texts in one consultation. Its
 * value is the id of the cluster's first contribution (the seed), so it is stable and needs no
 * generator.
 *
 * @param value the UUID
 */
public record CampaignId(UUID value) {
  public CampaignId {
    requireNonNull(value, "value");
  }

  /**
   * @param seed the cluster's first contribution
   * @return the campaign it seeds
   */
  public static CampaignId seededBy(ContributionId seed) {
    return new CampaignId(seed.value());
  }

  /**
   * @param text the UUID text
   * @return the id
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static CampaignId parse(String text) {
    return new CampaignId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
