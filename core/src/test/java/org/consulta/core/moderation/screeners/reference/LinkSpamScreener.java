package org.consulta.core.moderation.screeners.reference;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.consulta.core.contribution.TextSpan;
import org.consulta.core.moderation.Screener;
import org.consulta.core.moderation.ScreeningContext;
import org.consulta.core.moderation.ScreeningInput;
import org.consulta.core.moderation.Verdict;
import org.consulta.core.moderation.Verdict.Outcome;

/**
 * Spam heuristics over every text of a contribution, each a signal with a weight:
 *
 * <ul>
 *   <li>a link to a blocked domain or one of its subdomains: {@link Outcome#REJECT} by default
 *       ({@link Builder#blockedDomainOutcome});
 *   <li>more links than {@link Builder#maxLinks} (default 3) across all texts: {@link
 *       Outcome#HOLD}. Links are URLs with a scheme, {@code www.} addresses and bare domains
 *       ("example.com/path"); e-mail addresses are not links;
 *   <li>a run of {@link Builder#maxRepeats} (default 10) or more of the same non-space character
 *       ("!!!!!!!!!!!!"): score 0.3;
 *   <li>shouting: at least {@link Builder#shouting} share (default 0.7) of upper-case letters in
 *       a text of at least 40 letters: score 0.3.
 * </ul>
 *
 * <p>The score combines the signals' weights as independent evidence ({@code 1 - prod(1 - w)});
 * without a link signal, a score of at least {@link Builder#holdAt} (default 0.5, so repeats and
 * shouting together) holds the contribution, and a lower non-zero score passes it with the score
 * and explanation kept. The reason code is {@code "spam"}; the explanation lists each signal and
 * where it was seen ("5 links (more than 3): body[0, 22), ..."), never the link itself.
 *
 * <p>Immutable and thread-safe. Does not use the {@link ScreeningContext}.
 *
 * <pre>{@code
 * Screener spam = LinkSpamScreener.builder()
 *     .blockedDomains("casino.example", "cheap-pills.example")
 *     .maxLinks(2)
 *     .build();
 * }</pre>
 */
public final class LinkSpamScreener implements Screener {
  private static final double REPEAT_WEIGHT = 0.3;
  private static final double SHOUTING_WEIGHT = 0.3;
  private static final int SHOUTING_MIN_LETTERS = 40;

  private final Set<String> blockedDomains;
  private final Outcome blockedDomainOutcome;
  private final int maxLinks;
  private final int maxRepeats;
  private final double shouting;
  private final double holdAt;
  private final String reason;

  private LinkSpamScreener(Builder b) {
    this.blockedDomains = Set.copyOf(b.blockedDomains == null ? List.of() : b.blockedDomains);
    this.blockedDomainOutcome = b.blockedDomainOutcome == null ? Outcome.REJECT : b.blockedDomainOutcome;
    this.maxLinks = b.maxLinks < 0 ? 3 : b.maxLinks;
    this.maxRepeats = b.maxRepeats < 0 ? 10 : b.maxRepeats;
    this.shouting = Double.isNaN(b.shouting) ? 0.7 : b.shouting;
    this.holdAt = Double.isNaN(b.holdAt) ? 0.5 : b.holdAt;
    this.reason = b.reason == null ? "spam" : b.reason;
  }

  /** @return a screener with the default thresholds and no blocked domain */
  public static LinkSpamScreener defaults() {
    return builder().build();
  }

