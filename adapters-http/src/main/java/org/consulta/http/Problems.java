package org.consulta.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.consulta.core.error.AccessDeniedException;
import org.consulta.core.error.ConflictException;
import org.consulta.core.error.ConsultaException;
import org.consulta.core.error.IdempotencyKeyReusedException;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.RateLimitedException;
import org.consulta.core.error.StoreException;
import org.consulta.core.error.Violation;

/**
 * RFC 9457 problem details: one stable {@code type} URI per error kind ({@value #TYPE_BASE} plus the
 * kind, e.g. {@code .../not-found}), the HTTP status, a title, a detail and, for invalid input, every
 * violated field.
 */
final class Problems {
  static final String TYPE_BASE = "https://consulta.dev/problems/";
  static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  /** A status and a body. */
  record Problem(int status, ObjectNode body) {}

  static Problem of(int status, String kind, String title, String detail) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("type", TYPE_BASE + kind);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    return new Problem(status, body);
  }

  static Problem of(HttpProblem e) {
    return of(e.status, e.kind, title(e.status), e.getMessage());
  }

  /**
   * @param e an engine error
   * @param anonymous whether the request carried no credentials (then "access denied" is a 401)
   * @param viaIfMatch whether the request carried If-Match (then a version conflict is a 412)
   */
  static Problem of(ConsultaException e, boolean anonymous, boolean viaIfMatch) {
    int status = status(e, anonymous, viaIfMatch);
    Problem p = of(status, status == 401 && !(e instanceof AuthenticationException) ? "unauthenticated" : e.kind(), title(status), e.getMessage());
    if (e instanceof InvalidInputException invalid) {
      ArrayNode violations = p.body().putArray("violations");
      for (Violation v : invalid.violations()) {
        violations.addObject().put("field", v.field()).put("reason", v.reason());
      }
    }
    return p;
  }

  private static int status(ConsultaException e, boolean anonymous, boolean viaIfMatch) {
    if (e instanceof AuthenticationException) {
      return 401;
    }
    if (e instanceof NotFoundException) {
      return 404;
    }
    if (e instanceof AccessDeniedException) {
      return anonymous ? 401 : 403;
    }
    if (e instanceof InvalidInputException || e instanceof IdempotencyKeyReusedException) {
      return 422;
    }
    if (e instanceof org.consulta.core.error.VersionConflictException && viaIfMatch) {
      return 412;
    }
    if (e instanceof ConflictException) {
      return 409;
    }
    if (e instanceof RateLimitedException) {
      return 429;
    }
    if (e instanceof StoreException) {
      return 503;
    }
    return 500;
  }

  static String title(int status) {
    return switch (status) {
      case 400 -> "Malformed request";
      case 401 -> "Unauthenticated";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 406 -> "Not acceptable";
      case 409 -> "Conflict";
      case 412 -> "Precondition failed";
      case 413 -> "Request too large";
      case 414 -> "URI too long";
      case 415 -> "Unsupported media type";
      case 422 -> "Invalid input";
      case 429 -> "Too many requests";
      case 431 -> "Request headers too large";
      case 503 -> "Service unavailable";
      case 505 -> "HTTP version not supported";
      default -> "Server error";
    };
  }
}
