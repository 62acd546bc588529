package org.consulta.http;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The OpenAPI document as a contract: checks one HTTP request and its response against it. Schemas
 * (bodies, parameters, headers) are validated by networknt's JSON Schema validator with its
 * OpenAPI 3.1 dialect (JSON Schema 2020-12, formats asserted), each referenced by a JSON pointer
 * into the document so that {@code $ref}s resolve as in the document itself. This class only finds
 * the operation, the response and the pointers. Thread-safe.
 *
 * <p>The rules: the response's status must be documented for the operation (an undocumented path
 * must answer 404, an undocumented method 405 with {@code Allow} listing the documented ones), its
 * media type must be documented, its body must match the schema (a text body, e.g. {@code text/html}, as one JSON string) and its documented required headers
 * be present and valid. A request the contract rejects (missing or invalid parameter, body, media
 * type) must get a 4xx, never a success.
 */
final class OpenApiContract {
  static final String DOCUMENT_URI = "https://consulta.dev/openapi.json";
  private static final Pattern TEMPLATE_PARAM = Pattern.compile("\\{(\\w+)}");
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

  private final JsonNode document;
  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
  private final ObjectMapper json = JsonMapper.builder().build();

  /** @param text the OpenAPI document (JSON) */
  OpenApiContract(String text) {
    this.document = json.readTree(text);
    SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
    this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
        b -> b.schemas(Map.of(DOCUMENT_URI, text)).schemaRegistryConfig(config));
  }

  static OpenApiContract load() {
    return new OpenApiContract(new String(OpenApiRoutes.document(), StandardCharsets.UTF_8));
  }

  JsonNode document() {
    return document;
  }

  /** A node of the document and its JSON pointer. */
  private record Located(JsonNode node, String pointer) {
    Located get(String name) {
      JsonNode child = node.get(name);
      return child == null ? null : new Located(child, pointer + "/" + name.replace("~", "~0").replace("/", "~1"));
    }

    Located get(int index) {
      return new Located(node.get(index), pointer + "/" + index);
    }
  }

  private Located resolve(Located at) {
    while (at != null && at.node().has("$ref")) {
      String ref = at.node().get("$ref").asString();
      if (!ref.startsWith("#/")) {
        throw new IllegalStateException("only local $refs are supported: " + ref);
      }
      String pointer = ref.substring(1);
      at = new Located(document.at(pointer), pointer);
    }
    return at;
  }

  /** The documented operations: "METHOD template", e.g. "GET /v1/consultations/{id}". */
  Set<String> operations() {
    Set<String> operations = new TreeSet<>();
    for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
        if (METHODS.contains(method.getKey())) {
          operations.add(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
        }
      }
    }
    return operations;
  }

  /**
   * @param method the request's method
   * @param uri the request's URI (its path and query are checked)
   * @param requestHeaders the request's headers
   * @param requestBody the request's body, or null for none
   * @param status the response's status
   * @param responseHeaders the response's headers
   * @param responseBody the response's body, empty for none
   * @return every way the exchange breaks the contract; empty if it keeps it
   */
  List<String> check(String method, URI uri, HttpHeaders requestHeaders, String requestBody, int status, HttpHeaders responseHeaders,
      String responseBody) {
    List<String> problems = new ArrayList<>();
    String path = uri.getRawPath();
    Optional<Map.Entry<String, Map<String, String>>> template = template(path);
    if (template.isEmpty()) {
      expectUndocumented(problems, 404, status, responseHeaders, responseBody, "no documented path matches " + path);
      return problems;
    }
    Located pathItem = new Located(document.get("paths"), "/paths").get(template.get().getKey());
    Located operation = pathItem.get(method.toLowerCase(Locale.ROOT));
    if (operation == null) {
      expectUndocumented(problems, 405, status, responseHeaders, responseBody, method + " is not documented for " + template.get().getKey());
      Set<String> documented = new TreeSet<>();
      pathItem.node().propertyNames().forEach(m -> {
        if (METHODS.contains(m)) {
          documented.add(m.toUpperCase(Locale.ROOT));
        }
      });
      Set<String> allowed = new TreeSet<>();
      responseHeaders.firstValue("Allow").ifPresent(a -> List.of(a.split(",\\s*")).forEach(allowed::add));
      if (!allowed.equals(documented)) {
        problems.add("Allow " + allowed + " differs from the documented methods " + documented);
      }
      return problems;
    }
    List<String> requestProblems = new ArrayList<>();
    checkParameters(requestProblems, operation, template.get().getValue(), query(uri), requestHeaders);
    checkRequestBody(requestProblems, operation, requestHeaders, requestBody);
    if (!requestProblems.isEmpty() && (status < 400 || status >= 500)) {
      problems.add("the contract rejects the request, yet the response is " + status + ": " + requestProblems);
    }
    checkResponse(problems, operation, status, responseHeaders, responseBody);
    return problems;
  }

  private void expectUndocumented(List<String> problems, int expected, int status, HttpHeaders headers, String body, String why) {
    if (status != expected) {
      problems.add(why + ", so the response must be " + expected + ", was " + status);
    }
    checkBody(problems, "/components/schemas/Problem", "application/problem+json", headers, body, "response " + status);
  }

  private Optional<Map.Entry<String, Map<String, String>>> template(String path) {
    for (Iterator<String> it = document.get("paths").propertyNames().iterator(); it.hasNext(); ) {
      String template = it.next();
      List<String> names = new ArrayList<>();
      Matcher m = TEMPLATE_PARAM.matcher(template);
      StringBuilder regex = new StringBuilder();
      int last = 0;
      while (m.find()) {
        regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
        names.add(m.group(1));
        last = m.end();
      }
      regex.append(Pattern.quote(template.substring(last)));
      Matcher match = Pattern.compile(regex.toString()).matcher(path);
      if (match.matches()) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
          values.put(names.get(i), URLDecoder.decode(match.group(i + 1), StandardCharsets.UTF_8));
        }
        return Optional.of(Map.entry(template, values));
      }
    }
    return Optional.empty();
  }

  private static Map<String, List<String>> query(URI uri) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        int eq = pair.indexOf('=');
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      }
    }
    return values;
  }

  private void checkParameters(List<String> problems, Located operation, Map<String, String> path, Map<String, List<String>> query,
      HttpHeaders headers) {
    Located parameters = operation.get("parameters");
    Set<String> documentedQuery = new TreeSet<>();
    for (int i = 0; parameters != null && i < parameters.node().size(); i++) {
      Located p = resolve(parameters.get(i));
      String name = p.node().get("name").asString();
      String in = p.node().get("in").asString();
      List<String> values = switch (in) {
        case "path" -> path.containsKey(name) ? List.of(path.get(name)) : List.of();
        case "query" -> query.getOrDefault(name, List.of());
        case "header" -> headers.allValues(name);
        default -> throw new IllegalStateException("unsupported parameter location " + in);
      };
      if (in.equals("query")) {
        documentedQuery.add(name);
      }
      boolean required = p.node().has("required") && p.node().get("required").asBoolean();
      if (values.isEmpty()) {
        if (required) {
          problems.add("missing required " + in + " parameter " + name);
        }
        continue;
      }
      Located schema = p.get("schema");
      JsonNode value = isArray(schema) ? arrayValue(schema, values) : scalar(resolve(schema), values.get(0));
      validate(schema.pointer(), value).forEach(e -> problems.add(in + " parameter " + name + ": " + e));
    }
    for (String name : query.keySet()) {
      if (!documentedQuery.contains(name)) {
        problems.add("undocumented query parameter " + name);
      }
    }
  }

  private boolean isArray(Located schema) {
    JsonNode type = resolve(schema).node().get("type");
    return type != null && "array".equals(type.asString());
  }

  private JsonNode arrayValue(Located schema, List<String> values) {
    Located items = resolve(resolve(schema).get("items"));
    var array = JsonNodeFactory.instance.arrayNode();
    values.forEach(v -> array.add(scalar(items, v)));
    return array;
  }

  /** A parameter's text as the JSON value its schema describes (numbers for numeric schemas). */
  private static JsonNode scalar(Located schema, String text) {
    JsonNode type = schema.node().get("type");
    if (type != null && (type.asString().equals("integer") || type.asString().equals("number"))) {
      try {
        return JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(text));
      } catch (NumberFormatException e) {
        return JsonNodeFactory.instance.stringNode(text);
      }
    }
    return JsonNodeFactory.instance.stringNode(text);
  }

  private void checkRequestBody(List<String> problems, Located operation, HttpHeaders headers, String body) {
    Located requestBody = operation.get("requestBody") == null ? null : resolve(operation.get("requestBody"));
    boolean hasBody = body != null && !body.isEmpty();
    if (requestBody == null) {
      if (hasBody) {
        problems.add("the operation takes no body");
      }
      return;
    }
    if (!hasBody) {
      if (requestBody.node().path("required").asBoolean(false)) {
        problems.add("the request body is required");
      }
      return;
    }
    String type = mediaType(headers);
    Located content = requestBody.get("content").get(type);
    if (content == null) {
      problems.add("request media type " + type + " is not documented");
      return;
    }
    checkBody(problems, content.get("schema").pointer(), type, headers, body, "request body");
  }

  private void checkResponse(List<String> problems, Located operation, int status, HttpHeaders headers, String body) {
    Located response = operation.get("responses").get(Integer.toString(status));
    if (response == null) {
      problems.add("status " + status + " is not documented for this operation");
      return;
    }
    response = resolve(response);
    Located documentedHeaders = response.get("headers");
    for (Iterator<String> it = documentedHeaders == null ? List.<String>of().iterator() : documentedHeaders.node().propertyNames().iterator();
        it.hasNext(); ) {
      String name = it.next();
      Located header = resolve(documentedHeaders.get(name));
      Optional<String> value = headers.firstValue(name);
      if (value.isEmpty()) {
        if (header.node().path("required").asBoolean(false)) {
          problems.add("response " + status + " lacks the required header " + name);
        }
        continue;
      }
      validate(header.get("schema").pointer(), scalar(resolve(header.get("schema")), value.get()))
          .forEach(e -> problems.add("response header " + name + ": " + e));
    }
    Located content = response.get("content");
    boolean minimal = documentedHeaders != null && documentedHeaders.node().has("Preference-Applied")
        && headers.firstValue("Preference-Applied").isPresent();
    if (content == null || minimal) {
      if (!body.isEmpty()) {
        problems.add("response " + status + " should have no body");
      }
      return;
    }
    String type = mediaType(headers);
    Located media = content.get(type);
    if (media == null) {
      problems.add("response " + status + " has media type " + type + ", documented are " + content.node().propertyNames());
      return;
    }
    checkBody(problems, media.get("schema").pointer(), type, headers, body, "response " + status);
  }

  private void checkBody(List<String> problems, String schemaPointer, String expectedType, HttpHeaders headers, String body, String what) {
    String type = mediaType(headers);
    if (!type.equals(expectedType)) {
      problems.add(what + " has media type " + type + ", expected " + expectedType);
      return;
    }
    JsonNode value;
    if (!type.endsWith("json")) {
      // a text representation (text/html, text/markdown): its schema describes one string
      value = JsonNodeFactory.instance.stringNode(body);
    } else {
      try {
        value = json.readTree(body);
      } catch (RuntimeException e) {
        problems.add(what + " is not JSON: " + e.getMessage());
        return;
      }
    }
    validate(schemaPointer, value).forEach(e -> problems.add(what + ": " + e));
  }

  private static String mediaType(HttpHeaders headers) {
    return headers.firstValue("Content-Type").map(t -> t.split(";")[0].trim().toLowerCase(Locale.ROOT)).orElse("(none)");
  }

  /**
   * @param pointer a JSON pointer to a schema in the document, e.g. {@code /components/schemas/Consultation}
   * @param value the value to check
   * @return the validator's messages; empty if the value matches
   */
  List<String> validate(String pointer, JsonNode value) {
    Schema schema = schemas.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(DOCUMENT_URI + "#" + p)));
    return schema.validate(value).stream().map(Error::toString).toList();
  }

  JsonNode parse(String text) {
    return json.readTree(text);
  }
}
