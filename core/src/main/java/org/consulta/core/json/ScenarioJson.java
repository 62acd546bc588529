package org.consulta.core.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violation;
import org.consulta.core.simulation.Scenario;

/**
 * Reads {@link Scenario}s from JSON (or any format Jackson reads into a {@link JsonNode}, such as
 * YAML), where a file states only what differs from {@link Scenario#defaults()}.
 *
 * <p>The file's object is deep-merged over the JSON of the defaults: objects key by key,
 * recursively; arrays, scalars and {@code null} replace what was there. Two exceptions keep the
 * merge from mixing old and new data: localized texts of the consultation ({@code title}, {@code
 * summary}, {@code description}, {@code purpose}) are replaced whole, so a text in another language
 * does not sit next to the default English one; and when the file states {@code
 * population.schema}, its {@code population.shares} replace the default census instead of being
 * merged into it. The result is read with {@link ConsultaJson#mapper()} and {@linkplain
 * Scenario#validate() validated}.
 *
 * <p>An optional top-level {@code "sweep"} object maps dotted paths ({@code
 * institution.responsesPerDay}, {@code campaigns[0].dailyReach}) to arrays of values: {@link
 * #readAll(JsonNode)} gives one scenario per combination, the first path varying slowest, each named
 * {@code <name> [path=value, ...]}. A value that is an object is merged over what the path holds;
 * anything else replaces it. A path must name a property the merged scenario has (defaults
 * included). The top level may also be an array of scenario objects, as {@link #write(List)}
 * writes them.
 *
 * <p>Every error is an {@link InvalidInputException} whose violations name the JSON path: each
 * unknown property ({@code population.sise}), a value of the wrong type, a bad sweep path ({@code
 * sweep.institution.responsesPerDya}), or a value {@link Scenario#validate()} rejects ({@code
 * behaviour.contributeRate}).
 *
 * <pre>{@code
 * List<Scenario> scenarios = ScenarioJson.readAll("""
 *     {"name": "pre-moderation",
 *      "population": {"size": 50000},
 *      "consultation": {"moderation": {"mode": "PRE"}},
 *      "sweep": {"institution.responsesPerDay": [10, 50]}}
 *     """);
 * scenarios.get(0).name();             // "pre-moderation [institution.responsesPerDay=10]"
 * String effective = ScenarioJson.write(scenarios.get(0)); // every value, to keep with the results
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ScenarioJson {
  /** The top-level key of the sweep, which is not part of a scenario. */
  public static final String SWEEP = "sweep";

  private static final String TYPE = "type";
  private static final ObjectMapper MAPPER = ConsultaJson.mapper();
  private static final Set<String> REPLACED = Set.of("consultation.title", "consultation.summary", "consultation.description",
      "consultation.purpose");

  private ScenarioJson() {}

  /**
   * @param json a scenario object, without a sweep
   * @return the scenario, validated
   * @throws InvalidInputException naming every bad path, or {@code sweep} if the file has one
   */
  public static Scenario read(String json) {
    return read(parse(json));
  }

  /**
   * @param file a scenario object, without a sweep
   * @return the scenario, validated
   * @throws InvalidInputException naming every bad path, or {@code sweep} if the file has one
   */
  public static Scenario read(JsonNode file) {
    if (requireNonNull(file, "file").has(SWEEP)) {
      throw invalid(SWEEP, "a file with a sweep gives several scenarios: read it with readAll");
    }
    List<Scenario> all = readAll(file);
    if (all.size() != 1) {
      throw invalid("scenarios", "the file gives " + all.size() + " scenarios: read it with readAll");
    }
    return all.get(0);
  }

  /**
   * @param json a scenario object, possibly with a sweep, or an array of scenario objects
   * @return the scenarios, validated, in grid order
   * @throws InvalidInputException naming every bad path
   */
  public static List<Scenario> readAll(String json) {
    return readAll(parse(json));
  }

  /**
   * @param file a scenario object, possibly with a sweep, or an array of scenario objects
   * @return the scenarios, validated, in grid order
   * @throws InvalidInputException naming every bad path
   */
  public static List<Scenario> readAll(JsonNode file) {
    requireNonNull(file, "file");
    if (file.isArray()) {
      List<Scenario> all = new ArrayList<>();
      List<org.consulta.core.error.Violation> bad = new ArrayList<>();
      for (int i = 0; i < file.size(); i++) {
        if (file.get(i).has(SWEEP)) {
          bad.add(new org.consulta.core.error.Violation("[" + i + "]." + SWEEP,
              "a sweep goes in a single scenario object, not in a list of scenarios"));
          continue;
        }
        try {
          all.addAll(readAll(file.get(i)));
        } catch (InvalidInputException e) {
          // every scenario of the list is checked, each error named by its position
          for (org.consulta.core.error.Violation v : e.violations()) {
            bad.add(new org.consulta.core.error.Violation("[" + i + "]." + v.field(), v.reason()));
          }
        }
      }
      if (!bad.isEmpty()) {
        throw new InvalidInputException(bad);
      }
      if (all.isEmpty()) {
        throw invalid("scenarios", "the list needs at least one scenario");
      }
      return List.copyOf(all);
    }
    if (!file.isObject()) {
      throw invalid("scenario", "must be a JSON object, was " + file.getNodeType());
    }
    ObjectNode base = merged((ObjectNode) file);
    JsonNode sweep = base.remove(SWEEP);
    if (sweep == null) {
      return List.of(toScenario(base, ""));
    }
    // only whole combinations must be valid: the base may lack what every level supplies
    return ScenarioSweep.expand(base, sweep);
  }

  /**
   * @param scenario a scenario
   * @return its indented JSON with every value stated, which {@link #read(String)} reads back equal
   */
  public static String write(Scenario scenario) {
    return writeValue(requireNonNull(scenario, "scenario"));
  }

  /**
   * @param scenarios scenarios
   * @return an indented JSON array of them, which {@link #readAll(String)} reads back equal
   */
  public static String write(List<Scenario> scenarios) {
    return writeValue(List.copyOf(scenarios));
  }

  private static String writeValue(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a scenario as JSON (a mapping bug)", e);
    }
  }

  private static JsonNode parse(String json) {
    requireNonNull(json, "json");
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw invalid("scenario", "is not valid JSON: " + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr());
    }
  }

  private static ObjectNode merged(ObjectNode file) {
    ObjectNode tree = MAPPER.valueToTree(Scenario.defaults());
    JsonNode population = file.get("population");
    if (population != null && population.has("schema") && tree.get("population") instanceof ObjectNode p) {
      p.remove("shares");
    }
    merge(tree, file, "");
    return tree;
  }

  /** Merges {@code over} into {@code into}: objects key by key, everything else replaced. */
  static void merge(ObjectNode into, ObjectNode over, String path) {
    for (Map.Entry<String, JsonNode> e : over.properties()) {
      String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
      JsonNode old = into.get(e.getKey());
      if (old instanceof ObjectNode o && e.getValue() instanceof ObjectNode n && !REPLACED.contains(child)) {
        merge(o, n, child);
      } else {
        into.set(e.getKey(), e.getValue().deepCopy());
      }
    }
  }

  static Scenario toScenario(ObjectNode tree, String where) {
    List<Violation> unknown = new ArrayList<>();
    ObjectReader reader = MAPPER.readerFor(Scenario.class).withHandler(new UnknownProperties(unknown, where));
    Scenario scenario;
    try {
      scenario = reader.readValue(tree);
    } catch (ValueInstantiationException e) {
      // the records name a missing non-null component in requireNonNull's message
      boolean missing = e.getCause() instanceof NullPointerException n && n.getMessage() != null && n.getMessage().matches("\\w+");
      String at = path(e);
      unknown.add(missing ? new Violation(at.equals("scenario") ? e.getCause().getMessage() : at + "." + e.getCause().getMessage(),
          "is required" + where) : new Violation(at, reason(e) + where));
      throw new InvalidInputException(unknown);
    } catch (DatabindException e) {
      unknown.add(new Violation(path(e), reason(e) + where));
      throw new InvalidInputException(unknown);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read a scenario from a JSON tree", e);
    }
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(unknown);
    }
    if (where.isEmpty()) {
      return scenario.validate();
    }
    try {
      return scenario.validate();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(e.violations().stream().map(v -> new Violation(v.field(), v.reason() + where)).toList());
    }
  }

  private static String path(DatabindException e) {
    StringBuilder path = new StringBuilder();
    if (e instanceof JsonMappingException m) {
      for (JsonMappingException.Reference r : m.getPath()) {
        if (r.getFieldName() != null) {
          path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
        } else if (r.getIndex() >= 0) {
          path.append('[').append(r.getIndex()).append(']');
        }
      }
    }
    return path.length() == 0 ? "scenario" : path.toString();
  }

  private static String reason(DatabindException e) {
    if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
      return "must be one of " + Arrays.toString(f.getTargetType().getEnumConstants()) + ", was " + f.getValue();
    }
    if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
      return "is not a valid " + f.getTargetType().getSimpleName() + ": " + f.getValue();
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null && m.getTargetType().isPrimitive()
        && e.getOriginalMessage().contains("null")) {
      return "is required (" + m.getTargetType().getSimpleName() + ")";
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return "is incomplete or inconsistent: " + e.getCause().getMessage();
    }
    String message = e.getOriginalMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  static InvalidInputException invalid(String field, String reason) {
    return new InvalidInputException(List.of(new Violation(field, reason)));
  }

  /** Collects each unknown property with its path and skips it, so that one read reports them all. */
  private static final class UnknownProperties extends DeserializationProblemHandler {
    private final List<Violation> found;
    private final String where;

    UnknownProperties(List<Violation> found, String where) {
      this.found = found;
      this.where = where;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer, Object beanOrClass,
        String propertyName) throws IOException {
      Set<String> known = new TreeSet<>();
      if (deserializer != null) {
        deserializer.getKnownPropertyNames().forEach(k -> known.add(String.valueOf(k)));
      }
      JsonStreamContext context = p.getParsingContext();
      if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
        context = context.getParent(); // the parser stands on the value, inside its new context
      }
      found.add(new Violation(path(context, propertyName),
          "unknown property" + (known.isEmpty() ? "" : "; known here: " + String.join(", ", known)) + where));
      p.skipChildren();
      return true;
    }

    private static String path(JsonStreamContext context, String propertyName) {
      List<String> steps = new ArrayList<>();
      for (JsonStreamContext c = context.getParent(); c != null && !c.inRoot(); c = c.getParent()) {
        if (c.inObject() && TYPE.equals(c.getCurrentName())) {
          // a polymorphic value whose "type" was not first is replayed from a buffer under a copy of
          // its own context, left pointing at "type"; no Consulta "type" holds an object, so skip it
          continue;
        }
        if (c.inArray()) {
          steps.add(0, "[" + c.getCurrentIndex() + "]");
        } else if (c.getCurrentName() != null) {
          steps.add(0, "." + c.getCurrentName());
        }
      }
      StringBuilder path = new StringBuilder();
      steps.forEach(path::append);
      path.append('.').append(propertyName);
      return path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }
  }
}
