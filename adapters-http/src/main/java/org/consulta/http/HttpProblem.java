package org.consulta.http;

/** A request the HTTP layer refuses before it reaches the engine (malformed, too large, wrong media type...). */
final class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final int status;
  final String kind;

  HttpProblem(int status, String kind, String detail) {
    super(detail);
    this.status = status;
    this.kind = kind;
  }
}
