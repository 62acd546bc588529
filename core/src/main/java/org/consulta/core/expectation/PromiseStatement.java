package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import org.consulta.core.value.LocalizedText;

/**
 * What a consultation promises its participants, in plain language: one sentence per live
 * commitment, in the commitments' order ("We will answer every contribution within 10 working
 * days. The city council will decide by March 12, 2027.").
 *
 * <p>The words come from the resource bundles {@code org.consulta.core.expectation.PromiseLabels}
 * (English, the base), {@code PromiseLabels_fr} and {@code PromiseLabels_de}. The language falls
 * back from the requested tag ({@code "fr-CH"}) to its primary language ({@code "fr"}) to English,
 * never to the JVM's default locale; {@link #language()} is the language actually used. Numbers
 * and dates are formatted for the requested tag when it is in that language ({@code "de-CH"} groups
 * digits the Swiss way), else for the language used.
 *
 * <p>Two ways to change the words:
 *
 * <ul>
 *   <li><b>another language</b>: put {@code org/consulta/core/expectation/PromiseLabels_it.properties}
 *       (UTF-8, the keys of the English file) on the classpath and Italian is used for {@code "it"};
 *       keys it leaves out are taken from the English file;
 *   <li><b>your own wording</b>: pass a bundle to {@link #of(List, String, ResourceBundle)}; it is
 *       asked first, key by key, and ours answers the keys it lacks. Pass it for the same language
 *       (e.g. {@code ResourceBundle.getBundle("com.city.Promise", locale)}); a bundle that holds a
 *       language ours lacks makes that the statement's language.
 * </ul>
 *
 * <p>Texts the institution wrote ({@link CommitmentTerms.InfluenceStatement}, {@link
 * CommitmentTerms.Custom}) are taken in the requested tag, else the statement's language, else any
 * variant of it, else their first language, as {@link LocalizedText#best} falls back. When an
 * influence statement is among the commitments, the decision date names its deciding body.
 *
 * <p>Immutable and thread-safe; the factories are stateless. Nothing is null.
 *
 * <pre>{@code
 * PromiseStatement promise = PromiseStatement.of(commitments, "fr-CH");
 * promise.language();  // "fr"
 * promise.text();      // "Nous répondrons à chaque contribution dans un délai de 10 jours ouvrés. ..."
 * }</pre>
 *
 * @param language the BCP 47 language the sentences are in, e.g. {@code "fr"}
 * @param sentences the sentences, in the commitments' order; empty when nothing is promised
 */
public record PromiseStatement(String language, List<String> sentences) {
  public PromiseStatement {
    requireNonNull(language, "language");
    sentences = List.copyOf(requireNonNull(sentences, "sentences"));
    if (language.isBlank()) {
      throw new IllegalArgumentException("a promise statement needs a language");
    }
  }

  /** @return the sentences joined by a space, the whole statement; empty if there are none */
  public String text() {
    return String.join(" ", sentences);
  }

  /**
   * The promise statement of some commitments in our words.
   *
   * @param commitments the consultation's commitments, in the order to state them; withdrawn ones
   *     are left out
   * @param language the reader's BCP 47 tag, e.g. {@code "fr-CH"}
   * @return the statement, in that language or the nearest the bundles have
   * @throws NullPointerException if an argument or a commitment is null
   */
  public static PromiseStatement of(List<Commitment> commitments, String language) {
    return of(commitments, language, Optional.empty());
  }

  /**
   * The promise statement of some commitments, in the embedder's words where its bundle has them.
   *
   * <pre>{@code
   * ResourceBundle city = ResourceBundle.getBundle("com.city.Promise", Locale.forLanguageTag("en"),
   *     ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
   * // com/city/Promise.properties holds one line: publish=The council posts its answer on city.example by {0}.
   * PromiseStatement.of(commitments, "en", city);
   * }</pre>
   *
   * @param commitments the consultation's commitments, in the order to state them; withdrawn ones
   *     are left out
   * @param language the reader's BCP 47 tag
   * @param overrides the embedder's labels, with any of the keys of {@code PromiseLabels.properties}
   * @return the statement
   * @throws NullPointerException if an argument or a commitment is null
   */
  public static PromiseStatement of(List<Commitment> commitments, String language, ResourceBundle overrides) {
    return of(commitments, language, Optional.of(requireNonNull(overrides, "overrides")));
  }

  private static PromiseStatement of(List<Commitment> commitments, String language, Optional<ResourceBundle> overrides) {
    List<Commitment> live = requireNonNull(commitments, "commitments").stream().filter(Commitment::live).toList();
    PromiseText words = PromiseText.forLanguage(language, overrides);
    PromiseSentences sentences = new PromiseSentences(words, decider(live));
    return new PromiseStatement(words.language(), live.stream().flatMap(c -> sentences.of(c.terms()).stream()).toList());
  }

  /**
   * One line per terms, index-aligned: the sentences each would add to the statement, joined; for
   * a table that lists commitments beside their status (the outcome report does).
   *
   * @param terms the terms of the live commitments, in order
   * @param language the reader's BCP 47 tag
   * @return the lines
   */
  public static List<String> lines(List<CommitmentTerms> terms, String language) {
    PromiseSentences sentences = new PromiseSentences(PromiseText.forLanguage(language, Optional.empty()), deciderOf(terms));
    return terms.stream().map(t -> String.join(" ", sentences.of(t))).toList();
  }

  /** @return who decides, as the first live influence statement says */
  private static Optional<LocalizedText> decider(List<Commitment> live) {
    return deciderOf(live.stream().map(Commitment::terms).toList());
  }

  private static Optional<LocalizedText> deciderOf(List<CommitmentTerms> terms) {
    return terms.stream()
        .filter(CommitmentTerms.InfluenceStatement.class::isInstance)
        .map(t -> ((CommitmentTerms.InfluenceStatement) t).decidedBy())
        .findFirst();
  }
}
