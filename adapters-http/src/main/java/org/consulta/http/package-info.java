/**
 * Consulta over HTTP/JSON: {@link org.consulta.http.ConsultaServlet} to mount in any Jakarta
 * Servlet 6 container, {@link org.consulta.http.ConsultaServer} to run standalone on embedded
 * Jetty 12, {@link org.consulta.http.Authenticator} to plug in identity, {@link
 * org.consulta.http.ApiKeys} for staff and integration keys, {@link
 * org.consulta.http.JwtAuthenticator} for an identity provider's bearer tokens, {@link
 * org.consulta.http.RateLimits} for token buckets per caller, and {@link org.consulta.http.Cors}
 * for browser portals on other origins.
 *
 * <p>Error answers are RFC 9457 problem+json. Request bodies: not JSON, truncated, nested deeper
 * than 200, numbers longer than 100 digits or invalid UTF-8 are 400 {@code malformed}; well-formed
 * JSON whose values do not fit the command (wrong types, out-of-range numbers, unknown properties)
 * is 422 {@code invalid-input} naming each field; larger than the limit is 413 {@code too-large},
 * refused from {@code Content-Length} before reading, or after reading just past the limit when
 * chunked. Requests the container itself refuses (CR or NUL in a header, a malformed request
 * line, headers over 8 KiB) get Jetty's plain 400/431/505 and never reach the API.
 */
package org.consulta.http;
