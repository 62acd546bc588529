package org.consulta.core.expectation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Weights of random samples in which every reference value has at least one respondent. */
class WeightingPropertiesTest {
  /** Bounds so wide that no weight is trimmed: the raking alone is under test. */
  private static final WeightingOptions UNTRIMMED = new WeightingOptions(1e9, 1e-9, 100, 1e-6);

  /** A sample and the population it is weighted to. */
  record Case(List<Map<String, String>> respondents, ReferencePopulation reference, List<String> dimensions) {
    @Override
    public String toString() {
      return respondents.size() + " respondents, " + reference.shares();
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<List<Integer>> sizes = Arbitraries.integers().between(2, 4).list().ofMinSize(1).ofMaxSize(2);
    return sizes.flatMap(valueCounts -> {
      int least = Collections.max(valueCounts);
      Arbitrary<List<List<Integer>>> picks = Arbitraries.integers().between(0, 99).list().ofSize(valueCounts.size())
          .list().ofMinSize(least).ofMaxSize(300);
      Arbitrary<List<List<Integer>>> weights = Combinators.combine(valueCounts.stream()
          .map(count -> Arbitraries.integers().between(1, 100).list().ofSize(count)).toList()).as(List::copyOf);
      Arbitrary<List<Boolean>> declines = Arbitraries.integers().between(0, 3).map(x -> x == 0).list().ofSize(300);
      return Combinators.combine(picks, weights, declines).as((p, w, d) -> build(valueCounts, p, w, d));
    });
  }

  /**
   * Respondent {@code i} declares value {@code i mod count} first, so every value is present among
   * the fully declared; some further respondents decline one dimension and are excluded.
   */
  private static Case build(List<Integer> valueCounts, List<List<Integer>> picks, List<List<Integer>> shareWeights, List<Boolean> declines) {
    int least = Collections.max(valueCounts);
    List<String> dimensions = new ArrayList<>();
    Map<String, Map<String, Double>> shares = new LinkedHashMap<>();
    for (int d = 0; d < valueCounts.size(); d++) {
      String dimension = "dim" + d;
      dimensions.add(dimension);
      int total = shareWeights.get(d).stream().mapToInt(Integer::intValue).sum();
      Map<String, Double> values = new LinkedHashMap<>();
      for (int v = 0; v < valueCounts.get(d); v++) {
        values.put("v" + v, (double) shareWeights.get(d).get(v) / total);
      }
      shares.put(dimension, values);
    }
    List<Map<String, String>> respondents = new ArrayList<>();
    for (int i = 0; i < picks.size(); i++) {
      Map<String, String> declared = new LinkedHashMap<>();
      for (int d = 0; d < valueCounts.size(); d++) {
        int value = i < least ? i % valueCounts.get(d) : picks.get(i).get(d) % valueCounts.get(d);
        declared.put("dim" + d, i >= least && declines.get(i) && d == 0 ? "prefer_not_to_say" : "v" + value);
      }
      respondents.add(declared);
    }
    return new Case(respondents, new ReferencePopulation(shares, Optional.empty()), dimensions);
  }

  @Property(tries = 300)
  void includedWeightsArePositiveAndSumToTheIncludedCount(@ForAll("cases") Case c) {
    WeightSet weights = Weighting.weigh(c.respondents(), c.reference(), c.dimensions(), WeightingOptions.defaults());

    long positive = weights.weights().stream().filter(w -> w > 0).count();
    assertThat(positive).isEqualTo(weights.included());
    assertThat(weights.included() + weights.excluded()).isEqualTo(c.respondents().size());
    double sum = weights.weights().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(sum).isCloseTo(weights.included(), within(1e-9 * weights.included()));
    assertThat(weights.maxWeight()).isLessThanOrEqualTo(WeightingOptions.defaults().maxWeight());
    assertThat(weights.minWeight()).isGreaterThanOrEqualTo(WeightingOptions.defaults().minWeight());
  }

  @Property(tries = 300)
  void convergedUntrimmedWeightsReproduceEveryReferenceMarginal(@ForAll("cases") Case c) {
    WeightSet weights = Weighting.weigh(c.respondents(), c.reference(), c.dimensions(), UNTRIMMED);

    Statistics.label("converged").collect(weights.converged());
    Statistics.label("trimmed").collect(weights.trimmed() > 0);
    // samples that contradict the margins do not converge; enough others must, or this checks nothing
    Statistics.label("converged").coverage(coverage -> coverage.check(true).percentage(p -> p > 30));
    if (weights.converged() && weights.trimmed() == 0) {
      for (String dimension : c.dimensions()) {
        List<Optional<String>> declared = c.respondents().stream().map(r -> Optional.of(r.get(dimension))).toList();
        Map<String, Double> reference = c.reference().sharesOf(dimension).orElseThrow();
        assertThat(Weighting.shares(weights, declared))
            .filteredOn(share -> reference.containsKey(share.answer()))
            .allSatisfy(share -> assertThat(share.weightedShare().getAsDouble())
                .isCloseTo(reference.get(share.answer()) / sum(reference), within(1e-3)));
      }
    }
  }

  @Property(tries = 300)
  void theEffectiveSampleSizeNeverExceedsTheIncludedCount(@ForAll("cases") Case c) {
    WeightSet weights = Weighting.weigh(c.respondents(), c.reference(), c.dimensions(), WeightingOptions.defaults());

    assertThat(weights.effectiveSampleSize()).isPositive().isLessThanOrEqualTo(weights.included());
    assertThat(weights.designEffect()).isGreaterThanOrEqualTo(1.0);
  }

  @Property(tries = 200)
  void theSameInputGivesTheSameWeightsBitForBit(@ForAll("cases") Case c) {
    WeightSet first = Weighting.weigh(c.respondents(), c.reference(), c.dimensions(), WeightingOptions.defaults());
    WeightSet again = Weighting.weigh(List.copyOf(c.respondents()), c.reference(), c.dimensions(), WeightingOptions.defaults());

    assertThat(again).isEqualTo(first);
  }

  @Property(tries = 200)
  void theOrderOfTheReferenceValuesDoesNotChangeTheWeights(@ForAll("cases") Case c) {
    Map<String, Map<String, Double>> reversed = new LinkedHashMap<>();
    c.reference().shares().forEach((dimension, values) -> {
      List<String> keys = new ArrayList<>(values.keySet());
      Collections.reverse(keys);
      Map<String, Double> copy = new LinkedHashMap<>();
      keys.forEach(key -> copy.put(key, values.get(key)));
      reversed.put(dimension, copy);
    });

    WeightSet first = Weighting.weigh(c.respondents(), c.reference(), c.dimensions(), WeightingOptions.defaults());
    WeightSet other = Weighting.weigh(c.respondents(), new ReferencePopulation(reversed, Optional.empty()), c.dimensions(),
        WeightingOptions.defaults());

    assertThat(other.weights()).isEqualTo(first.weights());
  }

  private static double sum(Map<String, Double> shares) {
    return shares.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
