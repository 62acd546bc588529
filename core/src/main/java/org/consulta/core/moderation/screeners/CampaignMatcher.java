package org.consulta.core.moderation.screeners;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.moderation.CampaignIndex;
import org.consulta.core.moderation.CampaignSeed;
import org.consulta.core.moderation.TextSignature;

/**
 * Leader clustering over a {@link CampaignIndex}, the one code path of {@link CampaignScreener}
 * and {@link CampaignClusterer}: a text joins the most similar seed sharing a band key with it if
 * that seed reaches the threshold, and becomes a seed itself otherwise. Immutable and thread-safe
 * (the index decides what concurrent use means).
 */
final class CampaignMatcher {
  private final TextSignatures signatures;
  private final double threshold;

  CampaignMatcher(TextSignatures signatures, double threshold) {
    this.signatures = requireNonNull(signatures, "signatures");
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
    }
    this.threshold = threshold;
  }

  TextSignatures signatures() {
    return signatures;
  }

  double threshold() {
    return threshold;
  }

  /**
   * @return the seed the text joined (with the estimated similarity), or null when the text was
   *     registered as a new seed or is an edit of a seed that still resembles its old text
   */
  Match match(CampaignIndex index, ConsultationId consultation, ContributionId contribution, TextSignature signature) {
    List<CampaignSeed> candidates = index.seeds(consultation, signature.bandKeys());
    CampaignSeed best = null;
    double bestSimilarity = -1;
    for (CampaignSeed candidate : candidates) {
      double similarity = candidate.signature().similarity(signature);
      if (candidate.contribution().equals(contribution)) {
        if (similarity >= threshold) {
          return null; // an edit of a seed, still close to what it was: it stays a seed
        }
        continue; // an edit far from its old text must not match its own old signature
      }
      if (similarity > bestSimilarity) {
        best = candidate;
        bestSimilarity = similarity;
      }
    }
    if (best != null && bestSimilarity >= threshold) {
      return new Match(best, bestSimilarity, candidates.size());
    }
    index.addSeed(consultation, new CampaignSeed(contribution, signature));
    return null;
  }

  /** A text's match: the seed it joined, the estimated similarity and how many seeds were compared. */
  record Match(CampaignSeed seed, double similarity, int candidates) {}
}
