package org.consulta.http;

import java.util.UUID;
import java.util.function.Function;
import org.consulta.core.error.NotFoundException;

/** Path ids: a malformed id names nothing that exists, so it is a 404 like any unknown id. */
final class Ids {
  private Ids() {}

  static <T> T parse(String text, String resource, Function<UUID, T> make) {
    try {
      return make.apply(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new NotFoundException(resource, text.length() > 40 ? text.substring(0, 40) + "..." : text);
    }
  }
}
