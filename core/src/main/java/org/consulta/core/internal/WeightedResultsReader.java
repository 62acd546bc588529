package org.consulta.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.consulta.core.consultation.Answer;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.ContributionQuery;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.contribution.Reaction;
import org.consulta.core.error.Violations;
import org.consulta.core.expectation.ReferencePopulation;
import org.consulta.core.expectation.WeightSet;
import org.consulta.core.expectation.WeightedQuestion;
import org.consulta.core.expectation.WeightedResults;
import org.consulta.core.expectation.Weighting;
import org.consulta.core.expectation.WeightingOptions;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.SortKey;

/**
 * Reads a consultation's reactions and single-choice answers a page at a time, weighs the
 * respondents once, and weighs each question's answers with those weights, for {@link Expectations}.
 */
final class WeightedResultsReader {
  private static final int PAGE = 1_000;

  private final Tx tx;
  private final ConsultationId consultation;
  /** Respondents in the order first met; their index is their place in the weights. */
  private final Map<ParticipantId, Integer> index = new LinkedHashMap<>();
  /** Per contribution (by id, unsigned), each respondent's support or opposition. */
  private final Map<ContributionId, Map<Integer, String>> reactions = new TreeMap<>((a, b) -> SortKey.uuidOrder().compare(a.value(), b.value()));
  /** Per field key, each respondent's latest single choice. */
  private final Map<String, Map<Integer, String>> answers = new TreeMap<>();

  private WeightedResultsReader(Tx tx, ConsultationId consultation) {
    this.tx = tx;
    this.consultation = consultation;
  }

  static WeightedResults read(Tx tx, ConsultationId consultation, List<String> dimensions, WeightingOptions options) {
    Violations v = new Violations();
    Optional<ReferencePopulation> reference = tx.uow.expectations().reference();
    v.check(reference.isPresent(), "dimensions", "the tenant has no reference population (define one first: defineReference)");
    v.check(!dimensions.isEmpty(), "dimensions", "name at least one dimension");
    for (String d : dimensions) {
      v.check(reference.isEmpty() || reference.get().sharesOf(d).isPresent(), "dimensions", d + " has no reference shares");
    }
    v.throwIfAny();
    WeightedResultsReader r = new WeightedResultsReader(tx, consultation);
    r.readReactions();
    r.readAnswers();
    List<Map<String, String>> declared = new ArrayList<>(r.index.size());
    for (ParticipantId p : r.index.keySet()) {
      declared.add(tx.uow.participants().find(p).map(Participant::demographics).map(x -> x.values()).orElse(Map.of()));
    }
    WeightSet weights = Weighting.weigh(declared, reference.get(), dimensions, options);
    List<WeightedQuestion> questions = new ArrayList<>();
    List<Map.Entry<ContributionId, Map<Integer, String>>> busiest = new ArrayList<>(r.reactions.entrySet());
    if (busiest.size() > WeightedResults.MAX_QUESTIONS) {
      busiest.sort((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()));
      busiest = busiest.subList(0, WeightedResults.MAX_QUESTIONS);
      busiest.sort((a, b) -> SortKey.uuidOrder().compare(a.getKey().value(), b.getKey().value()));
    }
    for (Map.Entry<ContributionId, Map<Integer, String>> e : busiest) {
      questions.add(new WeightedQuestion(Optional.of(e.getKey()), Optional.empty(), e.getValue().size(), Weighting.shares(weights, outcomes(e.getValue(), r.index.size()))));
    }
    for (Map.Entry<String, Map<Integer, String>> e : r.answers.entrySet()) {
      if (questions.size() == WeightedResults.MAX_QUESTIONS) {
        break;
      }
      questions.add(new WeightedQuestion(Optional.empty(), Optional.of(e.getKey()), e.getValue().size(), Weighting.shares(weights, outcomes(e.getValue(), r.index.size()))));
    }
    return new WeightedResults(consultation, tx.now, dimensions, reference.get().source(), weights.respondents(), weights.excluded(),
        weights.effectiveSampleSize(), weights.designEffect(), weights.converged(), weights.emptyCells(), questions);
  }

  private static List<Optional<String>> outcomes(Map<Integer, String> given, int size) {
    List<Optional<String>> out = new ArrayList<>(Collections.nCopies(size, Optional.<String>empty()));
    given.forEach((i, answer) -> out.set(i, Optional.of(answer)));
    return out;
  }

  private int respondent(ParticipantId p) {
    return index.computeIfAbsent(p, k -> index.size());
  }

  private void readReactions() {
    Optional<Reaction> after = Optional.empty();
    while (true) {
      List<Reaction> page = tx.uow.reactions().reactions(consultation, after, PAGE);
      for (Reaction reaction : page) {
        reaction.support().ifPresent(s -> reactions.computeIfAbsent(reaction.contribution(), k -> new HashMap<>())
            .put(respondent(reaction.participant()), s.name().toLowerCase(java.util.Locale.ROOT)));
      }
      if (page.size() < PAGE) {
        return;
      }
      after = Optional.of(page.get(page.size() - 1));
    }
  }

  /** Single-choice answers of published contributions by their authors, the latest per author and field. */
  private void readAnswers() {
    Optional<SortKey> after = Optional.empty();
    while (true) {
      List<Contribution> page = tx.uow.contributions().list(ContributionQuery.of(consultation), after, PAGE);
      for (Contribution c : page) {
        if (c.author().isEmpty() || c.state() != ContributionState.PUBLISHED) {
          continue;
        }
        c.answers().forEach((field, answer) -> {
          if (answer instanceof Answer.Choices choices && choices.values().size() == 1) {
            answers.computeIfAbsent(field, k -> new HashMap<>()).put(respondent(c.author().get()), choices.values().get(0));
          }
        });
      }
      if (page.size() < PAGE) {
        return;
      }
      after = Optional.of(page.get(page.size() - 1).sortKey());
    }
  }
}
