package org.consulta.core.simulation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.consulta.core.error.Violations;

/** Dimension to value to factor maps: copying keeps the given order; validation names each bad entry. */
final class Factors {
  private Factors() {}

  static <T> Map<String, Map<String, T>> copy(Map<String, Map<String, T>> factors) {
    Map<String, Map<String, T>> copy = new LinkedHashMap<>();
    factors.forEach((d, m) -> copy.put(d, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
    return Collections.unmodifiableMap(copy);
  }

  /** @return a copy of {@code factors} with {@code value} of {@code dimension} set to {@code factor} (order kept, new keys last) */
  static <T> Map<String, Map<String, T>> with(Map<String, Map<String, T>> factors, String dimension, String value, T factor) {
    Map<String, Map<String, T>> copy = new LinkedHashMap<>();
    factors.forEach((d, m) -> copy.put(d, new LinkedHashMap<>(m)));
    copy.computeIfAbsent(dimension, d -> new LinkedHashMap<>()).put(value, factor);
    return copy;
  }

  static void validate(String path, Map<String, Map<String, Double>> factors, Violations v) {
    factors.forEach((d, m) -> m.forEach((value, f) ->
        v.check(f != null && Double.isFinite(f) && f >= 0, path + "." + d + "." + value, "must be a finite factor of at least 0")));
  }
}
