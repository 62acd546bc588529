package org.consulta.core.moderation.screeners.reference;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.consulta.core.contribution.TextSpan;
import org.consulta.core.moderation.Screener;
import org.consulta.core.moderation.ScreeningContext;
import org.consulta.core.moderation.ScreeningInput;
import org.consulta.core.moderation.Verdict;
import org.consulta.core.moderation.Verdict.Outcome;

/**
 * Finds blocklisted words and phrases in every text of a contribution, using the list of the
 * contribution's primary language ({@link ScreeningInput#primaryLanguage()}) plus an optional list
 * applied to every language.
 *
 * <p>Matching is by whole words, so "Scunthorpe", "assassin" and "classic" do not match "cunt" or
 * "ass". It ignores case and accents ("CONNARD", "enculé" and "encule" are alike) and sees through
 * common obfuscation: l33t spelling ({@code 4 3 1 ! | 0 5 $ 7 @} for a, e, i or l, o, s, t, a),
 * letters spaced out or separated by punctuation ("i d i o t", "i.d.i.o.t", "i-d-i-o-t"),
 * repeated letters ("idiooot"), and invisible characters inside a word. A term may have several
 * words ("fils de pute"); they match across any separators. Spans are UTF-16 offsets of the
 * original text: the folded form used for matching keeps a map back to it.
 *
 * <p>The verdict is {@link Outcome#HOLD} by default, or {@link Outcome#REJECT}, or {@link
 * Outcome#REDACT} to mask the matches; reason {@code "offensive"}. The explanation lists each
 * match's list and place ("blocklisted term (en) at body[4, 9)"), not the term.
 *
 * <p>Immutable and thread-safe. Does not use the {@link ScreeningContext}.
 *
 * <pre>{@code
 * Screener blocklist = BlocklistScreener.builder()
 *     .defaultLists()
 *     .words("fr", "gros naze", "bouffon")
 *     .outcome(Outcome.REJECT)
 *     .build();
 * }</pre>
 */
public final class BlocklistScreener implements Screener {
  /** The languages with a built-in list ({@link Builder#defaultLists()}). */
  public static final List<String> DEFAULT_LANGUAGES = List.of("en", "fr", "de");

  /** The list name in explanations for terms of {@link Builder#everyLanguage}. */
  static final String EVERY_LANGUAGE = "all";

  private final Map<String, Blocklist> byLanguage;
  private final Blocklist everyLanguage;
  private final Outcome outcome;
  private final String reason;

  private BlocklistScreener(Builder b) {
    List<Blocklist.Term> every = b.everyLanguage.stream().map(t -> Blocklist.Term.of(EVERY_LANGUAGE, t)).toList();
    Map<String, Blocklist> lists = new LinkedHashMap<>();
    b.words.forEach((language, terms) -> {
      List<Blocklist.Term> all = new ArrayList<>(every);
      terms.forEach(t -> all.add(Blocklist.Term.of(language, t)));
      lists.put(language, new Blocklist(all));
    });
    this.byLanguage = Map.copyOf(lists);
    this.everyLanguage = new Blocklist(every);
    this.outcome = b.outcome == null ? Outcome.HOLD : b.outcome;
    this.reason = b.reason == null ? "offensive" : b.reason;
  }

  /**
   * @return a screener with the built-in lists for {@link #DEFAULT_LANGUAGES}, holding matches
   *     for a moderator with reason {@code "offensive"}
   */
  public static BlocklistScreener defaults() {
    return builder().defaultLists().build();
  }

