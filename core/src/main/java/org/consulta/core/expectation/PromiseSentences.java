package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.consulta.core.value.LocalizedText;

/**
 * Writes the sentences of one commitment's terms in the words of a {@link PromiseText}. Sets are
 * listed in their enum's declaration order, so the same terms always read the same. Immutable.
 */
final class PromiseSentences {
  private final PromiseText words;
  private final Optional<LocalizedText> decider;

  /**
   * @param words the words of the statement
   * @param decider who decides, from the consultation's influence statement, if it has one
   */
  PromiseSentences(PromiseText words, Optional<LocalizedText> decider) {
    this.words = requireNonNull(words, "words");
    this.decider = requireNonNull(decider, "decider");
  }

  /** @return the sentences promising these terms, one or (for an influence statement) more */
  List<String> of(CommitmentTerms terms) {
    if (terms instanceof CommitmentTerms.RespondWithin t) {
      return one(words.label("respond", scope(t.scope()), allowance(t.allowance())));
    } else if (terms instanceof CommitmentTerms.ModerateWithin t) {
      return one(words.label("moderate", allowance(t.allowance())));
    } else if (terms instanceof CommitmentTerms.DecideBy t) {
      return one(decideBy(t));
    } else if (terms instanceof CommitmentTerms.PublishReportBy t) {
      return one(words.label("publish", words.date(t.date())));
    } else if (terms instanceof CommitmentTerms.Reach t) {
      return one(words.plural("reach." + t.metric().name(), t.target(), words.count(t.target()), words.date(t.by())));
    } else if (terms instanceof CommitmentTerms.Represent t) {
      return one(represent(t));
    } else if (terms instanceof CommitmentTerms.HoldOfflineSessions t) {
      return one(offline(t));
    } else if (terms instanceof CommitmentTerms.InfluenceStatement t) {
      return influence(t);
    } else if (terms instanceof CommitmentTerms.Custom t) {
      return List.of(words.text(t.statement()));
    }
    throw new AssertionError("no sentence for " + terms.kind());
  }

  private List<String> one(String sentence) {
    return List.of(words.sentence(sentence));
  }

  private String scope(ResponseScope scope) {
    if (scope instanceof ResponseScope.OfKinds s) {
      return words.label("scope.kinds", words.and(named("kind", s.kinds())));
    } else if (scope instanceof ResponseScope.SupportedProposals s) {
      return words.plural("scope.supported", s.minimumSupports(), words.count(s.minimumSupports()));
    }
    return words.label("scope.all");
  }

  private String allowance(TimeAllowance allowance) {
    return words.plural("allowance." + allowance.unit().name(), allowance.amount(), words.count(allowance.amount()));
  }

  // Names the body only when the influence statement says who decides: "The city council will
  // decide by ..." reads better than the passive, and it is the same body the statement names.
  private String decideBy(CommitmentTerms.DecideBy terms) {
    String date = words.date(terms.date());
    return decider.map(body -> words.label("decide.by", words.clause(body), date)).orElseGet(() -> words.label("decide", date));
  }

  private String represent(CommitmentTerms.Represent terms) {
    // rounded first, so 0.0999 reads "10 percentage points", plural like the number shown
    double points = Math.round(terms.tolerance() * 1000) / 10.0;
    return words.plural("represent", points, terms.dimension(), words.decimal(points));
  }

  private String offline(CommitmentTerms.HoldOfflineSessions terms) {
    String channels = words.or(named("channel", terms.channels()));
    String count = words.count(terms.count());
    return terms.by()
        .map(day -> words.plural("offline.by", terms.count(), count, channels, words.date(day)))
        .orElseGet(() -> words.plural("offline", terms.count(), count, channels));
  }

  private List<String> influence(CommitmentTerms.InfluenceStatement terms) {
    List<String> sentences = new ArrayList<>(3);
    sentences.add(words.label("influence.open", words.clause(terms.openToChange())));
    terms.notOpenToChange().ifPresent(fixed -> sentences.add(words.label("influence.closed", words.clause(fixed))));
    sentences.add(words.label("influence.decidedBy", words.clause(terms.decidedBy())));
    return sentences.stream().map(words::sentence).toList();
  }

  private <E extends Enum<E>> List<String> named(String prefix, Collection<E> constants) {
    return constants.stream().sorted(Comparator.naturalOrder()).map(c -> words.words(prefix, c)).toList();
  }
}
