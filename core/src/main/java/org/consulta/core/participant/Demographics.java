package org.consulta.core.participant;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A participant's self-declared answers to the tenant's {@link DemographicSchema}: dimension key
 * to option, or {@link #PREFER_NOT_TO_SAY}. Personal data: never copied into events or logs.
 *
 * @param values dimension key to answer
 */
public record Demographics(Map<String, String> values) {
  /** The answer that is always allowed and counts as not declared. */
  public static final String PREFER_NOT_TO_SAY = "prefer_not_to_say";

  private static final Demographics NONE = new Demographics(Map.of());

  public Demographics {
    values = java.util.Collections.unmodifiableMap(new TreeMap<>(requireNonNull(values, "values")));
  }

  /** @return no declared answers */
  public static Demographics none() {
    return NONE;
  }

  /**
   * @param key a dimension key
   * @return the declared option, empty if not declared or "prefer not to say"
   */
  public Optional<String> declared(String key) {
    String value = values.get(key);
    return value == null || value.equals(PREFER_NOT_TO_SAY) ? Optional.empty() : Optional.of(value);
  }
}