  /** @return a new builder; not thread-safe */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return "blocklist";
  }

  /**
   * @param input the contribution; every entry of {@link ScreeningInput#texts()} is screened
   * @param context not used
   * @return a pass, or the configured outcome with the reason code and the places matched
   */
  @Override
  public Verdict screen(ScreeningInput input, ScreeningContext context) {
    requireNonNull(input, "input");
    Blocklist list = byLanguage.getOrDefault(input.primaryLanguage(), everyLanguage);
    if (list.size() == 0) {
      return Verdict.pass(name());
    }
    Findings findings = new Findings();
    for (Map.Entry<String, String> field : new TreeMap<>(input.texts()).entrySet()) {
      String text = field.getValue();
      Tokens tokens = Tokens.of(text);
      for (Blocklist.Match m : list.find(tokens)) {
        findings.add("blocklisted term (" + m.list() + ")",
            new TextSpan(field.getKey(), tokens.start()[m.first()], tokens.end()[m.end() - 1]));
      }
    }
    if (findings.isEmpty()) {
      return Verdict.pass(name());
    }
    double score = Math.min(1.0, 0.8 + 0.05 * (findings.size() - 1));
    return switch (outcome) {
      case REJECT -> Verdict.reject(name(), reason, score, findings.explanation());
      case REDACT -> Verdict.redact(name(), reason, score, findings.explanation(), findings.spans());
      default -> Verdict.hold(name(), reason, score, findings.explanation());
    };
  }

  @Override
  public String toString() {
    return "BlocklistScreener[languages=" + byLanguage.keySet() + ", outcome=" + outcome + ", reason=" + reason + "]";
  }

  /**
   * Configures a {@link BlocklistScreener}. Each option may be set once ({@link #words} once per
   * language); a repeated option fails with {@link IllegalStateException} naming the earlier
   * value. Not thread-safe.
   */
  public static final class Builder {
    private final Map<String, List<String>> words = new TreeMap<>();
    private final List<String> explicitLanguages = new ArrayList<>();
    private List<String> everyLanguage = List.of();
    private boolean everyLanguageSet;
    private boolean defaultLists;
    private Outcome outcome;
    private String reason;

    private Builder() {}

    /**
     * Adds the terms for one language, on top of its built-in list if {@link #defaultLists()} is
     * set.
     *
     * @param language a primary language subtag, e.g. {@code "fr"} (case-insensitive)
     * @param terms words or phrases; case, accents and repeated letters do not matter
     * @return this builder
     * @throws IllegalStateException if the language's words were already set
     * @throws IllegalArgumentException if the language is not a primary subtag, or a term has no
     *     letter or digit
     */
    public Builder words(String language, String... terms) {
      return words(language, Arrays.asList(requireNonNull(terms, "terms")));
    }

    /**
     * @param language a primary language subtag, e.g. {@code "fr"}
     * @param terms words or phrases
     * @return this builder
     * @throws IllegalStateException if the language's words were already set
     * @throws IllegalArgumentException if the language is not a primary subtag, or a term is empty
     * @see #words(String, String...)
     */
    public Builder words(String language, Collection<String> terms) {
      String lang = primarySubtag(language);
      checkState(!explicitLanguages.contains(lang), "words for %s were already set", lang);
      List<String> checked = checkedTerms(terms);
      explicitLanguages.add(lang);
      words.computeIfAbsent(lang, k -> new ArrayList<>()).addAll(checked);
      return this;
    }

    /**
     * @param terms words or phrases blocked whatever the contribution's language
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if a term has no letter or digit
     */
    public Builder everyLanguage(String... terms) {
      checkState(!everyLanguageSet, "everyLanguage was already set (%s terms)", everyLanguage.size());
      everyLanguage = checkedTerms(Arrays.asList(requireNonNull(terms, "terms")));
      everyLanguageSet = true;
      return this;
    }

    /**
     * Adds the built-in lists of {@link #DEFAULT_LANGUAGES} (a few clear slurs and insults each).
     *
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder defaultLists() {
      checkState(!defaultLists, "defaultLists was already set");
      defaultLists = true;
      for (String lang : DEFAULT_LANGUAGES) {
        words.computeIfAbsent(lang, k -> new ArrayList<>()).addAll(load(lang));
      }
      return this;
    }

    /**
     * @param outcome {@link Outcome#HOLD} (the default), {@link Outcome#REJECT} or {@link
     *     Outcome#REDACT}
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException for {@link Outcome#PASS}
     */
    public Builder outcome(Outcome outcome) {
      requireNonNull(outcome, "outcome");
      checkState(this.outcome == null, "outcome was already set to %s", this.outcome);
      checkArgument(outcome != Outcome.PASS, "a blocklist match cannot PASS: use HOLD, REJECT or REDACT");
      this.outcome = outcome;
      return this;
    }

    /**
     * @param reason the reason code of the verdicts (default {@code "offensive"})
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
     * @throws IllegalStateException if no term was given at all
     */
    public BlocklistScreener build() {
      checkState(!words.isEmpty() || !everyLanguage.isEmpty(), "no blocklist terms: call words, everyLanguage or defaultLists");
      return new BlocklistScreener(this);
    }

    private static String primarySubtag(String language) {
      requireNonNull(language, "language");
      checkArgument(language.matches("[A-Za-z]{2,8}"), "language must be a primary subtag such as \"fr\", got \"%s\"", language);
      return language.toLowerCase(Locale.ROOT);
    }

    private static List<String> checkedTerms(Collection<String> terms) {
      requireNonNull(terms, "terms");
      List<String> checked = new ArrayList<>();
      for (String term : terms) {
        requireNonNull(term, "term");
        Blocklist.Term.of(EVERY_LANGUAGE, term); // validates
        checked.add(term);
      }
      return checked;
    }

    /** Reads one term a line from the built-in list; blank lines and lines starting with # are skipped. */
    static List<String> load(String language) {
      String resource = "/org/consulta/core/moderation/screeners/blocklist-" + language + ".txt";
      try (InputStream in = BlocklistScreener.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("built-in blocklist " + resource + " is missing from the class path");
        }
        List<String> terms = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String term = line.strip();
            if (!term.isEmpty() && !term.startsWith("#")) {
              terms.add(term);
            }
          }
        }
        return List.copyOf(terms);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read built-in blocklist " + resource, e);
      }
    }
  }
}
