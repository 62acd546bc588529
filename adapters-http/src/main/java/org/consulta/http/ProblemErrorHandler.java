package org.consulta.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own rejections, made before any servlet runs (a malformed request line, CR or NUL in a
 * header, headers too large, an unknown HTTP version), as RFC 9457 problem+json of the same shape
 * as the servlet's {@link Problems} instead of Jetty's HTML page. Thread-safe.
 */
final class ProblemErrorHandler extends ErrorHandler {
  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback)
      throws IOException {
    Problems.Problem problem = Problems.of(code, kind(code), Problems.title(code), detail(code, message));
    byte[] body = mapper.writeValueAsBytes(problem.body());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE + ";charset=utf-8");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  static String kind(int code) {
    return switch (code) {
      case 413 -> "too-large";
      case 414 -> "uri-too-long";
      case 431 -> "header-too-large";
      case 505 -> "http-version-not-supported";
      default -> code >= 500 ? "server-error" : "malformed";
    };
  }

  /** Jetty's reason, printable and short: it may quote the hostile input. */
  private static String detail(int code, String message) {
    String reason = message == null || message.isBlank() ? "the request was rejected before it reached the API" : message;
    reason = reason.length() > 200 ? reason.substring(0, 200) + "..." : reason;
    return reason.replaceAll("[^\\x20-\\x7e]", "?") + " (HTTP " + code + ")";
  }
}
