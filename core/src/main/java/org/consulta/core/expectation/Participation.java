package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who has taken part in a consultation so far: distinct participants who contributed, and how
 * many of them declared each value of each dimension when they first contributed ({@code
 * prefer_not_to_say} is a value here; no answer is not).
 *
 * @param participants distinct participants
 * @param declared per dimension, per declared value, how many participants
 */
public record Participation(long participants, Map<String, Map<String, Long>> declared) {
  public Participation {
    TreeMap<String, Map<String, Long>> copy = new TreeMap<>();
    requireNonNull(declared, "declared").forEach((d, values) -> copy.put(d, Collections.unmodifiableMap(new TreeMap<>(values))));
    declared = Collections.unmodifiableMap(copy);
  }

  /** @return nobody yet */
  public static Participation none() {
    return new Participation(0, Map.of());
  }

  /**
   * @param dimension a dimension key
   * @return its declared values and counts (empty if nobody declared one)
   */
  public Map<String, Long> of(String dimension) {
    return declared.getOrDefault(dimension, Map.of());
  }
}
