package org.consulta.core.json;

import java.util.List;
import java.util.function.BiConsumer;
import org.consulta.core.expectation.PromiseStatement;

/** Samples of the promise statement, added to {@link Samples}. */
final class PromiseSamples {
  private PromiseSamples() {}

  static void values(BiConsumer<String, Object> add) {
    add.accept("full", new PromiseStatement("fr", List.of(
        "Nous répondrons à chaque contribution dans un délai de 10 jours ouvrés.",
        "Une décision sera prise au plus tard le 12 mars 2027.")));
    add.accept("minimal", new PromiseStatement("en", List.of()));
  }
}
