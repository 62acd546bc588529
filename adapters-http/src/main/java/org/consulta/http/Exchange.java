package org.consulta.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
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

  final HttpServletRequest request;
  final HttpServletResponse response;
  /** Who acts; null only on {@link Router#addOpen open} routes, which do not look at it. */
  final Actor actor;
  final Map<String, String> path;
  private final ObjectMapper mapper;
  private final long maxBodyBytes;

  Exchange(HttpServletRequest request, HttpServletResponse response, Actor actor, Map<String, String> path, ObjectMapper mapper,
      long maxBodyBytes) {
    this.request = request;
    this.response = response;
    this.actor = actor;
    this.path = path;
    this.mapper = mapper;
    this.maxBodyBytes = maxBodyBytes;
  }

  String path(String name) {
    return path.get(name);
  }

  /** The JSON body as an object; strict media type, size limit and syntax. */
  ObjectNode body() {
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).matches("application/json\\s*(;\\s*charset=\"?utf-8\"?\\s*)?")) {
      throw new HttpProblem(415, "unsupported-media-type", "send the body as application/json (UTF-8), not " + (type == null ? "nothing" : type));
    }
    if (request.getContentLengthLong() > maxBodyBytes) {
      throw new HttpProblem(413, "too-large", "the body is larger than " + maxBodyBytes + " bytes");
    }
    byte[] bytes = readLimited();
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
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
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
   * the record is a {@link org.consulta.core.value.Command} (others, e.g. NewWebhook, have no key
   * and would reject the field; the header is ignored for them).
   */
  <T> T command(ObjectNode body, Class<T> type) {
    if (org.consulta.core.value.Command.class.isAssignableFrom(type)) {
      idempotencyKey().ifPresent(key -> body.put("idempotencyKey", key));
    }
    try {
      return mapper.treeToValue(body, type);
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause();
      if (cause instanceof InvalidInputException invalid) {
        throw invalid;
      }
      String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()
          ? m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
              .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body")
          : "body";
      String reason = cause instanceof IllegalArgumentException || cause instanceof NullPointerException
          ? cause.getMessage() : e.getOriginalMessage();
      throw new InvalidInputException(java.util.List.of(new Violation(field, reason == null ? "is invalid" : reason)));
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

  void json(int status, Object value) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    mapper.writeValue(response.getOutputStream(), value);
  }

  void created(String location, Object value) throws IOException {
    response.setHeader("Location", location);
    json(201, value);
  }
}
