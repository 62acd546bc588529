package org.consulta.core.participant;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.consulta.core.value.LocalizedText;

/**
 * One question of a tenant's demographic schema, e.g. age band or district.
 *
 * @param key stable key, e.g. {@code "age_band"} ([a-z][a-z0-9_]{0,63})
 * @param label the question shown to participants
 * @param options the allowed answers; when {@code ordered}, from lowest to highest (age bands)
 * @param ordered whether the options have an order (age bands, income bands)
 */
public record DemographicDimension(String key, LocalizedText label, List<String> options, boolean ordered) {
  public DemographicDimension {
    requireNonNull(key, "key");
    requireNonNull(label, "label");
    options = List.copyOf(requireNonNull(options, "options"));
    if (!key.matches("[a-z][a-z0-9_]{0,63}")) {
      throw new IllegalArgumentException("a dimension key is [a-z][a-z0-9_]{0,63}, was '" + key + "'");
    }
    if (options.isEmpty() || options.stream().distinct().count() != options.size()) {
      throw new IllegalArgumentException("dimension " + key + " needs distinct options");
    }
    if (options.contains(Demographics.PREFER_NOT_TO_SAY)) {
      throw new IllegalArgumentException(Demographics.PREFER_NOT_TO_SAY + " is always allowed; do not list it");
    }
  }

  /**
   * @param option an answer
   * @return its rank among the options, or -1 if it is not one of them
   */
  public int rank(String option) {
    return options.indexOf(option);
  }
}
