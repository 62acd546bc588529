package org.consulta.core.json;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiConsumer;
import org.consulta.core.expectation.ReferencePopulation;
import org.consulta.core.expectation.WeightSet;
import org.consulta.core.expectation.WeightedShare;
import org.consulta.core.expectation.WeightingOptions;

/** The weighting values' samples for {@link Samples}: full and minimal. */
final class WeightingSamples {
  private WeightingSamples() {}

  static void values(BiConsumer<String, Object> add) {
    add.accept("full", ReferencePopulation.of("district", ImmutableMap.of("north", 0.4, "south", 0.6))
        .with("age_band", ImmutableMap.of("16-29", 0.25, "30+", 0.75))
        .withSource("Census 2021, table KS102"));
    add.accept("minimal", new ReferencePopulation(Map.of(), Optional.empty()));
    add.accept("full", WeightingOptions.defaults());
    add.accept("full", new WeightSet(List.of(0.75, 0.75, 1.5, 0.0), List.of("district"), 4, 3, 1, 2.7, 1.1111111111111112, true, 1,
        1.5, 0.75, 0, List.of("district=east")));
    add.accept("minimal", new WeightSet(List.of(), List.of(), 0, 0, 0, 0, 1, true, 0, 0, 0, 0, List.of()));
    add.accept("full", new WeightedShare("support", 2, 2.0 / 3, OptionalDouble.of(0.75), OptionalDouble.of(0.49)));
    add.accept("minimal", new WeightedShare("oppose", 1, 1.0 / 3, OptionalDouble.empty(), OptionalDouble.empty()));
  }
}
