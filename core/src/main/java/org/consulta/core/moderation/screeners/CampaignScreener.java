package org.consulta.core.moderation.screeners;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.consulta.core.moderation.CampaignSeed;
import org.consulta.core.moderation.Screener;
import org.consulta.core.moderation.ScreeningContext;
import org.consulta.core.moderation.ScreeningInput;
import org.consulta.core.moderation.TextSignature;
import org.consulta.core.moderation.Verdict;

/**
 * Marks organised campaign responses: identical or lightly edited copies of one text in one
 * consultation. Campaign responses are kept and counted, never rejected: the verdict always
 * passes, carrying the campaign's id when the body joins one.
 *
 * <p>Leader clustering over the tenant's {@link ScreeningContext#campaigns() campaign index}: the
 * body's {@link TextSignature} (from {@link TextSignatures}) looks up the seeds sharing a band key
 * in the same consultation; if the most similar reaches the threshold (default {@value
 * #DEFAULT_THRESHOLD}, estimated Jaccard similarity of character 7-shingles), the verdict is
 * {@link Verdict#campaign} with the seed's {@link CampaignSeed#campaign() campaign id} and the
 * similarity as score. Otherwise the body becomes a seed ({@link
 * org.consulta.core.moderation.CampaignIndex#addSeed}) and the verdict is {@link Verdict#pass}: a
 * campaign's id is its first text's contribution id, and the first text itself is not marked
 * (nothing yet shows it is one of many). Only the body is screened; an empty body (or one with no
 * letter or digit) passes without touching the index.
 *
 * <p>An edit ({@link ScreeningInput#edit()}) is screened like a new text: if the edited body still
 * matches a campaign it stays (or becomes) a member; if it no longer matches it is registered as a
 * seed under the band keys no other seed holds. A seed's earlier registration is not removed (the
 * index has no removal); if the edited seed is still found under its old keys it matches itself
 * and stays a seed (its verdict passes without a campaign, as the first time).
 *
 * <p>Immutable and thread-safe. Explanations give the similarity and the seed's id, never text.
 *
 * <pre>{@code
 * Screener campaigns = CampaignScreener.standard();
 * Verdict verdict = campaigns.screen(input, context); // context.campaigns(): the tenant's index
 * verdict.campaign(); // the campaign joined, if any
 * }</pre>
 */
public final class CampaignScreener implements Screener {
  /** The default similarity threshold; see {@link TextSignatures} for how it was chosen. */
  public static final double DEFAULT_THRESHOLD = 0.55;

  private static final CampaignScreener STANDARD = new CampaignScreener(new CampaignMatcher(TextSignatures.standard(),
      DEFAULT_THRESHOLD));

  private final CampaignMatcher matcher;

  private CampaignScreener(CampaignMatcher matcher) {
    this.matcher = matcher;
  }

  /**
   * The default screener: {@link TextSignatures#standard()} and threshold {@value
   * #DEFAULT_THRESHOLD}.
   *
   * <pre>{@code
   * Screener campaigns = CampaignScreener.standard();
   * }</pre>
   *
   * @return the shared default instance
   */
  public static CampaignScreener standard() {
    return STANDARD;
  }

  /**
   * A screener with its own signatures and threshold. Every screener and clusterer writing to one
   * index must use equal {@link TextSignatures} settings, or their signatures cannot be compared.
   *
   * <pre>{@code
   * Screener strict = CampaignScreener.using(TextSignatures.standard(), 0.7);
   * }</pre>
   *
   * @param signatures how texts are signed
   * @param threshold the estimated similarity, in (0, 1], from which a text joins a seed's campaign
   * @return a new screener
   * @throws IllegalArgumentException if the threshold is out of range
   */
  public static CampaignScreener using(TextSignatures signatures, double threshold) {
    return new CampaignScreener(new CampaignMatcher(signatures, threshold));
  }

  /**
   * {@inheritDoc}
   *
   * <pre>{@code
   * CampaignScreener.standard().name() // "campaign"
   * }</pre>
   */
  @Override
  public String name() {
    return "campaign";
  }

  /**
   * Screens the body; may register it as a seed in {@code context.campaigns()}.
   *
   * <pre>{@code
   * Verdict v = CampaignScreener.standard().screen(input, context);
   * v.campaign().ifPresent(id -> log.info("campaign {}", id));
   * }</pre>
   *
   * @param input the contribution
   * @param context the transaction's context; only {@link ScreeningContext#campaigns()} is used
   * @return a passing verdict, with a campaign when the body joined one
   */
  @Override
  public Verdict screen(ScreeningInput input, ScreeningContext context) {
    requireNonNull(input, "input");
    requireNonNull(context, "context");
    TextSignature signature = matcher.signatures().signIfAny(input.body());
    if (signature == null) {
      return Verdict.pass(name());
    }
    CampaignMatcher.Match match = matcher.match(context.campaigns(), input.consultation(), input.contribution(), signature);
    if (match == null) {
      return Verdict.pass(name());
    }
    CampaignSeed seed = match.seed();
    String explanation = String.format(Locale.ROOT, "body matches campaign seed %s with estimated similarity %.2f (threshold %.2f)",
        seed.contribution(), match.similarity(), matcher.threshold());
    return Verdict.campaign(name(), seed.campaign(), match.similarity(), explanation);
  }

  @Override
  public String toString() {
    return "CampaignScreener[" + matcher.signatures() + ", threshold " + matcher.threshold() + "]";
  }
}
