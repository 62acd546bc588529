package org.consulta.core.expectation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violation;
import org.consulta.core.error.Violations;
import org.junit.jupiter.api.Test;

class WeightingTest {
  private static final ReferencePopulation HALVES = ReferencePopulation.of("district", ImmutableMap.of("d1", 0.5, "d2", 0.5));
  private static final List<String> DISTRICT = List.of("district");

  /** @return {@code count} respondents who each declared {@code values} */
  private static List<Map<String, String>> times(int count, Map<String, String> values) {
    return Collections.nCopies(count, values);
  }

  @SafeVarargs
  private static <T> List<T> concat(List<? extends T>... parts) {
    List<T> all = new ArrayList<>();
    for (List<? extends T> part : parts) {
      all.addAll(part);
    }
    return all;
  }

  /** 80% d1, 20% d2: weighted to halves, 0.625 and 2.5. */
  private static List<Map<String, String>> eightyTwenty() {
    return concat(times(8, Map.of("district", "d1")), times(2, Map.of("district", "d2")));
  }

  private static List<Optional<String>> answers(String... answers) {
    List<Optional<String>> list = new ArrayList<>();
    for (String answer : answers) {
      list.add(Optional.ofNullable(answer));
    }
    return list;
  }

  @Test
  void oneDimensionGivesEachCellItsReferenceShareOverItsSampleShare() {
    WeightSet weights = Weighting.weigh(eightyTwenty(), HALVES, DISTRICT, WeightingOptions.defaults());

    assertThat(weights.weights()).containsExactly(0.625, 0.625, 0.625, 0.625, 0.625, 0.625, 0.625, 0.625, 2.5, 2.5);
    assertThat(weights.converged()).isTrue();
    assertThat(weights.iterations()).isEqualTo(1);
    assertThat(weights.trimmed()).isZero();
    assertThat(weights.maxWeight()).isEqualTo(2.5);
    assertThat(weights.minWeight()).isEqualTo(0.625);
  }

  @Test
  void weightedSharesOfTheWeightedDimensionReproduceTheReference() {
    WeightSet weights = Weighting.weigh(eightyTwenty(), HALVES, DISTRICT, WeightingOptions.defaults());

    List<WeightedShare> shares = Weighting.shares(weights, answers("d1", "d1", "d1", "d1", "d1", "d1", "d1", "d1", "d2", "d2"));

    assertThat(shares).extracting(WeightedShare::answer).containsExactly("d1", "d2");
    assertThat(shares).extracting(WeightedShare::rawShare).containsExactly(0.8, 0.2);
    assertThat(shares).extracting(WeightedShare::weightedShare).containsExactly(OptionalDouble.of(0.5), OptionalDouble.of(0.5));
  }

  @Test
  void rakingOnTwoDimensionsMatchesBothMarginals() {
    List<Map<String, String>> sample = concat(
        times(30, Map.of("district", "north", "age", "young")),
        times(30, Map.of("district", "north", "age", "old")),
        times(10, Map.of("district", "south", "age", "young")),
        times(30, Map.of("district", "south", "age", "old")));
    ReferencePopulation reference = ReferencePopulation.of("district", ImmutableMap.of("north", 0.5, "south", 0.5))
        .with("age", ImmutableMap.of("young", 0.4, "old", 0.6));

    WeightSet weights = Weighting.weigh(sample, reference, List.of("district", "age"), WeightingOptions.defaults());

    assertThat(weights.converged()).isTrue();
    assertThat(weights.iterations()).isBetween(2, 100);
    List<String> districts = sample.stream().map(r -> r.get("district")).toList();
    List<String> ages = sample.stream().map(r -> r.get("age")).toList();
    assertThat(Weighting.shares(weights, districts.stream().map(Optional::of).toList()))
        .allSatisfy(share -> assertThat(share.weightedShare().getAsDouble()).isCloseTo(0.5, within(1e-6)));
    assertThat(Weighting.shares(weights, ages.stream().map(Optional::of).toList()))
        .extracting(share -> share.weightedShare().getAsDouble())
        .satisfiesExactly(young -> assertThat(young).isCloseTo(0.4, within(1e-6)), old -> assertThat(old).isCloseTo(0.6, within(1e-6)));
  }

