package org.consulta.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violation;
import org.consulta.core.simulation.Scenario;

/**
 * The {@code sweep} of a scenario file: dotted paths ({@code institution.responsesPerDay}, {@code
 * campaigns[0].dailyReach}) to the values to try, expanded into every combination over the merged
 * file, the first path varying slowest. Only whole combinations are read and validated. Stateless.
 */
final class ScenarioSweep {
  private ScenarioSweep() {}

  /**
   * @param base the merged file without its sweep
   * @param sweep the sweep object
   * @return every combination, named {@code <name> [path=value, ...]}
   * @throws InvalidInputException naming every bad path, and every bad value by combination
   */
  static List<Scenario> expand(ObjectNode base, JsonNode sweep) {
    List<Axis> axes = axes(base, sweep);
    List<Scenario> out = new ArrayList<>();
    expand(base, base.path("name").asText("scenario"), axes, 0, new ArrayList<>(), out);
    return List.copyOf(out);
  }

  /** One swept path and its values. */
  private record Axis(String path, List<JsonNode> values) {}

  private static List<Axis> axes(ObjectNode base, JsonNode sweep) {
    if (!sweep.isObject() || sweep.isEmpty()) {
      throw ScenarioJson.invalid(ScenarioJson.SWEEP, "must be an object mapping a dotted path to an array of values, e.g. "
          + "{\"institution.responsesPerDay\": [10, 50]}");
    }
    List<Violation> bad = new ArrayList<>();
    List<Axis> axes = new ArrayList<>();
    sweep.properties().forEach(e -> {
      String field = ScenarioJson.SWEEP + "." + e.getKey();
      if (!e.getValue().isArray() || e.getValue().isEmpty()) {
        bad.add(new Violation(field, "must be a non-empty array of values"));
        return;
      }
      String problem = checkPath(base, e.getKey());
      if (problem != null) {
        bad.add(new Violation(field, problem));
        return;
      }
      List<JsonNode> values = new ArrayList<>();
      e.getValue().forEach(values::add);
      axes.add(new Axis(e.getKey(), values));
    });
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
    return axes;
  }

  private static void expand(ObjectNode tree, String name, List<Axis> axes, int index, List<String> labels, List<Scenario> out) {
    if (index == axes.size()) {
      ObjectNode named = tree.deepCopy();
      String full = name + " [" + String.join(", ", labels) + "]";
      named.put("name", full);
      out.add(ScenarioJson.toScenario(named, " (in scenario '" + full + "')"));
      return;
    }
    Axis axis = axes.get(index);
    for (JsonNode value : axis.values) {
      ObjectNode next = tree.deepCopy();
      String missing = checkPath(next, axis.path);
      if (missing != null) {
        // an earlier level replaced what this path goes through (say, a shorter campaigns array)
        throw ScenarioJson.invalid(ScenarioJson.SWEEP + "." + axis.path, missing + " once " + String.join(", ", labels) + " is applied");
      }
      set(next, axis.path, value);
      List<String> more = new ArrayList<>(labels);
      more.add(axis.path + "=" + (value.isValueNode() ? value.asText() : value.toString()));
      expand(next, name, axes, index + 1, more, out);
    }
  }

  /** @return why {@code path} names nothing in {@code tree}, or null if it names a property */
  private static String checkPath(JsonNode tree, String path) {
    JsonNode node = tree;
    for (String step : steps(path)) {
      if (step == null) {
        return "is not a dotted path such as institution.responsesPerDay or campaigns[0].dailyReach";
      }
      node = step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1))) : node.get(step);
      if (node == null) {
        return "names no property of the scenario (the defaults included): check the spelling, or state the property in the file";
      }
    }
    return null;
  }

  private static void set(ObjectNode tree, String path, JsonNode value) {
    List<String> steps = steps(path);
    JsonNode parent = tree;
    for (int i = 0; i < steps.size() - 1; i++) {
      String step = steps.get(i);
      parent = step.startsWith("[") ? parent.get(index(step)) : parent.get(step);
    }
    String last = steps.get(steps.size() - 1);
    JsonNode old = last.startsWith("[") ? parent.get(index(last)) : parent.get(last);
    JsonNode replacement = value.deepCopy();
    if (old instanceof ObjectNode o && value instanceof ObjectNode n) {
      ObjectNode copy = o.deepCopy();
      ScenarioJson.merge(copy, n, path);
      replacement = copy;
    }
    if (last.startsWith("[")) {
      ((ArrayNode) parent).set(index(last), replacement);
    } else {
      ((ObjectNode) parent).set(last, replacement);
    }
  }

  private static int index(String step) {
    return Integer.parseInt(step.substring(1, step.length() - 1));
  }

  /** Splits {@code a.b[2].c} into {@code a, b, [2], c}; a null step marks a malformed path. */
  private static List<String> steps(String path) {
    List<String> steps = new ArrayList<>();
    for (String part : path.split("\\.", -1)) {
      int bracket = part.indexOf('[');
      String key = bracket < 0 ? part : part.substring(0, bracket);
      if (key.isEmpty()) {
        steps.add(null);
        continue;
      }
      steps.add(key);
      String rest = bracket < 0 ? "" : part.substring(bracket);
      while (!rest.isEmpty()) {
        int close = rest.indexOf(']');
        if (!rest.startsWith("[") || close < 2 || !rest.substring(1, close).matches("\\d{1,9}")) {
          steps.add(null);
          break;
        }
        steps.add(rest.substring(0, close + 1));
        rest = rest.substring(close + 1);
      }
    }
    return steps;
  }
}
