package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.consulta.core.error.Violations;
import org.consulta.core.participant.Demographics;

/**
 * The population a consultation's respondents are weighted to: per demographic dimension (e.g.
 * {@code "district"}, {@code "age_band"}), each declared value's share of the population, such as
 * census shares. Dimension keys and values are those of the tenant's demographic schema.
 *
 * <p>Immutable and thread-safe. Dimensions and values keep the order they were given in, which is
 * the order {@link WeightSet#emptyCells()} lists them in; a {@link Map#of} argument has no order,
 * so prefer a {@link LinkedHashMap} or {@link ImmutableMap} when that order matters. The weights
 * themselves do not depend on it.
 *
 * <pre>{@code
 * ReferencePopulation census = ReferencePopulation.of("district", ImmutableMap.of("north", 0.4, "south", 0.6))
 *     .with("age_band", ImmutableMap.of("16-29", 0.3, "30+", 0.7))
 *     .withSource("Census 2021, table KS102");
 * }</pre>
 *
 * @param shares dimension key to value to share of the population; {@link #validate} checks that
 *     each dimension's shares are in (0, 1] and sum to 1
 * @param source where the shares come from, for the report; empty if not stated
 */
public record ReferencePopulation(Map<String, Map<String, Double>> shares, Optional<String> source) {
  /** How far a dimension's shares may sum from 1: published tables are rounded. */
  public static final double SUM_TOLERANCE = 0.005;

  public ReferencePopulation {
    requireNonNull(shares, "shares");
    requireNonNull(source, "source");
    ImmutableMap.Builder<String, Map<String, Double>> copy = ImmutableMap.builder();
    shares.forEach((dimension, values) -> copy.put(dimension, ImmutableMap.copyOf(values)));
    shares = copy.buildOrThrow();
  }

  /**
   * @param dimension a dimension key
   * @param shares each value of that dimension to its share of the population
   * @return a reference population of that one dimension, without a source
   * @throws NullPointerException if an argument, key or share is null
   */
  public static ReferencePopulation of(String dimension, Map<String, Double> shares) {
    return new ReferencePopulation(Map.of(dimension, shares), Optional.empty());
  }

  /**
   * @param dimension a dimension key not yet in this population
   * @param shares each value of that dimension to its share of the population
   * @return a copy with that dimension added after the others
   * @throws IllegalArgumentException if this population already has {@code dimension}
   * @throws NullPointerException if an argument, key or share is null
   */
  public ReferencePopulation with(String dimension, Map<String, Double> shares) {
    requireNonNull(dimension, "dimension");
    if (this.shares.containsKey(dimension)) {
      throw new IllegalArgumentException("the reference population already has dimension " + dimension);
    }
    Map<String, Map<String, Double>> more = new LinkedHashMap<>(this.shares);
    more.put(dimension, requireNonNull(shares, "shares"));
    return new ReferencePopulation(more, source);
  }

  /**
   * @param source where the shares come from, e.g. a census table
   * @return a copy with that source
   * @throws NullPointerException if {@code source} is null
   */
  public ReferencePopulation withSource(String source) {
    return new ReferencePopulation(shares, Optional.of(source));
  }

  /**
   * @param dimension a dimension key
   * @return that dimension's value-to-share map, empty if this population does not have it
   * @throws NullPointerException if {@code dimension} is null
   */
  public Optional<Map<String, Double>> sharesOf(String dimension) {
    return Optional.ofNullable(shares.get(requireNonNull(dimension, "dimension")));
  }

  /**
   * Checks every dimension, adding one violation per problem under {@code field} (e.g. {@code
   * reference.shares.district} "must sum to 1 (is 0.93)"), so a form can show all of them at once.
   *
   * @param field the field path prefix; empty for none
   * @param violations where violations go
   * @throws NullPointerException if an argument is null
   */
  public void validate(String field, Violations violations) {
    requireNonNull(field, "field");
    requireNonNull(violations, "violations");
    String path = field.isEmpty() ? "shares" : field + ".shares";
    violations.check(!shares.isEmpty(), path, "must name at least one dimension");
    shares.forEach((dimension, values) -> validateDimension(path + "." + dimension, values, violations));
    if (source.isPresent()) {
      violations.check(!source.get().isBlank(), field.isEmpty() ? "source" : field + ".source", "must not be blank");
    }
  }

  private static void validateDimension(String path, Map<String, Double> values, Violations violations) {
    violations.check(!values.isEmpty(), path, "must declare at least one value");
    boolean finite = true;
    double sum = 0;
    for (Map.Entry<String, Double> entry : values.entrySet()) {
      double share = entry.getValue();
      // prefer_not_to_say is how a respondent declines, so no population can be weighted to it
      violations.check(!entry.getKey().equals(Demographics.PREFER_NOT_TO_SAY), path + "." + entry.getKey(), "is not a population group");
      violations.check(share > 0 && share <= 1, path + "." + entry.getKey(), "must be in (0, 1] (is " + share + ")");
      finite &= Double.isFinite(share);
      sum += share;
    }
    if (finite && !values.isEmpty()) {
      violations.check(Math.abs(sum - 1) <= SUM_TOLERANCE, path, "must sum to 1 (is " + rounded(sum) + ")");
    }
  }

  /** Four significant digits: enough to see the error, without the binary noise of 0.9299999. */
  private static String rounded(double value) {
    return BigDecimal.valueOf(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
