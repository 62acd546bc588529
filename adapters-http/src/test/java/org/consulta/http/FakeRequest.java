package org.consulta.http;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** A request with just headers, a method, a path and attributes, for authenticators. */
final class FakeRequest {
  private FakeRequest() {}

  static HttpServletRequest of(String method, String path, String... headers) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < headers.length; i += 2) {
      values.put(headers[i].toLowerCase(java.util.Locale.ROOT), headers[i + 1]);
    }
    Map<String, Object> attributes = new HashMap<>();
    return (HttpServletRequest) Proxy.newProxyInstance(FakeRequest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
        (proxy, m, args) -> switch (m.getName()) {
          case "getHeader" -> values.get(((String) args[0]).toLowerCase(java.util.Locale.ROOT));
          case "getMethod" -> method;
          case "getServletPath" -> path;
          case "getPathInfo" -> null;
          case "getRemoteAddr" -> "127.0.0.1";
          case "setAttribute" -> attributes.put((String) args[0], args[1]);
          case "getAttribute" -> attributes.get((String) args[0]);
          case "toString" -> method + " " + path;
          default -> throw new UnsupportedOperationException(m.getName());
        });
  }
}
