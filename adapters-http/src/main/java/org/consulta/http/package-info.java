/**
 * Consulta over HTTP/JSON: {@link org.consulta.http.ConsultaServlet} to mount in any Jakarta
 * Servlet 6 container, {@link org.consulta.http.ConsultaServer} to run standalone on embedded
 * Jetty 12, {@link org.consulta.http.Authenticator} to plug in identity, and {@link
 * org.consulta.http.ApiKeys} for staff and integration keys.
 */
package org.consulta.http;