  /** @return a new builder; not thread-safe */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return "link-spam";
  }

  /**
   * @param input the contribution; every entry of {@link ScreeningInput#texts()} is screened
   * @param context not used
   * @return the verdict, with a score and an explanation whenever a signal was seen
   */
  @Override
  public Verdict screen(ScreeningInput input, ScreeningContext context) {
    requireNonNull(input, "input");
    List<TextSpan> links = new ArrayList<>();
    Findings blocked = new Findings();
    Findings repeats = new Findings();
    List<String> shouted = new ArrayList<>();
    for (Map.Entry<String, String> field : new TreeMap<>(input.texts()).entrySet()) {
      String name = field.getKey();
      String text = field.getValue();
      for (Links.Link link : Links.find(text, host -> blockedEntry(host) != null)) {
        TextSpan span = new TextSpan(name, link.start(), link.end());
        links.add(span);
        String entry = blockedEntry(link.host());
        if (entry != null) {
          blocked.add("link to blocked domain " + entry, span);
        }
      }
      repeatedRuns(name, text, repeats);
      String shout = shouting(name, text);
      if (shout != null) {
        shouted.add(shout);
      }
    }
    List<String> signals = new ArrayList<>();
    double keep = 1;
    if (!blocked.isEmpty()) {
      signals.add(blocked.explanation());
      keep *= 0;
    }
    if (links.size() > maxLinks) {
      signals.add(links.size() + " links (more than " + maxLinks + "): " + places(links));
      keep *= 1 - Math.min(0.9, 0.6 + 0.05 * (links.size() - maxLinks - 1));
    }
    if (!repeats.isEmpty()) {
      signals.add(repeats.explanation());
      keep *= 1 - REPEAT_WEIGHT;
    }
    if (!shouted.isEmpty()) {
      signals.add(String.join("; ", shouted));
      keep *= 1 - SHOUTING_WEIGHT;
    }
    if (signals.isEmpty()) {
      return Verdict.pass(name());
    }
    double score = 1 - keep;
    String explanation = String.join("; ", signals);
    if (!blocked.isEmpty()) {
      return blockedDomainOutcome == Outcome.REJECT
          ? Verdict.reject(name(), reason, score, explanation)
          : Verdict.hold(name(), reason, score, explanation);
    }
    if (links.size() > maxLinks || score >= holdAt) {
      return Verdict.hold(name(), reason, score, explanation);
    }
    return new Verdict(name(), Outcome.PASS, java.util.Optional.empty(), score, explanation, List.of(), java.util.Optional.empty());
  }

  /** @return the blocked-domain entry the host is or is a subdomain of, or null */
  private String blockedEntry(String host) {
    String h = host;
    while (true) {
      if (blockedDomains.contains(h)) {
        return h;
      }
      int dot = h.indexOf('.');
      if (dot < 0) {
        return null;
      }
      h = h.substring(dot + 1);
    }
  }

  private void repeatedRuns(String field, String text, Findings repeats) {
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      int end = i + width;
      int count = 1;
      while (end < text.length() && text.codePointAt(end) == cp) {
        end += width;
        count++;
      }
      if (count >= maxRepeats && !Character.isWhitespace(cp)) {
        repeats.add("run of " + count + " repeated characters", new TextSpan(field, i, end));
      }
      i = end;
    }
  }

  /** @return the shouting signal of the text, or null */
  private String shouting(String field, String text) {
    int upper = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isUpperCase(cp)) {
        upper++;
        letters++;
      } else if (Character.isLowerCase(cp)) {
        letters++;
      }
    }
    if (letters < SHOUTING_MIN_LETTERS || upper < shouting * letters) {
      return null;
    }
    return Math.round(100.0 * upper / letters) + "% capitals in " + field + " (" + letters + " letters)";
  }

  private static String places(List<TextSpan> spans) {
    StringBuilder out = new StringBuilder();
    int listed = Math.min(Findings.LISTED, spans.size());
    for (int i = 0; i < listed; i++) {
      out.append(i > 0 ? ", " : "").append(Findings.place(spans.get(i)));
    }
    return spans.size() > listed ? out.append(", and ").append(spans.size() - listed).append(" more").toString() : out.toString();
  }

  @Override
  public String toString() {
    return "LinkSpamScreener[blockedDomains=" + blockedDomains.size() + ", maxLinks=" + maxLinks + ", maxRepeats=" + maxRepeats
        + ", shouting=" + shouting + ", holdAt=" + holdAt + "]";
  }

  /**
   * Configures a {@link LinkSpamScreener}. Each option may be set once; a repeated option fails
   * with {@link IllegalStateException} naming the earlier value. Not thread-safe.
   */
  public static final class Builder {
    private List<String> blockedDomains;
    private Outcome blockedDomainOutcome;
    private int maxLinks = -1;
    private int maxRepeats = -1;
    private double shouting = Double.NaN;
    private double holdAt = Double.NaN;
    private String reason;

    private Builder() {}

    /**
     * @param domains domains whose links (to them or any subdomain) are blocked, e.g. {@code
     *     "casino.example"}; case-insensitive
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if a domain is not a dotted host name
     */
    public Builder blockedDomains(String... domains) {
      return blockedDomains(Arrays.asList(requireNonNull(domains, "domains")));
    }

    /**
     * @param domains domains whose links are blocked
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if a domain is not a dotted host name
     * @see #blockedDomains(String...)
     */
    public Builder blockedDomains(Collection<String> domains) {
      requireNonNull(domains, "domains");
      checkState(blockedDomains == null, "blockedDomains were already set (%s domains)", blockedDomains == null ? 0 : blockedDomains.size());
      List<String> checked = new ArrayList<>();
      for (String d : domains) {
        String domain = requireNonNull(d, "domain").strip().toLowerCase(Locale.ROOT);
        checkArgument(domain.matches("[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+"), "not a domain name: \"%s\"", d);
        checked.add(domain);
      }
      blockedDomains = List.copyOf(checked);
      return this;
    }

    /**
     * @param outcome what a link to a blocked domain leads to: {@link Outcome#REJECT} (default)
     *     or {@link Outcome#HOLD}
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException for another outcome
     */
    public Builder blockedDomainOutcome(Outcome outcome) {
      requireNonNull(outcome, "outcome");
      checkState(blockedDomainOutcome == null, "blockedDomainOutcome was already set to %s", blockedDomainOutcome);
      checkArgument(outcome == Outcome.REJECT || outcome == Outcome.HOLD, "a blocked domain leads to REJECT or HOLD, not %s", outcome);
      blockedDomainOutcome = outcome;
      return this;
    }

    /**
     * @param max the most links a contribution may have without being held (default 3)
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if negative
     */
    public Builder maxLinks(int max) {
      checkState(maxLinks < 0, "maxLinks was already set to %s", maxLinks);
      checkArgument(max >= 0, "maxLinks must be >= 0, got %s", max);
      maxLinks = max;
      return this;
    }

    /**
     * @param length the shortest run of one repeated character that is a signal (default 10)
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if below 2
     */
    public Builder maxRepeats(int length) {
      checkState(maxRepeats < 0, "maxRepeats was already set to %s", maxRepeats);
      checkArgument(length >= 2, "maxRepeats must be >= 2, got %s", length);
      maxRepeats = length;
      return this;
    }

    /**
     * @param share the share of upper-case letters, in (0, 1], from which a text of 40 or more
     *     letters is shouting (default 0.7)
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if outside (0, 1]
     */
    public Builder shouting(double share) {
      checkState(Double.isNaN(shouting), "shouting was already set to %s", shouting);
      checkArgument(share > 0 && share <= 1, "shouting must be in (0, 1], got %s", share);
      shouting = share;
      return this;
    }

    /**
     * @param score the combined score, in (0, 1], from which repeats and shouting hold the
     *     contribution (default 0.5)
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if outside (0, 1]
     */
    public Builder holdAt(double score) {
      checkState(Double.isNaN(holdAt), "holdAt was already set to %s", holdAt);
      checkArgument(score > 0 && score <= 1, "holdAt must be in (0, 1], got %s", score);
      holdAt = score;
      return this;
    }

    /**
     * @param reason the reason code of the verdicts (default {@code "spam"})
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if blank
     */
    public Builder reason(String reason) {
      requireNonNull(reason, "reason");
      checkState(this.reason == null, "reason was already set to %s", this.reason);
      checkArgument(!reason.isBlank(), "reason must not be blank");
      this.reason = reason;
      return this;
    }

    /** @return the screener */
    public LinkSpamScreener build() {
      return new LinkSpamScreener(this);
    }
  }
}
