package org.consulta.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.consulta.core.error.StoreException;
import org.consulta.core.json.ConsultaJson;

/** Reads and writes the JSON documents stored in the {@code doc} columns, with Consulta's mapping. Thread-safe. */
final class Docs {
  private static final String ALLOWED_PREFIX = "org.consulta.";

  private final ObjectMapper mapper = ConsultaJson.mapper();

  String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new StoreException("could not write a " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("a stored " + type.getSimpleName() + " is not readable JSON", e);
    }
  }

  /** Reads a value whose class name was stored beside it; only Consulta's own types and {@code java.lang} values. */
  Object read(String json, String className) {
    if (!className.startsWith(ALLOWED_PREFIX) && !className.startsWith("java.lang.")) {
      throw new StoreException("refusing to read a stored value of type " + className);
    }
    try {
      return read(json, Class.forName(className));
    } catch (ClassNotFoundException e) {
      throw new StoreException("a stored value has an unknown type " + className, e);
    }
  }
}
