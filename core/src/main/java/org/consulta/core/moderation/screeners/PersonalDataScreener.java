package org.consulta.core.moderation.screeners;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consulta.core.contribution.TextSpan;
import org.consulta.core.moderation.Screener;
import org.consulta.core.moderation.ScreeningContext;
import org.consulta.core.moderation.ScreeningInput;
import org.consulta.core.moderation.Verdict;
import org.consulta.core.moderation.Verdict.Outcome;

/**
 * Finds personal data in every text of a contribution: e-mail addresses, phone numbers, IBANs,
 * payment card numbers, and any extra patterns configured. By default the verdict is {@link
 * Outcome#REDACT} with the spans found (reason {@code "personal-data"}), so the contribution is
 * published with them masked; {@link Builder#outcome} can make it {@link Outcome#HOLD} instead
 * (a held verdict carries no spans, only their places in the explanation).
 *
 * <p>The rules favour precision on everyday text:
 *
 * <ul>
 *   <li>e-mail: a local part, {@code @}, and a dot-separated domain ending in a top-level domain
 *       of two or more letters; "user@localhost", "foo@bar" and "@Override" are not addresses.
 *   <li>phone: {@code +} or {@code 00} and 8 to 15 digits; a national number with a trunk zero
 *       (UK, FR, DE: "020 7946 0958", "06 12 34 56 78", "0151 12345678"); a North American one
 *       grouped 3-3-4 ("(212) 555-0147"). Dates, times, years, versions, amounts and thousands
 *       groupings are not phone numbers.
 *   <li>IBAN: known country, its length, solid or in space-separated groups, mod-97 valid.
 *   <li>card: 13 to 19 digits starting with 2 to 6, solid or grouped by spaces or dashes, Luhn
 *       valid.
 * </ul>
 *
 * <p>Detectors run in the order IBAN, card, e-mail, phone, then the extra patterns; a later
 * finding that overlaps an earlier one is dropped. The explanation names each kind and place
 * ("e-mail address at body[12, 31)"), never the data. One verdict has one reason: {@link
 * Builder#reason} if a built-in detector matched, else the reason of the first extra pattern (in
 * the order added) that matched.
 *
 * <p>Immutable and thread-safe. Does not use the {@link ScreeningContext}.
 *
 * <pre>{@code
 * Screener personalData = PersonalDataScreener.builder()
 *     .pattern("case number", Pattern.compile("\\bAZ-\\d{6}\\b"), "case-reference")
 *     .build();
 * }</pre>
 */
public final class PersonalDataScreener implements Screener {
  /** The built-in detectors. */
  public enum Kind {
    /** E-mail addresses. */
    EMAIL("e-mail address", 0.9, EmailAddresses::find),
    /** Phone numbers. */
    PHONE("phone number", 0.75, PhoneNumbers::find),
    /** IBANs (mod-97 checked). */
    IBAN("IBAN", 0.95, AccountNumbers::ibans),
    /** Payment card numbers (Luhn checked). */
    PAYMENT_CARD("payment card number", 0.95, AccountNumbers::cards);

    private final String description;
    private final double score;
    private final Function<String, List<int[]>> detector;

    Kind(String description, double score, Function<String, List<int[]>> detector) {
      this.description = description;
      this.score = score;
      this.detector = detector;
    }

    /** @return how explanations name it, e.g. {@code "e-mail address"} */
    public String description() {
      return description;
    }
  }

  /** The order detectors run in: the more specific first, so they win overlaps. */
  private static final List<Kind> ORDER = List.of(Kind.IBAN, Kind.PAYMENT_CARD, Kind.EMAIL, Kind.PHONE);
  private static final double PATTERN_SCORE = 0.8;

  private final Set<Kind> kinds;
  private final List<ExtraPattern> patterns;
  private final Outcome outcome;
  private final String reason;

  /** A configured extra pattern: its name in explanations, the regex, its reason code. */
  private record ExtraPattern(String name, Pattern pattern, String reason) {}

  private PersonalDataScreener(Builder b) {
    this.kinds = b.kinds == null ? EnumSet.allOf(Kind.class) : b.kinds;
    this.patterns = List.copyOf(b.patterns);
    this.outcome = b.outcome == null ? Outcome.REDACT : b.outcome;
    this.reason = b.reason == null ? "personal-data" : b.reason;
  }

  /** @return a screener with every built-in detector, redacting with reason {@code "personal-data"} */
  public static PersonalDataScreener defaults() {
    return builder().build();
  }

