package org.consulta.core.consultation;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Set;

/**
 * Who may contribute to a consultation. The built-in rules are data (stored with the
 * consultation and mapped to JSON); {@link Custom} names a rule the embedder registers with
 * {@code Consulta.builder().eligibility(name, check)}.
 *
 * <p>All variants are immutable.
 */
public sealed interface EligibilityRule {
  /** Anyone, including input recorded offline without a registered participant. */
  record Anyone() implements EligibilityRule {}

  /** Registered participants only. */
  record RegisteredParticipants() implements EligibilityRule {}

  /**
   * Registered participants whose declared area is in a set (e.g. residents of two districts).
   *
   * @param dimension the demographic dimension holding the area, e.g. {@code "district"}
   * @param areas the allowed areas
   */
  record AreaIn(String dimension, Set<String> areas) implements EligibilityRule {
    public AreaIn {
      requireNonNull(dimension, "dimension");
      areas = Set.copyOf(requireNonNull(areas, "areas"));
      if (areas.isEmpty()) {
        throw new IllegalArgumentException("AreaIn needs at least one area");
      }
    }
  }

  /**
   * Registered participants whose declared age band is at least a minimum, by the order of the
   * dimension's options in the tenant's schema.
   *
   * @param dimension the ordered demographic dimension, e.g. {@code "age_band"}
   * @param minimum the lowest allowed option, e.g. {@code "16-17"}
   */
  record MinimumAgeBand(String dimension, String minimum) implements EligibilityRule {
    public MinimumAgeBand {
      requireNonNull(dimension, "dimension");
      requireNonNull(minimum, "minimum");
    }
  }

  /**
   * A rule implemented by the embedder, found by name when a contribution is checked.
   *
   * @param name the registered name
   * @param parameters free parameters passed to the check
   */
  record Custom(String name, Map<String, String> parameters) implements EligibilityRule {
    public Custom {
      requireNonNull(name, "name");
      parameters = Map.copyOf(requireNonNull(parameters, "parameters"));
    }
  }
}
