package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A run of text for a {@link ReportSink}: plain or strong, with the language it is in when that
 * differs from the page's, or a progress value. Sinks escape every span; none carries markup.
 *
 * @param text the text, unescaped
 * @param lang its language when it differs from the page language
 * @param strong whether it is emphasised (labels)
 * @param progress a 0..100 value to show as a progress bar too (HTML), if any
 */
record Span(String text, Optional<String> lang, boolean strong, Optional<Double> progress) {
  Span {
    requireNonNull(text, "text");
    requireNonNull(lang, "lang");
    requireNonNull(progress, "progress");
  }

  static Span plain(String text) {
    return new Span(text, Optional.empty(), false, Optional.empty());
  }

  static Span strong(String text) {
    return new Span(text, Optional.empty(), true, Optional.empty());
  }

  static Span progress(String text, double value) {
    return new Span(text, Optional.empty(), false, Optional.of(value));
  }
}
