package org.consulta.core.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Codecs for wrappers of a {@code Map<String, String>} ({@code LocalizedText}, {@code
 * Demographics}) that appear in JSON as the plain object they wrap. Entries are written in the
 * wrapper's own iteration order and read in document order, so a {@code LocalizedText} keeps its
 * languages' order (the first is the fallback) even when map entries are otherwise sorted.
 *
 * @param <T> the wrapper type
 */
final class MapValues<T> {
  private final Class<T> type;
  private final Function<T, Map<String, String>> toMap;
  private final Function<Map<String, String>, T> fromMap;

  private MapValues(Class<T> type, Function<T, Map<String, String>> toMap, Function<Map<String, String>, T> fromMap) {
    this.type = requireNonNull(type, "type");
    this.toMap = requireNonNull(toMap, "toMap");
    this.fromMap = requireNonNull(fromMap, "fromMap");
  }

  static <T> MapValues<T> of(Class<T> type, Function<T, Map<String, String>> toMap, Function<Map<String, String>, T> fromMap) {
    return new MapValues<>(type, toMap, fromMap);
  }

  Class<T> type() {
    return type;
  }

  StdSerializer<T> serializer() {
    return new StdSerializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        for (Map.Entry<String, String> entry : toMap.apply(value).entrySet()) {
          gen.writeStringField(entry.getKey(), entry.getValue());
        }
        gen.writeEndObject();
      }
    };
  }

  StdDeserializer<T> deserializer() {
    return new StdDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.START_OBJECT)) {
          @SuppressWarnings("unchecked")
          T handled = (T) ctxt.handleUnexpectedToken(type, p);
          return handled;
        }
        JavaType mapType = ctxt.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, String.class);
        Map<String, String> values = ctxt.readValue(p, mapType);
        try {
          return fromMap.apply(values);
        } catch (IllegalArgumentException | NullPointerException e) {
          return ctxt.reportInputMismatch(this, "Cannot construct %s: %s", type.getSimpleName(), e.getMessage());
        }
      }
    };
  }
}
