package org.consulta.core.consultation;

import static java.util.Objects.requireNonNull;

import org.consulta.core.value.LocalizedText;

/**
 * A question the consultation asks.
 *
 * @param key stable key ([a-z][a-z0-9_]{0,63}), referenced by contributions answering it
 * @param text the question
 */
public record Question(String key, LocalizedText text) {
  public Question {
    requireNonNull(key, "key");
    requireNonNull(text, "text");
    if (!key.matches("[a-z][a-z0-9_]{0,63}")) {
      throw new IllegalArgumentException("a question key is [a-z][a-z0-9_]{0,63}, was '" + key + "'");
    }
  }
}
