package org.consulta.core.simulation;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One cell of a joint demographic distribution: an option of every dimension and the share of
 * residents who have exactly those (for example district north and age 65+: 6%). Census
 * cross-tables give them where dimensions are correlated.
 *
 * @param values dimension to option, one for every dimension of the schema
 * @param share the cell's share of the population, in [0, 1]
 */
public record PopulationCell(Map<String, String> values, double share) {
  public PopulationCell {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(values, "values")));
  }
}
