package org.consulta.core.participant;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consulta.core.error.Violations;

/**
 * The demographic questions a tenant asks its participants (age band, gender, district, ...),
 * defined once per tenant. Answers are self-declared and optional; {@link
 * Demographics#PREFER_NOT_TO_SAY} is always a valid answer.
 *
 * @param dimensions the questions, keys unique
 */
public record DemographicSchema(List<DemographicDimension> dimensions) {
  public DemographicSchema {
    dimensions = List.copyOf(requireNonNull(dimensions, "dimensions"));
    if (dimensions.stream().map(DemographicDimension::key).distinct().count() != dimensions.size()) {
      throw new IllegalArgumentException("dimension keys must be unique");
    }
  }

  private static final DemographicSchema EMPTY = new DemographicSchema(List.of());

  /** @return a schema with no questions (the default) */
  public static DemographicSchema empty() {
    // shared: callers evaluate it eagerly in orElse(...) on every submission
    return EMPTY;
  }

  /**
   * @param key a dimension key
   * @return that dimension, if defined
   */
  public Optional<DemographicDimension> dimension(String key) {
    return dimensions.stream().filter(d -> d.key().equals(key)).findFirst();
  }

  /**
   * Checks declared values against this schema, adding one violation per unknown dimension or
   * answer under {@code field}.
   *
   * @param values declared values
   * @param field the field path prefix, e.g. {@code "demographics"}
   * @param violations where violations go
   */
  public void validate(Map<String, String> values, String field, Violations violations) {
    values.forEach(
        (key, value) -> {
          Optional<DemographicDimension> dimension = dimension(key);
          if (dimension.isEmpty()) {
            violations.add(field + "." + key, "is not a dimension of this tenant's demographic schema");
          } else if (!value.equals(Demographics.PREFER_NOT_TO_SAY) && dimension.get().rank(value) < 0) {
            violations.add(field + "." + key, "must be one of " + dimension.get().options() + " or " + Demographics.PREFER_NOT_TO_SAY);
          }
        });
  }
}
