package org.consulta.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consulta.core.access.Actor;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violation;
import org.consulta.core.value.Cursor;
import org.consulta.core.value.PageRequest;

/** One request and its response, with the acting actor and the path's parameters. Single-thread. */
final class Exchange {
  private static final Pattern ETAG = Pattern.compile("\\s*(?:W/)?\"v(\\d{1,18})\"\\s*");
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,128}");
  private static final Pattern JSON_TYPE = Pattern.compile("application/json\\s*(;\\s*charset=\"?utf-8\"?\\s*)?", Pattern.CASE_INSENSITIVE);
  private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

  final HttpServletRequest request;
  final HttpServletResponse response;
  /** Who acts; null only on {@link Router#addOpen open} routes, which do not look at it. */
  final Actor actor;
  final Map<String, String> path;
  private final ObjectMapper mapper;
  private final Codecs readers;
  private final Codecs writers;
  private final long maxBodyBytes;

  Exchange(HttpServletRequest request, HttpServletResponse response, Actor actor, Map<String, String> path, Codecs codecs,
      long maxBodyBytes) {
    this.request = request;
    this.response = response;
    this.actor = actor;
    this.path = path;
    this.mapper = codecs.mapper();
    this.readers = codecs;
    this.writers = codecs;
    this.maxBodyBytes = maxBodyBytes;
  }

  String path(String name) {
    return path.get(name);
  }

  /** The servlet's hardened mapper. */
  ObjectMapper mapper() {
    return mapper;
  }

  /** The JSON body as an object; strict media type, size limit and syntax. */
  ObjectNode body() {
    return tree(bodyBytes());
  }

  /**
   * As {@link #body()}, but a request with neither a body (Content-Length 0, or neither it nor
   * Transfer-Encoding) nor a Content-Type is an empty object: for commands whose every field is
   * optional.
   */
  ObjectNode bodyOrEmpty() {
    long length = request.getContentLengthLong();
    boolean noBody = length == 0 || length < 0 && request.getHeader("Transfer-Encoding") == null;
    if (request.getContentType() == null && noBody) {
      return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }
    return body();
  }

  /** The body's bytes, after the media type and size checks. */
  private byte[] bodyBytes() {
    String type = request.getContentType();
    if (type == null || !JSON_TYPE.matcher(type).matches()) {
      throw new HttpProblem(415, "unsupported-media-type", "send the body as application/json (UTF-8), not " + (type == null ? "nothing" : type));
    }
    if (request.getContentLengthLong() > maxBodyBytes) {
      throw new HttpProblem(413, "too-large", "the body is larger than " + maxBodyBytes + " bytes");
    }
    return readLimited();
  }

  private ObjectNode tree(byte[] bytes) {
    try {
      JsonNode node = mapper.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw new HttpProblem(400, "malformed", "the body must be one JSON object");
      }
      return (ObjectNode) node;
    } catch (JsonProcessingException e) {
      throw new HttpProblem(400, "malformed", "the body is not valid JSON: " + brief(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new HttpProblem(400, "malformed", "the body could not be read");
    }
  }

  /** A parser message, cut short and printable: it may quote the hostile input. */
  private static String brief(String message) {
    String m = message == null ? "syntax error" : message;
    return (m.length() > 200 ? m.substring(0, 200) + "..." : m).replaceAll("[^\\x20-\\x7e]", "?");
  }

  private byte[] readLimited() {
    try (InputStream in = request.getInputStream()) {
      long declared = request.getContentLengthLong();
      ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 256);
      byte[] buffer = new byte[declared > 0 ? (int) Math.min(8192, declared + 1) : 8192];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) != -1) {
        total += n;
        if (total > maxBodyBytes) {
          throw new HttpProblem(413, "too-large", "the body is larger than " + maxBodyBytes + " bytes");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new HttpProblem(400, "malformed", "the body could not be read");
    }
  }

  /**
   * Converts a JSON object into a record, adding the request's Idempotency-Key when it has one and
   * the record is a {@link org.consulta.core.value.Command} (other records, e.g. a route's body
   * shape, have no key and would reject the field; the header is ignored for them).
   */
  <T> T command(ObjectNode body, Class<T> type) {
    if (org.consulta.core.value.Command.class.isAssignableFrom(type)) {
      idempotencyKey().ifPresent(key -> body.put("idempotencyKey", key));
    }
    try {
      return readers.reader(type).readValue(body);
    } catch (IOException e) {
      throw invalid(e);
    }
  }

  /**
   * The JSON body, checked as {@link #body()} checks it, but as a buffer of its tokens rather than
   * a tree: cheaper to build, and bound by {@link #command(Parsed, Class, Map)}.
   */
  Parsed parsed() {
    byte[] bytes = bodyBytes();
    try (JsonParser parser = mapper.createParser(bytes)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new HttpProblem(400, "malformed", "the body must be one JSON object");
      }
      TokenBuffer tokens = new TokenBuffer(parser);
      tokens.writeStartObject();
      Set<String> names = new java.util.HashSet<>();
      boolean repeats = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        repeats |= !names.add(parser.currentName());
        tokens.copyCurrentStructure(parser);
      }
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw new HttpProblem(400, "malformed", "the body is not valid JSON: Trailing token (of type " + trailing + ") found after value");
      }
      return new Parsed(bytes, tokens, names, repeats);
    } catch (JsonProcessingException e) {
      throw new HttpProblem(400, "malformed", "the body is not valid JSON: " + brief(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new HttpProblem(400, "malformed", "the body could not be read");
    }
  }

  /** A body's bytes and its top-level fields' tokens (the object left open); single use. */
  static final class Parsed {
    private final byte[] bytes;
    private final TokenBuffer tokens;
    private final Set<String> names;
    private final boolean repeats;

    private Parsed(byte[] bytes, TokenBuffer tokens, Set<String> names, boolean repeats) {
      this.bytes = bytes;
      this.tokens = tokens;
      this.names = names;
      this.repeats = repeats;
    }
  }

  /**
   * Binds a parsed body into a record with some fields set, e.g. from the path, and for a {@link
   * org.consulta.core.value.Command} the Idempotency-Key: the same answer as {@link
   * #command(ObjectNode, Class)} on the body's tree after those {@code put}s. When the body itself
   * names one of those fields, or a field twice, it takes that tree path (there the last one wins).
   */
  <T> T command(Parsed body, Class<T> type, Map<String, String> fields) {
    Map<String, String> set = fields;
    if (org.consulta.core.value.Command.class.isAssignableFrom(type)) {
      Optional<String> key = idempotencyKey();
      if (key.isPresent()) {
        set = new java.util.LinkedHashMap<>(fields);
        set.put("idempotencyKey", key.get());
      }
    }
    if (body.repeats || set.keySet().stream().anyMatch(body.names::contains)) {
      ObjectNode tree = tree(body.bytes);
      fields.forEach(tree::put);
      return command(tree, type);
    }
    try {
      for (Map.Entry<String, String> e : set.entrySet()) {
        body.tokens.writeStringField(e.getKey(), e.getValue());
      }
      body.tokens.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("a token buffer failed", e);
    }
    try (JsonParser parser = body.tokens.asParser(mapper)) {
      return readers.reader(type).readValue(parser);
    } catch (IOException e) {
      throw invalid(e);
    }
  }

  /** A binding failure as invalid input (422), naming the field. */
  private static RuntimeException invalid(IOException io) {
    if (!(io instanceof JsonProcessingException e)) {
      return new HttpProblem(400, "malformed", "the body could not be read");
    }
    {
      Throwable cause = e.getCause();
      if (cause instanceof InvalidInputException invalid) {
        return invalid;
      }
      String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()
          ? m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
              .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body")
          : "body";
      String reason = cause instanceof IllegalArgumentException || cause instanceof NullPointerException
          ? cause.getMessage() : e.getOriginalMessage();
      return new InvalidInputException(java.util.List.of(new Violation(field, reason == null ? "is invalid" : reason)));
    }
  }

  Optional<String> idempotencyKey() {
    String key = request.getHeader("Idempotency-Key");
    if (key == null) {
      return Optional.empty();
    }
    if (!KEY.matcher(key).matches()) {
      throw new HttpProblem(400, "malformed", "Idempotency-Key must be 1..128 printable ASCII characters");
    }
    return Optional.of(key);
  }

  /** The version an {@code If-Match: "v3"} header names. */
  OptionalLong ifMatch() {
    String header = request.getHeader("If-Match");
    if (header == null) {
      return OptionalLong.empty();
    }
    Matcher m = ETAG.matcher(header);
    if (!m.matches()) {
      throw new HttpProblem(400, "malformed", "If-Match must be an ETag this API returned, e.g. \"v3\"");
    }
    return OptionalLong.of(Long.parseLong(m.group(1)));
  }

  boolean hasIfMatch() {
    return request.getHeader("If-Match") != null;
  }

  Optional<String> query(String name) {
    String value = request.getParameter(name);
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  PageRequest page() {
    int limit = PageRequest.DEFAULT_LIMIT;
    Optional<String> text = query("limit");
    if (text.isPresent()) {
      try {
        limit = Integer.parseInt(text.get());
      } catch (NumberFormatException e) {
        limit = -1;
      }
      if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
        throw new InvalidInputException(java.util.List.of(new Violation("limit", "must be 1.." + PageRequest.MAX_LIMIT)));
      }
    }
    Optional<Cursor> after = query("after").map(token -> {
      try {
        return new Cursor(token);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(java.util.List.of(new Violation("after", "is not a cursor returned by this listing")));
      }
    });
    return new PageRequest(after, limit);
  }

  void etag(long version) {
    response.setHeader("ETag", "\"v" + version + "\"");
  }

  /**
   * Writes a success: the value as JSON, or, when a POST, PUT or PATCH asked for {@code Prefer:
   * return=minimal} (RFC 7240), no body and {@code Preference-Applied: return=minimal}.
   */
  void json(int status, Object value) throws IOException {
    json(status, value, true);
  }

  private void json(int status, Object value, boolean mayOmit) throws IOException {
    response.setStatus(status);
    if (mayOmit && status < 300 && prefersMinimal()) {
      response.setHeader("Preference-Applied", "return=minimal");
      response.setContentLength(0);
      return;
    }
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    writers.writer(value.getClass()).writeValue(response.getOutputStream(), value);
  }

  /** Whether the request is a POST, PUT or PATCH whose Prefer header includes {@code return=minimal}. */
  boolean prefersMinimal() {
    if (!BODY_METHODS.contains(request.getMethod())) {
      return false;
    }
    for (java.util.Enumeration<String> headers = request.getHeaders("Prefer"); headers != null && headers.hasMoreElements(); ) {
      for (String preference : headers.nextElement().split(",")) {
        int semicolon = preference.indexOf(';');
        String token = (semicolon < 0 ? preference : preference.substring(0, semicolon)).strip().toLowerCase(java.util.Locale.ROOT);
        if (token.equals("return=minimal") || token.equals("return=\"minimal\"")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Writes 204 No Content. */
  void noContent() {
    response.setStatus(204);
  }

  void created(String location, Object value) throws IOException {
    response.setHeader("Location", location);
    json(201, value);
  }

  /** As {@link #created}, but always with the body: it holds what cannot be read again (a secret). */
  void createdWithBody(String location, Object value) throws IOException {
    response.setHeader("Location", location);
    json(201, value, false);
  }
}
