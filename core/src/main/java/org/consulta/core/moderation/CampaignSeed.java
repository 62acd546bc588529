package org.consulta.core.moderation;

import org.consulta.core.contribution.CampaignId;
import static java.util.Objects.requireNonNull;

import org.consulta.core.contribution.ContributionId;

/**
 * The first text of a (possible) campaign: its contribution and its signature. Immutable.
 */
public final class CampaignSeed {
  private final ContributionId contribution;
  private final TextSignature signature;

  /**
   * @param contribution the seed's contribution
   * @param signature its text's signature
   */
  public CampaignSeed(ContributionId contribution, TextSignature signature) {
    this.contribution = requireNonNull(contribution, "contribution");
    this.signature = requireNonNull(signature, "signature");
  }

  /** @return the seed's contribution */
  public ContributionId contribution() {
    return contribution;
  }

  /** @return the seed's signature */
  public TextSignature signature() {
    return signature;
  }

  /** @return the campaign this seed starts */
  public CampaignId campaign() {
    return CampaignId.seededBy(contribution);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CampaignSeed other && contribution.equals(other.contribution) && signature.equals(other.signature);
  }

  @Override
  public int hashCode() {
    return contribution.hashCode() * 31 + signature.hashCode();
  }

  @Override
  public String toString() {
    return "CampaignSeed[" + contribution + "]";
  }
}