  /** @return a new builder; not thread-safe */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return "personal-data";
  }

  /**
   * @param input the contribution; every entry of {@link ScreeningInput#texts()} is screened
   * @param context not used
   * @return a pass, or the configured outcome with the places of the personal data found
   */
  @Override
  public Verdict screen(ScreeningInput input, ScreeningContext context) {
    requireNonNull(input, "input");
    Findings findings = new Findings();
    double score = 0;
    boolean builtIn = false;
    int firstPattern = Integer.MAX_VALUE;
    for (Map.Entry<String, String> field : Fields.inOrder(input.texts())) {
      String name = field.getKey();
      String text = field.getValue();
      for (Kind kind : ORDER) {
        if (kinds.contains(kind)) {
          for (int[] range : kind.detector.apply(text)) {
            if (add(findings, kind.description, Findings.wholeCodePoints(name, text, range[0], range[1]))) {
              score = Math.max(score, kind.score);
              builtIn = true;
            }
          }
        }
      }
      for (int i = 0; i < patterns.size(); i++) {
        ExtraPattern p = patterns.get(i);
        Matcher m = p.pattern.matcher(text);
        while (m.find()) {
          if (m.end() > m.start() && add(findings, p.name, Findings.wholeCodePoints(name, text, m.start(), m.end()))) {
            score = Math.max(score, PATTERN_SCORE);
            firstPattern = Math.min(firstPattern, i);
          }
        }
      }
    }
    if (findings.isEmpty()) {
      return Verdict.pass(name());
    }
    String code = builtIn ? reason : patterns.get(firstPattern).reason;
    return outcome == Outcome.HOLD
        ? Verdict.hold(name(), code, score, findings.explanation())
        : Verdict.redact(name(), code, score, findings.explanation(), findings.spans());
  }

  private static boolean add(Findings findings, String description, TextSpan span) {
    if (findings.overlaps(span)) {
      return false;
    }
    findings.add(description, span);
    return true;
  }

  @Override
  public String toString() {
    return "PersonalDataScreener[kinds=" + kinds + ", patterns=" + patterns.stream().map(ExtraPattern::name).toList() + ", outcome="
        + outcome + ", reason=" + reason + "]";
  }

  /**
   * Configures a {@link PersonalDataScreener}. Each option may be set once ({@link #pattern} once
   * per name); a repeated option fails with {@link IllegalStateException} naming the earlier
   * value. Not thread-safe.
   */
  public static final class Builder {
    private Set<Kind> kinds;
    private final List<ExtraPattern> patterns = new ArrayList<>();
    private Outcome outcome;
    private String reason;

    private Builder() {}

    /**
     * @param kinds the built-in detectors to run (default: all)
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder kinds(Set<Kind> kinds) {
      requireNonNull(kinds, "kinds");
      checkState(this.kinds == null, "kinds were already set to %s", this.kinds);
      this.kinds = kinds.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(kinds);
      return this;
    }

    /**
     * Adds a pattern of personal data the built-in detectors do not know, e.g. a national id.
     *
     * @param name how explanations name a match, e.g. {@code "case number"}; unique
     * @param pattern the regular expression; keep it linear (no nested unbounded quantifiers)
     * @param reason the reason code if only extra patterns match
     * @return this builder
     * @throws IllegalStateException if a pattern of that name was already added
     * @throws IllegalArgumentException if the name or reason is blank
     */
    public Builder pattern(String name, Pattern pattern, String reason) {
      requireNonNull(name, "name");
      requireNonNull(pattern, "pattern");
      requireNonNull(reason, "reason");
      checkArgument(!name.isBlank() && !reason.isBlank(), "a pattern needs a name and a reason");
      checkState(patterns.stream().noneMatch(p -> p.name.equals(name)), "a pattern named %s was already added", name);
      patterns.add(new ExtraPattern(name, pattern, reason));
      return this;
    }

    /**
     * @param outcome {@link Outcome#REDACT} (the default) or {@link Outcome#HOLD}
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException for another outcome
     */
    public Builder outcome(Outcome outcome) {
      requireNonNull(outcome, "outcome");
      checkState(this.outcome == null, "outcome was already set to %s", this.outcome);
      checkArgument(outcome == Outcome.REDACT || outcome == Outcome.HOLD, "personal data is redacted or held, not %s", outcome);
      this.outcome = outcome;
      return this;
    }

    /**
     * @param reason the reason code when a built-in detector matches (default {@code "personal-data"})
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

    /**
     * @return the screener
     * @throws IllegalStateException if no built-in detector is on and no pattern was added
     */
    public PersonalDataScreener build() {
      checkState(kinds == null || !kinds.isEmpty() || !patterns.isEmpty(), "kinds were set to none and no pattern was added: nothing to detect");
      return new PersonalDataScreener(this);
    }
  }
}
