package org.consulta.core.simulation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.consulta.core.Consulta;
import org.consulta.core.access.Actor;
import org.consulta.core.error.Violations;
import org.consulta.core.expectation.ReferencePopulation;
import org.consulta.core.participant.DemographicDimension;
import org.consulta.core.participant.DemographicSchema;

/**
 * The synthetic population: {@code size} residents, each given a value of every dimension of the
 * tenant's demographic {@code schema}, drawn independently from the marginal {@code shares} (the
 * same census shares the tenant's {@link ReferencePopulation} declares, against which
 * representativeness is measured), internet access, an initial trust and a propensity to take part
 * per channel.
 *
 * <ul>
 *   <li>Internet access: probability {@code internetAccess} times the factors of the resident's
 *       values in {@code internetAccessBy}, capped at 1. Default 0.93: the share of EU households
 *       with internet access in 2023 (Eurostat, isoc_ci_in_h).
 *   <li>Trust in the institution, in [0, 1]: normal around {@code initialTrust} with standard
 *       deviation {@code trustSpread}, clipped. Default 0.45 ± 0.15: about the share of people with
 *       high or moderately high trust in local government (OECD Trust Survey 2024, 47%).
 *   <li>Propensity online and offline: the product of the factors of the resident's values in
 *       {@code propensity}, times a log-normal draw with mean 1 and log-standard deviation {@code
 *       propensitySpread} (default 0.8: a few residents are far more active than most, as in every
 *       consultation's activity data).
 * </ul>
 *
 * @param size how many residents, at least 1
 * @param schema the dimensions and their options
 * @param shares the marginal share of each option of every dimension (each dimension's shares sum
 *     to 1)
 * @param internetAccess the base probability of internet access, in [0, 1]
 * @param internetAccessBy dimension to value to a factor on internet access
 * @param propensity dimension to value to the channel factors of that group
 * @param propensitySpread the log-standard deviation of the individual propensity, at least 0
 * @param initialTrust the mean initial trust, in [0, 1]
 * @param trustSpread the standard deviation of the initial trust, at least 0
 * @param declarationRate the share of participants who declare their demographics when they
 *     register (the rest skip the questions), in [0, 1]; default 0.9
 * @param cells a joint distribution to draw from instead of the independent marginals, where
 *     dimensions are correlated (every cell names an option of every dimension; shares sum to 1);
 *     empty by default. {@code shares} stays the reference for representativeness.
 */
