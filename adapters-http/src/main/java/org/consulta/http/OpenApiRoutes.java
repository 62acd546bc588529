package org.consulta.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /v1/openapi.json}: the OpenAPI 3.1 description of every route, open to anyone (no
 * credentials, no tenant). The document is a resource next to this class, read once.
 */
final class OpenApiRoutes {
  static final String PATH = "/v1/openapi.json";
  static final String RESOURCE = "openapi.json";

  private OpenApiRoutes() {}

  static void register(Router router) {
    byte[] document = document();
    router.addOpen("GET", PATH, x -> {
      x.response.setStatus(200);
      x.response.setContentType("application/json");
      x.response.setCharacterEncoding("UTF-8");
      x.response.setContentLength(document.length);
      x.response.getOutputStream().write(document);
    });
  }

  /** @return the document's bytes (UTF-8 JSON) */
  static byte[] document() {
    try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing next to " + OpenApiRoutes.class.getName());
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
