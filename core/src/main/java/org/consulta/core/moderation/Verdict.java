package org.consulta.core.moderation;

import org.consulta.core.contribution.CampaignId;
import org.consulta.core.contribution.TextSpan;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What one {@link Screener} concluded about one contribution.
 *
 * <p>Immutable. The explanation is for moderators and the audit trail: it names what matched and
 * where ("e-mail address at body[12, 31)"), never the matched personal data itself.
 *
 * @param screener the screener's {@link Screener#name()}
 * @param outcome pass, hold for a human, reject, or redact spans
 * @param reason for hold, reject and redact: a house-rule reason code (e.g. {@code "spam"}; 1 to 40
 *     lower-case letters, digits and single dashes)
 * @param score how sure the screener is that something is wrong, in [0, 1]; raises queue priority
 * @param explanation a plain-language account of the finding, without the personal data found
 * @param redactions for {@link Outcome#REDACT}: the spans to mask in the public text; for hold and
 *     reject: the spans found, shown to moderators as suggestions (only REDACT masks)
 * @param campaign the campaign cluster the text belongs to, if a campaign detector found one
 */
public record Verdict(
    String screener,
    Outcome outcome,
    Optional<String> reason,
    double score,
    String explanation,
    List<TextSpan> redactions,
    Optional<CampaignId> campaign) {

  /** The outcomes, from mildest to strictest; a pipeline's result is the strictest it met. */
  public enum Outcome {
    /** Nothing to act on. */
    PASS,
    /** Publish with the listed spans masked; the original stays readable by staff. */
    REDACT,
    /** Keep from the public until a moderator decides. */
    HOLD,
    /** Reject outright; the author is told the reason and may appeal. */
    REJECT
  }

  private static final java.util.regex.Pattern REASON = java.util.regex.Pattern.compile("(?=.{1,40}$)[a-z0-9]+(-[a-z0-9]+)*");

  public Verdict {
    requireNonNull(screener, "screener");
    requireNonNull(outcome, "outcome");
    requireNonNull(reason, "reason");
    requireNonNull(explanation, "explanation");
    redactions = List.copyOf(requireNonNull(redactions, "redactions"));
    requireNonNull(campaign, "campaign");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1], got " + score);
    }
    reason.ifPresent(code -> {
      if (!REASON.matcher(code).matches()) {
        throw new IllegalArgumentException("a reason code is 1 to 40 lower-case letters, digits and single dashes: " + code);
      }
    });
    if (outcome != Outcome.PASS && reason.isEmpty()) {
      throw new IllegalArgumentException(outcome + " needs a reason code");
    }
    if (outcome == Outcome.REDACT && redactions.isEmpty()) {
      throw new IllegalArgumentException("REDACT needs spans");
    }
    if (outcome == Outcome.PASS && !redactions.isEmpty()) {
      throw new IllegalArgumentException("a passing verdict has no spans");
    }
  }

  /**
   * @param screener the screener's name
   * @return a verdict that found nothing
   */
  public static Verdict pass(String screener) {
    return new Verdict(screener, Outcome.PASS, Optional.empty(), 0, "", List.of(), Optional.empty());
  }

  /**
   * @param screener the screener's name
   * @param reason the reason code
   * @param score certainty in [0, 1]
   * @param explanation what was found, without personal data
   * @return a verdict holding the item for a moderator
   */
  public static Verdict hold(String screener, String reason, double score, String explanation) {
    return new Verdict(screener, Outcome.HOLD, Optional.of(reason), score, explanation, List.of(), Optional.empty());
  }

  /**
   * @param screener the screener's name
   * @param reason the reason code
   * @param score certainty in [0, 1]
   * @param explanation what was found, without personal data
   * @return a verdict rejecting the item
   */
  public static Verdict reject(String screener, String reason, double score, String explanation) {
    return new Verdict(screener, Outcome.REJECT, Optional.of(reason), score, explanation, List.of(), Optional.empty());
  }

  /**
   * @param screener the screener's name
   * @param reason the reason code
   * @param score certainty in [0, 1]
   * @param explanation what was found, without personal data
   * @param spans the spans to mask, at least one
   * @return a verdict redacting the spans
   */
  public static Verdict redact(String screener, String reason, double score, String explanation, List<TextSpan> spans) {
    return new Verdict(screener, Outcome.REDACT, Optional.of(reason), score, explanation, spans, Optional.empty());
  }

  /**
   * @param screener the screener's name
   * @param campaign the cluster found
   * @param score estimated similarity to the cluster's first text
   * @param explanation how it matched
   * @return a passing verdict that marks the item as part of a campaign
   */
  public static Verdict campaign(String screener, CampaignId campaign, double score, String explanation) {
    return new Verdict(screener, Outcome.PASS, Optional.empty(), score, explanation, List.of(), Optional.of(campaign));
  }
}