public record PopulationSpec(
    int size,
    DemographicSchema schema,
    ReferencePopulation shares,
    double internetAccess,
    Map<String, Map<String, Double>> internetAccessBy,
    Map<String, Map<String, ChannelFactors>> propensity,
    double propensitySpread,
    double initialTrust,
    double trustSpread,
    double declarationRate,
    List<PopulationCell> cells) {
  public PopulationSpec {
    cells = List.copyOf(requireNonNull(cells, "cells"));
    requireNonNull(schema, "schema");
    requireNonNull(shares, "shares");
    internetAccessBy = Factors.copy(requireNonNull(internetAccessBy, "internetAccessBy"));
    propensity = Factors.copy(requireNonNull(propensity, "propensity"));
  }

  /**
   * @param size how many residents
   * @param schema the dimensions
   * @param shares the census shares of every dimension's options
   * @return a population with the documented defaults for everything else
   */
  public static PopulationSpec of(int size, DemographicSchema schema, ReferencePopulation shares) {
    return new PopulationSpec(size, schema, shares, 0.93, Map.of(), Map.of(), 0.8, 0.45, 0.15, 0.9, List.of());
  }

  /** @return a copy with {@code size} residents */
  public PopulationSpec withSize(int size) {
    return new PopulationSpec(size, schema, shares, internetAccess, internetAccessBy, propensity, propensitySpread, initialTrust,
        trustSpread, declarationRate, cells);
  }

  /** @return a copy where residents with {@code value} of {@code dimension} have internet access {@code factor} times as often */
  public PopulationSpec withInternetAccess(String dimension, String value, double factor) {
    return new PopulationSpec(size, schema, shares, internetAccess, Factors.with(internetAccessBy, dimension, value, factor), propensity,
        propensitySpread, initialTrust, trustSpread, declarationRate, cells);
  }

  /** @return a copy where residents with {@code value} of {@code dimension} take part with these factors */
  public PopulationSpec withPropensity(String dimension, String value, ChannelFactors factors) {
    return new PopulationSpec(size, schema, shares, internetAccess, internetAccessBy, Factors.with(propensity, dimension, value, factors),
        propensitySpread, initialTrust, trustSpread, declarationRate, cells);
  }

  /** @return a copy with this mean initial trust */
  public PopulationSpec withInitialTrust(double initialTrust) {
    return new PopulationSpec(size, schema, shares, internetAccess, internetAccessBy, propensity, propensitySpread, initialTrust,
        trustSpread, declarationRate, cells);
  }

  /** @return a copy with this base internet access */
  public PopulationSpec withInternetAccess(double internetAccess) {
    return new PopulationSpec(size, schema, shares, internetAccess, internetAccessBy, propensity, propensitySpread, initialTrust,
        trustSpread, declarationRate, cells);
  }

  /**
   * The population of a tenant as its engine knows it: the demographic schema participants answer
   * and the census shares of its reference population, so a city simulates itself.
   *
   * @param consulta the tenant's engine
   * @param admin an actor of the tenant allowed to read both
   * @param size how many residents
   * @return the population with the documented defaults for everything else
   * @throws IllegalStateException if the tenant has defined no reference population
   */
  public static PopulationSpec fromTenant(Consulta consulta, Actor admin, int size) {
    DemographicSchema schema = consulta.participants().demographicSchema(admin);
    ReferencePopulation reference = consulta.expectations().reference(admin).orElseThrow(() -> new IllegalStateException(
        "tenant " + admin.tenant() + " has no reference population: define one with expectations().defineReference"));
    return of(size, schema, reference);
  }

  /** @return a copy drawing residents from this joint distribution */
  public PopulationSpec withCells(List<PopulationCell> cells) {
    return new PopulationSpec(size, schema, shares, internetAccess, internetAccessBy, propensity, propensitySpread, initialTrust,
        trustSpread, declarationRate, cells);
  }

  /** The metric name that ends each dimension's representation figures, so no option may be called that. */
  static final String DISTANCE = "distance";

  /** Names every dimension of {@code by} not in the schema and every option not of its dimension. */
  void checkGroups(String path, java.util.Set<String> dimensions, Map<String, ? extends Map<String, ?>> by, Violations v) {
    for (String key : dimensions) {
      java.util.Optional<DemographicDimension> dim = schema.dimensions().stream().filter(d -> d.key().equals(key)).findFirst();
      if (dim.isEmpty()) {
        v.add(path + "." + key, "is not a dimension of the population's schema");
        continue;
      }
      for (String option : by.get(key).keySet()) {
        v.check(dim.get().options().contains(option), path + "." + key + "." + option, "is not an option of " + key);
      }
    }
  }

  void validate(String path, Violations v) {
    v.check(size >= 1, path + ".size", "must be at least 1");
    v.check(!schema.dimensions().isEmpty(), path + ".schema", "needs at least one dimension");
    for (DemographicDimension d : schema.dimensions()) {
      Map<String, Double> s = shares.shares().get(d.key());
      if (s == null) {
        v.add(path + ".shares." + d.key(), "missing: every dimension of the schema needs its shares");
        continue;
      }
      for (String option : s.keySet()) {
        v.check(d.options().contains(option), path + ".shares." + d.key() + "." + option, "is not an option of " + d.key());
      }
    }
    for (String key : shares.shares().keySet()) {
      v.check(schema.dimensions().stream().anyMatch(d -> d.key().equals(key)), path + ".shares." + key, "is not a dimension of the schema");
    }
    for (DemographicDimension d : schema.dimensions()) {
      v.check(d.options().size() <= Byte.MAX_VALUE, path + ".schema." + d.key(), "may have at most " + Byte.MAX_VALUE + " options in a simulation");
      v.check(!d.options().contains(DISTANCE), path + ".schema." + d.key(),
          "no option may be called \"" + DISTANCE + "\": representation." + d.key() + ".distance is a metric");
    }
    checkGroups(path + ".internetAccessBy", internetAccessBy.keySet(), internetAccessBy, v);
    checkGroups(path + ".propensity", propensity.keySet(), propensity, v);
    v.check(internetAccess >= 0 && internetAccess <= 1, path + ".internetAccess", "must be between 0 and 1");
    Factors.validate(path + ".internetAccessBy", internetAccessBy, v);
    propensity.forEach((d, m) -> m.forEach((value, f) -> v.check(f != null && f.online() >= 0 && f.offline() >= 0
        && Double.isFinite(f.online()) && Double.isFinite(f.offline()), path + ".propensity." + d + "." + value,
        "factors must be finite and at least 0")));
    v.check(propensitySpread >= 0 && propensitySpread <= 3, path + ".propensitySpread", "must be between 0 and 3");
    v.check(initialTrust >= 0 && initialTrust <= 1, path + ".initialTrust", "must be between 0 and 1");
    v.check(trustSpread >= 0 && trustSpread <= 1, path + ".trustSpread", "must be between 0 and 1");
    v.check(declarationRate >= 0 && declarationRate <= 1, path + ".declarationRate", "must be between 0 and 1");
    double sum = 0;
    for (int i = 0; i < cells.size(); i++) {
      PopulationCell cell = cells.get(i);
      String at = path + ".cells[" + i + "]";
      v.check(cell.share() >= 0 && cell.share() <= 1, at + ".share", "must be between 0 and 1");
      sum += cell.share();
      for (DemographicDimension d : schema.dimensions()) {
        String option = cell.values().get(d.key());
        v.check(option != null && d.options().contains(option), at + ".values." + d.key(), "must be an option of " + d.key());
      }
      for (String key : cell.values().keySet()) {
        v.check(schema.dimensions().stream().anyMatch(d -> d.key().equals(key)), at + ".values." + key, "is not a dimension of the schema");
      }
    }
    v.check(cells.isEmpty() || Math.abs(sum - 1) <= ReferencePopulation.SUM_TOLERANCE, path + ".cells", "shares must sum to 1");
  }
}
