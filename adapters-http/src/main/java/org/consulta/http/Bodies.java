package org.consulta.http;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violation;

/**
 * Binds a body into a command record and, when that fails, reports <em>every</em> bad field rather
 * than the first one Jackson stops at: each property is bound on its own against its record
 * component, required components that are missing are named, and unknown properties are named. The
 * extra work happens only on the failure path. Stateless.
 */
final class Bodies {
  private static final Set<Class<?>> OPTIONAL = Set.of(Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class);

  private Bodies() {}

  /**
   * @param x the exchange (its Idempotency-Key is merged into a command)
   * @param body the body; {@code fields} are put into it first (path ids override the body's)
   * @param type the record to bind
   * @param fields values from the path or headers
   * @return the bound record
   * @throws InvalidInputException naming every bad, missing or unknown field
   */
  static <T extends Record> T bind(Exchange x, ObjectNode body, Class<T> type, Map<String, String> fields) {
    fields.forEach(body::put);
    ObjectNode copy = body.deepCopy();
    try {
      return x.command(body, type);
    } catch (InvalidInputException e) {
      List<Violation> all = diagnose(x.mapper(), copy, type);
      throw all.isEmpty() ? e : new InvalidInputException(all);
    }
  }

  /** The body with the If-Match version, if any, as {@code expectedVersion}. */
  static ObjectNode versioned(Exchange x) {
    ObjectNode body = x.body();
    x.ifMatch().ifPresent(v -> body.put("expectedVersion", v));
    return body;
  }

  /** Every field of {@code body} that does not bind to {@code type}, and every required one missing. */
  static List<Violation> diagnose(ObjectMapper mapper, ObjectNode body, Class<? extends Record> type) {
    List<Violation> found = new ArrayList<>();
    RecordComponent[] components = type.getRecordComponents();
    for (String name : (Iterable<String>) body::fieldNames) {
      if (java.util.Arrays.stream(components).noneMatch(c -> c.getName().equals(name))) {
        found.add(new Violation(name, "is not a field of this request"));
      }
    }
    for (RecordComponent c : components) {
      JsonNode value = body.get(c.getName());
      if (value == null || value.isNull()) {
        if (required(mapper, c.getType())) {
          found.add(new Violation(c.getName(), "is required"));
        }
        continue;
      }
      JavaType target = mapper.getTypeFactory().constructType(c.getGenericType());
      try {
        mapper.readerFor(target).readValue(value);
      } catch (JsonMappingException e) {
        found.add(new Violation(c.getName() + path(e), reason(e)));
      } catch (IOException e) {
        found.add(new Violation(c.getName(), "is invalid"));
      }
    }
    return found;
  }

  /**
   * Whether a missing value of this type fails binding: not for optionals, nor for the collection
   * types the mapper reads a missing value of as empty (its nulls-as-empty overrides: {@code List},
   * {@code Set}, {@code Map}, {@code Collection}); other collection types, e.g. {@code NavigableSet},
   * stay null and so are required.
   */
  private static boolean required(ObjectMapper mapper, Class<?> type) {
    if (OPTIONAL.contains(type)) {
      return false;
    }
    if (!Collection.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type)) {
      return true;
    }
    JsonSetter.Value setter = mapper.getDeserializationConfig().getConfigOverride(type).getSetterInfo();
    return setter == null || setter.nonDefaultValueNulls() != Nulls.AS_EMPTY;
  }

  /** The path inside the field, e.g. {@code [0].due}. */
  private static String path(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      out.append(r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]");
    }
    return out.toString();
  }

  private static String reason(JsonMappingException e) {
    Throwable cause = e.getCause();
    String reason = cause instanceof IllegalArgumentException || cause instanceof NullPointerException ? cause.getMessage() : e.getOriginalMessage();
    if (reason == null) {
      return "is invalid";
    }
    // a parser message may quote the hostile input
    return (reason.length() > 200 ? reason.substring(0, 200) + "..." : reason).replaceAll("[^\\x20-\\x7e]", "?");
  }
}
