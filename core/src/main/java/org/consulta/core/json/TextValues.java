package org.consulta.core.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Codecs for single-value wrappers (typed ids, idempotency keys, cursors) that appear in JSON as
 * the bare string they wrap, both as values and as map keys. A string the wrapper's constructor
 * rejects is reported as an input error naming the type and the constructor's reason.
 *
 * @param <T> the wrapper type
 */
final class TextValues<T> {
  private final Class<T> type;
  private final Function<T, String> toText;
  private final Function<String, T> fromText;

  private TextValues(Class<T> type, Function<T, String> toText, Function<String, T> fromText) {
    this.type = requireNonNull(type, "type");
    this.toText = requireNonNull(toText, "toText");
    this.fromText = requireNonNull(fromText, "fromText");
  }

  static <T> TextValues<T> of(Class<T> type, Function<T, String> toText, Function<String, T> fromText) {
    return new TextValues<>(type, toText, fromText);
  }

  Class<T> type() {
    return type;
  }

  StdSerializer<T> serializer() {
    return new StdScalarSerializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(toText.apply(value));
      }
    };
  }

  StdSerializer<T> keySerializer() {
    return new StdSerializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeFieldName(toText.apply(value));
      }
    };
  }

  StdScalarDeserializer<T> deserializer() {
    return new StdScalarDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
          @SuppressWarnings("unchecked")
          T handled = (T) ctxt.handleUnexpectedToken(type, p);
          return handled;
        }
        String text = p.getText();
        try {
          return fromText.apply(text);
        } catch (IllegalArgumentException e) {
          throw ctxt.weirdStringException(text, type, e.getMessage());
        }
      }
    };
  }

  KeyDeserializer keyDeserializer() {
    return new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
        try {
          return fromText.apply(key);
        } catch (IllegalArgumentException e) {
          return ctxt.handleWeirdKey(type, key, e.getMessage());
        }
      }
    };
  }
}
