package org.consulta.core.budgeting;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project as it stands on the ballot: its id, name and cost (after any correction by staff),
 * district and categories, and any further attributes a source gave (pabulib's columns such as
 * {@code votes}, {@code score}, {@code selected}, {@code target}), kept for export.
 *
 * @param id the project's id, unique in its election
 * @param name its name
 * @param cost its cost, positive
 * @param district its district, if it is local
 * @param categories its categories
 * @param attributes further attributes by name, in source order
 */
public record ProjectOnBallot(String id, String name, BigDecimal cost, Optional<String> district, List<String> categories,
    Map<String, String> attributes) {
  public ProjectOnBallot {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(cost, "cost");
    requireNonNull(district, "district");
    categories = List.copyOf(requireNonNull(categories, "categories"));
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(attributes, "attributes")));
  }

  /**
   * @return a project with only an id, a name and a cost
   */
  public static ProjectOnBallot of(String id, String name, BigDecimal cost) {
    return new ProjectOnBallot(id, name, cost, Optional.empty(), List.of(), Map.of());
  }
}
