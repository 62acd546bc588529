package org.consulta.core.moderation.screeners.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds phone numbers. A candidate is a run of digit groups joined by short separators (a space,
 * {@code . - /}, parentheses: "+44 (0)20 7946 0958", "(212) 555-0147", "0221/1234567"); it is a
 * phone number if it is
 *
 * <ul>
 *   <li>international: {@code +} or {@code 00}, then 8 to 15 digits starting with 1 to 9 (E.164);
 *   <li>national with a trunk zero (UK, FR, DE and most of Europe): one {@code 0}, then a digit
 *       other than 0, 10 to 12 digits in all (9 when written in groups: "089 123456");
 *   <li>North American: 10 digits in groups of 3, 3 and 4, the area code starting with 2 to 9,
 *       optionally after a {@code 1}: "(212) 555-0147", "212.555.0147", "1 212 555 0147".
 * </ul>
 *
 * <p>So dates ("12.03.2024", "2024-03-12", "12/03/2024": a date shape inside a candidate rules it
 * out), times, years, version numbers, amounts and thousands-grouped counts ("1 234 567 890"
 * starts with 1 and is grouped 1-3-3-3) are not phone numbers. A solid 10-digit number starting
 * with 0 is taken for one (better masked than published). When groups run on past a number, the
 * longest valid prefix at a group boundary is taken; when a candidate fails, the runs starting
 * after each space inside it are tried.
 */
final class PhoneNumbers {
  /** Possessive quantifiers: no backtracking, so the scan stays linear. */
  private static final Pattern CANDIDATE = Pattern.compile(
      "(?<![\\p{L}\\p{N}+.,/-])(?:\\+|\\(\\+?)?\\d++(?:(?:\\)[ \\u00A0]?|[ \\u00A0]?\\(|[ \\u00A0]?[./-][ \\u00A0]?|[ \\u00A0])\\d++)*+");
  private static final Pattern DATE = Pattern.compile(
      "(?<!\\d)(?:\\d{1,2}([./-])\\d{1,2}\\1(?:19|20)\\d\\d|(?:19|20)\\d\\d([./-])\\d{1,2}\\2\\d{1,2})(?!\\d)");
  private static final Pattern NORTH_AMERICAN = Pattern.compile(
      "(?:\\+?1[ .-]?)?(?:\\([2-9]\\d\\d\\)[ \\u00A0]?|[2-9]\\d\\d[ \\u00A0.-])\\d{3}[ \\u00A0.-]\\d{4}");

  private PhoneNumbers() {}

  /** @return the {@code [start, end)} ranges of the phone numbers in the text */
  static List<int[]> find(String text) {
    List<int[]> found = new ArrayList<>();
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      // digit groups after "DE89 " are an IBAN-shaped string, valid or not, never a phone number
      int from = AccountNumbers.followsIbanPrefix(text, m.start()) ? -1 : m.start();
      while (from >= 0) {
        int end = longestNumber(text, from, m.end());
        if (end > 0) {
          found.add(new int[] {from, end});
          from = nextStart(text, end, m.end());
        } else {
          from = nextStart(text, from, m.end());
        }
      }
    }
    return found;
  }

  /** @return the first digit after a space in {@code (from, to)}, or -1 */
  private static int nextStart(String text, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      char c = text.charAt(i);
      if ((c == '+' || c == '(' || isDigit(c)) && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00A0')) {
        return i;
      }
    }
    return -1;
  }

  /** @return the end of the longest phone number starting at {@code from} and ending at a group end within {@code to}, or -1 */
  private static int longestNumber(String text, int from, int to) {
    for (int end = to; end > from; end--) {
      boolean groupEnd = isDigit(text.charAt(end - 1)) && (end == text.length() || !isDigit(text.charAt(end)));
      if (groupEnd && isPhoneNumber(text, from, end)) {
        int close = end < text.length() && text.charAt(end) == ')' && text.lastIndexOf('(', end) >= from ? end + 1 : end;
        if (close == text.length() || !Character.isLetterOrDigit(text.charAt(close))) {
          return close;
        }
      }
    }
    return -1;
  }

  private static boolean isPhoneNumber(String text, int from, int end) {
    String candidate = text.substring(from, end);
    if (DATE.matcher(candidate).find()) {
      return false;
    }
    StringBuilder digits = new StringBuilder();
    int groups = 0;
    for (int i = 0; i < candidate.length(); i++) {
      char c = candidate.charAt(i);
      if (isDigit(c)) {
        if (i == 0 || !isDigit(candidate.charAt(i - 1))) {
          groups++;
        }
        digits.append(c);
      }
    }
    int n = digits.length();
    String leading = candidate.replaceFirst("^\\(", "");
    if (leading.startsWith("+")) {
      return digits.charAt(0) != '0' && n >= 8 && n <= 15;
    }
    if (digits.charAt(0) == '0' && n > 2 && digits.charAt(1) == '0') {
      return digits.charAt(2) != '0' && n - 2 >= 8 && n - 2 <= 15;
    }
    if (digits.charAt(0) == '0') {
      return (n >= 10 && n <= 12) || (n == 9 && groups >= 2);
    }
    return NORTH_AMERICAN.matcher(candidate).matches();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
