package org.consulta.core.moderation.screeners.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds e-mail addresses: a local part, {@code @}, and a domain of at least two dot-separated
 * labels whose last label (the top-level domain) is two or more letters. So "user@localhost",
 * "foo@bar", "@Override" and "x@1.2" are not addresses; "foo@bar.baz" is (shape alone decides).
 * Scans outwards from each {@code @} rather than by regex, so it is linear in the text.
 */
final class EmailAddresses {
  private EmailAddresses() {}

  /** @return the {@code [start, end)} ranges of the addresses in the text */
  static List<int[]> find(String text) {
    List<int[]> found = new ArrayList<>();
    int at = text.indexOf('@');
    while (at >= 0) {
      int start = at;
      while (start > 0 && isLocal(text.charAt(start - 1))) {
        start--;
      }
      while (start < at && text.charAt(start) == '.') {
        start++;
      }
      int end = at + 1;
      while (end < text.length() && isDomain(text.charAt(end))) {
        end++;
      }
      int domainEnd = start < at ? domainEnd(text, at + 1, end) : -1;
      if (domainEnd > 0) {
        found.add(new int[] {start, domainEnd});
      }
      at = text.indexOf('@', Math.max(at + 1, domainEnd));
    }
    return found;
  }

  private static boolean isLocal(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static boolean isDomain(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '-';
  }

  /**
   * @return the end of the longest valid domain in {@code [from, to)}: labels of letters, digits
   *     and inner hyphens, at least two, the last all letters and two or more long; or -1
   */
  private static int domainEnd(String text, int from, int to) {
    List<int[]> labels = new ArrayList<>();
    int labelStart = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == '.') {
        if (!validLabel(text, labelStart, i)) {
          break;
        }
        labels.add(new int[] {labelStart, i});
        labelStart = i + 1;
      }
    }
    // drop trailing labels until the last one is a top-level domain ("mail.example.com.2024")
    while (labels.size() >= 2) {
      int[] tld = labels.get(labels.size() - 1);
      if (isTopLevel(text, tld[0], tld[1])) {
        return tld[1];
      }
      labels.remove(labels.size() - 1);
    }
    return -1;
  }

  private static boolean validLabel(String text, int start, int end) {
    return end > start && end - start <= 63 && text.charAt(start) != '-' && text.charAt(end - 1) != '-';
  }

  private static boolean isTopLevel(String text, int start, int end) {
    if (end - start < 2) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (!Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
