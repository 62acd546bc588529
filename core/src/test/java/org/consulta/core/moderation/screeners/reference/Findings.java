package org.consulta.core.moderation.screeners.reference;

import java.util.ArrayList;
import java.util.List;
import org.consulta.core.contribution.TextSpan;

/**
 * What a screener found, each as a description and a span, turned into an explanation that names
 * the kind and the place ({@code "e-mail address at body[12, 31)"}) and never the text.
 * Single-thread: one per {@code screen} call.
 */
final class Findings {
  /** Beyond this many, the explanation says "and N more" instead of listing each. */
  static final int LISTED = 10;

  private final List<String> descriptions = new ArrayList<>();
  private final List<TextSpan> spans = new ArrayList<>();

  void add(String description, TextSpan span) {
    descriptions.add(description);
    spans.add(span);
  }

  boolean isEmpty() {
    return spans.isEmpty();
  }

  int size() {
    return spans.size();
  }

  List<TextSpan> spans() {
    return List.copyOf(spans);
  }

  /** @return whether a finding so far overlaps {@code span} */
  boolean overlaps(TextSpan span) {
    for (TextSpan s : spans) {
      if (s.overlaps(span)) {
        return true;
      }
    }
    return false;
  }

  String explanation() {
    StringBuilder out = new StringBuilder();
    int listed = Math.min(LISTED, spans.size());
    for (int i = 0; i < listed; i++) {
      if (i > 0) {
        out.append("; ");
      }
      out.append(describe(descriptions.get(i), spans.get(i)));
    }
    if (spans.size() > listed) {
      out.append("; and ").append(spans.size() - listed).append(" more");
    }
    return out.toString();
  }

  static String describe(String description, TextSpan span) {
    return description + " at " + place(span);
  }

  static String place(TextSpan span) {
    return span.field() + "[" + span.start() + ", " + span.end() + ")";
  }

  /** @return the span widened so that it splits no surrogate pair of {@code text} */
  static TextSpan wholeCodePoints(String field, String text, int start, int end) {
    if (start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start)) && Character.isHighSurrogate(text.charAt(start - 1))) {
      start--;
    }
    if (end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
      end++;
    }
    return new TextSpan(field, start, end);
  }
}
