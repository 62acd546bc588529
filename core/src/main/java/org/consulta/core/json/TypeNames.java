package org.consulta.core.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.jsontype.NamedType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.consulta.core.event.ConsultaEvent;

/**
 * The JSON {@code "type"} names of the sealed hierarchies' records. Subtypes are found through
 * {@link Class#getPermittedSubclasses()}, so a record added to a hierarchy is mapped without a
 * change here.
 */
final class TypeNames {
  private TypeNames() {}

  /**
   * @param sealed a sealed interface whose permitted subclasses are records
   * @param naming the JSON name of each record
   * @return one named type per permitted subclass
   * @throws IllegalStateException if the type is not sealed or two records share a name
   */
  static List<NamedType> of(Class<?> sealed, Function<Class<?>, String> naming) {
    requireNonNull(sealed, "sealed");
    Class<?>[] permitted = sealed.getPermittedSubclasses();
    if (permitted == null) {
      throw new IllegalStateException(sealed.getName() + " is not sealed");
    }
    Map<String, Class<?>> seen = new HashMap<>();
    List<NamedType> types = new ArrayList<>(permitted.length);
    for (Class<?> type : leaves(sealed)) {
      String name = naming.apply(type);
      Class<?> earlier = seen.putIfAbsent(name, type);
      if (earlier != null) {
        throw new IllegalStateException(
            "JSON type name '" + name + "' is used by both " + earlier.getName() + " and " + type.getName());
      }
      types.add(new NamedType(type, name));
    }
    return types;
  }

  /**
   * @param sealed a sealed interface
   * @return its permitted records, descending into sealed sub-interfaces (e.g. {@code OutcomeEvent})
   */
  static List<Class<?>> leaves(Class<?> sealed) {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> type : sealed.getPermittedSubclasses()) {
      if (type.isInterface() && type.isSealed()) {
        out.addAll(leaves(type));
      } else {
        out.add(type);
      }
    }
    return out;
  }

  /**
   * @param type a {@code ConsultaEvent} record
   * @return {@link ConsultaEvent#typeOf(Class)}, e.g. {@code "contribution.submitted"}
   */
  static String event(Class<?> type) {
    return ConsultaEvent.typeOf(type);
  }

  /**
   * @param type an {@code Answer} record
   * @return its simple name in lower case, e.g. {@code "choices"}
   */
  static String answer(Class<?> type) {
    return type.getSimpleName().toLowerCase(Locale.ROOT);
  }

  /**
   * @param type an {@code EligibilityRule} record, e.g. {@code MinimumAgeBand}
   * @return its simple name in lower snake case, e.g. {@code "minimum_age_band"}
   */
  static String rule(Class<?> type) {
    String name = type.getSimpleName();
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        out.append('_');
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }
}