  @Test
  void trimmingCapsWeightsAtMaxWeightTimesTheMeanAndReportsIt() {
    // untrimmed, the one d2 respondent would weigh 10 and each d1 respondent 0.526
    List<Map<String, String>> sample = concat(times(19, Map.of("district", "d1")), times(1, Map.of("district", "d2")));

    WeightSet weights = Weighting.weigh(sample, HALVES, DISTRICT, WeightingOptions.defaults());

    assertThat(weights.weight(19)).isEqualTo(5.0);
    assertThat(weights.weight(0)).isCloseTo(15.0 / 19, within(1e-12));
    assertThat(weights.weights().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(20, within(1e-9));
    assertThat(weights.maxWeight()).isEqualTo(5.0);
    assertThat(weights.trimmed()).isEqualTo(1);
    assertThat(weights.converged()).as("the trimmed marginal is 25/75, not 50/50").isFalse();
  }

  @Test
  void trimmingRaisesTinyWeightsToMinWeightTimesTheMean() {
    // untrimmed, each d1 respondent would weigh 0.1 / 0.9 = 0.111
    List<Map<String, String>> sample = concat(times(9, Map.of("district", "d1")), times(1, Map.of("district", "d2")));
    ReferencePopulation reference = ReferencePopulation.of("district", ImmutableMap.of("d1", 0.1, "d2", 0.9));

    WeightSet weights = Weighting.weigh(sample, reference, DISTRICT, new WeightingOptions(10, 0.2, 100, 1e-6));

    assertThat(weights.weight(0)).isEqualTo(0.2);
    assertThat(weights.weight(9)).isCloseTo(10 - 9 * 0.2, within(1e-12));
    assertThat(weights.minWeight()).isEqualTo(0.2);
    assertThat(weights.trimmed()).isEqualTo(9);
  }

  @Test
  void cappingALargeWeightLiftsTheSmallOnesInsteadOfHoldingThemAtTheFloor() {
    // untrimmed: d1 0.058 (under the floor), d2 6.65 (over the cap); capping d2 leaves 2 for six d1s
    List<Map<String, String>> sample = concat(times(6, Map.of("district", "d1")), times(1, Map.of("district", "d2")));
    ReferencePopulation reference = ReferencePopulation.of("district", ImmutableMap.of("d1", 0.05, "d2", 0.95));

    WeightSet weights = Weighting.weigh(sample, reference, DISTRICT, WeightingOptions.defaults());

    assertThat(weights.weight(6)).isEqualTo(5.0);
    assertThat(weights.weight(0)).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(weights.trimmed()).isEqualTo(1);
  }

  @Test
  void respondentsWhoDidNotDeclareAWeightedDimensionAreExcludedAndCounted() {
    List<Map<String, String>> sample = List.of(
        Map.of("district", "d1", "age", "young"),
        Map.of("district", "prefer_not_to_say", "age", "young"),
        Map.of("age", "old"),
        Map.of("district", "east", "age", "old"),
        Map.of("district", "d2", "age", "old"),
        Map.of("district", "d2", "age", "prefer_not_to_say"),
        Map.of("district", "d2"));
    ReferencePopulation reference = HALVES.with("age", ImmutableMap.of("young", 0.5, "old", 0.5));

    WeightSet weights = Weighting.weigh(sample, reference, List.of("district", "age"), WeightingOptions.defaults());

    assertThat(weights.respondents()).isEqualTo(7);
    assertThat(weights.included()).isEqualTo(2);
    assertThat(weights.excluded()).isEqualTo(5);
    assertThat(weights.weights()).containsExactly(1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0);
  }

  @Test
  void aDimensionThatIsNotWeightedDoesNotExcludeAnyone() {
    List<Map<String, String>> sample = List.of(Map.of("district", "d1", "age", "prefer_not_to_say"), Map.of("district", "d2"));

    WeightSet weights = Weighting.weigh(sample, HALVES.with("age", ImmutableMap.of("young", 1.0)), DISTRICT, WeightingOptions.defaults());

    assertThat(weights.excluded()).isZero();
    assertThat(weights.weights()).containsExactly(1.0, 1.0);
  }

  @Test
  void anEmptyReferenceCellIsReportedAndTheOtherSharesAreRescaled() {
    List<Map<String, String>> sample = concat(times(3, Map.of("district", "north")), times(1, Map.of("district", "south")));
    ReferencePopulation reference = ReferencePopulation.of("district", ImmutableMap.of("north", 0.5, "east", 0.2, "south", 0.3));

    WeightSet weights = Weighting.weigh(sample, reference, DISTRICT, WeightingOptions.defaults());

    assertThat(weights.emptyCells()).containsExactly("district=east");
    // north 0.5 / 0.8 = 0.625 of 4 respondents over 3; south 0.375 of 4 over 1
    assertThat(weights.weight(0)).isCloseTo(0.625 * 4 / 3, within(1e-12));
    assertThat(weights.weight(3)).isCloseTo(1.5, within(1e-12));
    assertThat(weights.converged()).isTrue();
  }

  @Test
  void nobodyIncludedGivesZeroWeightsAndEveryCellEmpty() {
    WeightSet weights = Weighting.weigh(List.of(Map.of(), Map.of("district", "prefer_not_to_say")), HALVES, DISTRICT,
        WeightingOptions.defaults());

    assertThat(weights.weights()).containsExactly(0.0, 0.0);
    assertThat(weights.included()).isZero();
    assertThat(weights.effectiveSampleSize()).isZero();
    assertThat(weights.emptyCells()).containsExactly("district=d1", "district=d2");
    assertThat(Weighting.shares(weights, answers("yes", "no")))
        .allSatisfy(share -> {
          assertThat(share.rawShare()).isEqualTo(0.5);
          assertThat(share.weightedShare()).isEmpty();
          assertThat(share.marginOfError()).isEmpty();
        });
  }

  @Test
  void kishEffectiveSizeIsTheIncludedCountForEqualWeights() {
    List<Map<String, String>> sample = concat(times(5, Map.of("district", "d1")), times(5, Map.of("district", "d2")),
        List.of(Map.of()));

    WeightSet weights = Weighting.weigh(sample, HALVES, DISTRICT, WeightingOptions.defaults());

    assertThat(weights.effectiveSampleSize()).isEqualTo(10.0);
    assertThat(weights.designEffect()).isEqualTo(1.0);
  }

  @Test
  void kishEffectiveSizeShrinksWithUnequalWeights() {
    WeightSet weights = Weighting.weigh(eightyTwenty(), HALVES, DISTRICT, WeightingOptions.defaults());

    // (Σw)² / Σw² = 10² / (8 × 0.625² + 2 × 2.5²) = 100 / 15.625
    assertThat(weights.effectiveSampleSize()).isCloseTo(6.4, within(1e-12));
    assertThat(weights.designEffect()).isCloseTo(1.5625, within(1e-12));
  }

  @Test
  void marginOfErrorIsTheNormalApproximationAtTheEffectiveSize() {
    WeightSet weights = Weighting.weigh(eightyTwenty(), HALVES, DISTRICT, WeightingOptions.defaults());

    List<WeightedShare> shares =
        Weighting.shares(weights, answers("yes", "yes", "yes", "yes", "no", "no", "no", "no", "yes", "yes"));

    // yes: (4 × 0.625 + 2 × 2.5) / 10 = 0.75, at n_eff 6.4
    WeightedShare yes = shares.get(0);
    assertThat(yes.weightedShare().getAsDouble()).isCloseTo(0.75, within(1e-12));
    assertThat(yes.marginOfError().getAsDouble()).isCloseTo(1.96 * Math.sqrt(0.75 * 0.25 / 6.4), within(1e-12));
    assertThat(shares.get(1).marginOfError().getAsDouble()).isCloseTo(yes.marginOfError().getAsDouble(), within(1e-12));
  }

  @Test
  void marginOfErrorCountsOnlyTheIncludedRespondentsWhoAnswered() {
    WeightSet weights = Weighting.weigh(concat(eightyTwenty(), List.of(Map.of())), HALVES, DISTRICT, WeightingOptions.defaults());

    List<WeightedShare> shares =
        Weighting.shares(weights, answers("yes", "yes", "yes", null, "no", "no", "no", "no", "yes", "yes", "yes"));

    // answered and included: 7 × 0.625 + 2 × 2.5 = 9.375; squares 7 × 0.390625 + 2 × 6.25 = 15.234375
    double effective = 9.375 * 9.375 / 15.234375;
    double p = (3 * 0.625 + 2 * 2.5) / 9.375;
    WeightedShare yes = shares.get(0);
    assertThat(yes.rawCount()).isEqualTo(6);
    assertThat(yes.rawShare()).isCloseTo(0.6, within(1e-12));
    assertThat(yes.weightedShare().getAsDouble()).isCloseTo(p, within(1e-12));
    assertThat(yes.marginOfError().getAsDouble()).isCloseTo(1.96 * Math.sqrt(p * (1 - p) / effective), within(1e-12));
  }

  @Test
  void sharesListAnswersInTheOrderTheyFirstAppear() {
    WeightSet weights = Weighting.weigh(times(5, Map.of("district", "d1")), HALVES, DISTRICT, WeightingOptions.defaults());

    List<WeightedShare> shares = Weighting.shares(weights, answers("b", "a", null, "b", "c"));

    assertThat(shares).extracting(WeightedShare::answer).containsExactly("b", "a", "c");
    assertThat(shares).extracting(WeightedShare::rawCount).containsExactly(2L, 1L, 1L);
    assertThat(shares).extracting(WeightedShare::rawShare).containsExactly(0.5, 0.25, 0.25);
  }

  @Test
  void referenceValidationNamesEveryBadFieldAtOnce() {
    Map<String, Map<String, Double>> shares = new java.util.LinkedHashMap<>();
    shares.put("district", ImmutableMap.of("d1", 0.5, "d2", 0.43));
    shares.put("age", ImmutableMap.of("young", 1.5, "old", -0.5));
    shares.put("tenure", Map.of());
    shares.put("sex", ImmutableMap.of("f", 0.5, "prefer_not_to_say", 0.5));
    ReferencePopulation reference = new ReferencePopulation(shares, Optional.of(" "));
    Violations violations = new Violations();

    reference.validate("reference", violations);

    assertThat(violations.list()).containsExactly(
        new Violation("reference.shares.district", "must sum to 1 (is 0.93)"),
        new Violation("reference.shares.age.young", "must be in (0, 1] (is 1.5)"),
        new Violation("reference.shares.age.old", "must be in (0, 1] (is -0.5)"),
        new Violation("reference.shares.tenure", "must declare at least one value"),
        new Violation("reference.shares.sex.prefer_not_to_say", "is not a population group"),
        new Violation("reference.source", "must not be blank"));
  }

  @Test
  void aReferenceWithoutDimensionsIsInvalid() {
    Violations violations = new Violations();

    new ReferencePopulation(Map.of(), Optional.empty()).validate("", violations);

    assertThat(violations.list()).containsExactly(new Violation("shares", "must name at least one dimension"));
  }

  @Test
  void roundedTablesWithinHalfAPercentAreValid() {
    Violations violations = new Violations();

    ReferencePopulation.of("district", ImmutableMap.of("d1", 0.333, "d2", 0.333, "d3", 0.333)).validate("reference", violations);

    assertThat(violations.isEmpty()).isTrue();
  }

  @Test
  void weighingRejectsAnInvalidReferenceListingItsProblems() {
    ReferencePopulation bad = ReferencePopulation.of("district", ImmutableMap.of("d1", 0.5, "d2", 0.2));

    assertThatThrownBy(() -> Weighting.weigh(eightyTwenty(), bad, DISTRICT, WeightingOptions.defaults()))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).violations())
            .containsExactly(new Violation("reference.shares.district", "must sum to 1 (is 0.7)")));
  }

  @Test
  void weighingRejectsADimensionTheReferenceDoesNotHave() {
    assertThatThrownBy(() -> Weighting.weigh(eightyTwenty(), HALVES, List.of("age"), WeightingOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dimension age is not in the reference population, which has [district]");
  }

  @Test
  void weighingNeedsAtLeastOneDimensionAndEachOnlyOnce() {
    assertThatThrownBy(() -> Weighting.weigh(eightyTwenty(), HALVES, List.of(), WeightingOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weighting needs at least one dimension");
    assertThatThrownBy(() -> Weighting.weigh(eightyTwenty(), HALVES, List.of("district", "district"), WeightingOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dimension district is requested twice");
  }

  @Test
  void sharesRejectOutcomesThatDoNotAlignWithTheWeights() {
    WeightSet weights = Weighting.weigh(eightyTwenty(), HALVES, DISTRICT, WeightingOptions.defaults());

    assertThatThrownBy(() -> Weighting.shares(weights, answers("yes")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("outcomes and weights must be index-aligned: 1 outcomes, 10 weights");
  }

  @Test
  void optionsRejectBoundsThatExcludeTheMean() {
    assertThatThrownBy(() -> new WeightingOptions(0.9, 0.2, 100, 1e-6)).hasMessage("maxWeight must be finite and at least 1, is 0.9");
    assertThatThrownBy(() -> new WeightingOptions(5, 0, 100, 1e-6)).hasMessage("minWeight must be in (0, 1], is 0.0");
    assertThatThrownBy(() -> new WeightingOptions(5, 1.5, 100, 1e-6)).hasMessage("minWeight must be in (0, 1], is 1.5");
    assertThatThrownBy(() -> new WeightingOptions(5, 0.2, 0, 1e-6)).hasMessage("maxIterations must be at least 1, is 0");
    assertThatThrownBy(() -> new WeightingOptions(5, 0.2, 100, 0)).hasMessage("tolerance must be positive and finite, is 0.0");
  }

  @Test
  void weightSetsAreValuesEvenThoughTheyHoldManyWeights() {
    WeightSet first = Weighting.weigh(eightyTwenty(), HALVES, DISTRICT, WeightingOptions.defaults());
    WeightSet second = Weighting.weigh(eightyTwenty(), HALVES, DISTRICT, WeightingOptions.defaults());

    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    assertThatThrownBy(() -> first.weights().set(0, 9.0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theReferenceKeepsTheOrderItWasGivenIn() {
    ReferencePopulation reference = ReferencePopulation.of("z", ImmutableMap.of("b", 0.5, "a", 0.5))
        .with("a", ImmutableMap.of("y", 0.5, "x", 0.5));

    assertThat(reference.shares().keySet()).containsExactly("z", "a");
    assertThat(reference.sharesOf("z").orElseThrow().keySet()).containsExactly("b", "a");
    assertThat(reference.sharesOf("q")).isEmpty();
    assertThatThrownBy(() -> reference.with("z", Map.of("c", 1.0))).isInstanceOf(IllegalArgumentException.class);
  }
}
