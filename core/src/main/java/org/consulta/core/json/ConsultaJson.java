package org.consulta.core.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.consulta.core.event.RecordedEvent;

/**
 * Entry point of Consulta's JSON mapping: a ready {@link ObjectMapper}, the {@link Module} for an
 * embedder's own mapper, and the canonical text of a recorded event.
 *
 * <p>The mapper from {@link #mapper()} adds to {@link ConsultaModule} these choices:
 *
 * <ul>
 *   <li><b>unknown properties are rejected</b> ({@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}):
 *       for an API, a misspelt optional property silently ignored would be a command that does
 *       less than the caller meant; the error names the property and the type;
 *   <li>also rejected: {@code null} for a primitive, numbers for enums, fractions for integers,
 *       and trailing content after the value;
 *   <li>map entries are written sorted by key ({@link SerializationFeature#ORDER_MAP_ENTRIES_BY_KEYS}),
 *       because the domain's maps have no meaningful order; {@code LocalizedText} is not a map
 *       to Jackson and keeps its languages' order;
 *   <li>properties in declaration order, never alphabetical; dates never as numbers.
 * </ul>
 *
 * <p>Each mapper is thread-safe once configured, which {@link #mapper()} has done; share it, and
 * do not reconfigure a mapper that is in use. This class is stateless but for an immutable
 * {@link ObjectWriter} behind {@link #canonical(RecordedEvent)}.
 *
 * <pre>{@code
 * ObjectMapper json = ConsultaJson.mapper();
 * String text = json.writeValueAsString(newConsultation);
 * NewConsultation back = json.readValue(text, NewConsultation.class);
 * String line = ConsultaJson.canonical(recordedEvent); // byte-identical every time
 * }</pre>
 */
public final class ConsultaJson {
  private static final ObjectWriter CANONICAL =
      mapper().writerFor(RecordedEvent.class).without(SerializationFeature.INDENT_OUTPUT);

  private ConsultaJson() {}

  /**
   * A new mapper with {@link #module()} registered and the features listed above. Each call gives
   * a fresh mapper, so an embedder may further configure it before first use.
   *
   * @return a configured mapper, thread-safe for reading and writing
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(module())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .build();
  }

  /**
   * The module alone, for a mapper the embedder configures. To get exactly the JSON of {@link
   * #mapper()}, also enable {@link SerializationFeature#ORDER_MAP_ENTRIES_BY_KEYS} and {@link
   * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}.
   *
   * @return a new {@link ConsultaModule}
   */
  public static Module module() {
    return new ConsultaModule();
  }

  /**
   * The one canonical JSON text of a recorded event: compact, properties in declaration order
   * ({@code tenant, position, id, recordedAt, actor, event}), the event's {@code "type"} first
   * within it, instants in UTC, sets and map keys sorted, empty optionals omitted. The same event
   * gives the byte-identical text on every call, in every JVM, so the log can be hash-chained and
   * verified by anyone.
   *
   * @param event a recorded event
   * @return its canonical JSON
   * @throws NullPointerException if {@code event} is null
   * @throws IllegalStateException if the event cannot be written (a mapping bug)
   */
  public static String canonical(RecordedEvent event) {
    requireNonNull(event, "event");
    try {
      return CANONICAL.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "cannot write event " + event.position() + " of tenant " + event.tenant() + " as JSON", e);
    }
  }
}
