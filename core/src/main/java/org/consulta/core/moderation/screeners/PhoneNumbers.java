package org.consulta.core.moderation.screeners;

import java.util.ArrayList;
import java.util.List;
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
 *
 * <p>Candidates and dates are found by scanning the characters (the patterns they follow are
 * spelled out at {@link #candidateEnd} and {@link #containsDate}); only the North American shape
 * is a regular expression, tried on candidates of 10 or 11 digits.
 */
final class PhoneNumbers {
  private static final Pattern NORTH_AMERICAN = Pattern.compile(
      "(?:\\+?1[ .-]?)?(?:\\([2-9]\\d\\d\\)[ \\u00A0]?|[2-9]\\d\\d[ \\u00A0.-])\\d{3}[ \\u00A0.-]\\d{4}");

  private PhoneNumbers() {}

  /** @return the {@code [start, end)} ranges of the phone numbers in the text */
  static List<int[]> find(String text) {
    List<int[]> found = new ArrayList<>();
    int p = 0;
    while (p < text.length()) {
      int candidateEnd = candidateEnd(text, p);
      if (candidateEnd < 0) {
        p++;
        continue;
      }
      // digit groups after "DE89 " are an IBAN-shaped string, valid or not, never a phone number
      int from = AccountNumbers.followsIbanPrefix(text, p) ? -1 : p;
      while (from >= 0) {
        int end = longestNumber(text, from, candidateEnd);
        if (end > 0) {
          found.add(new int[] {from, end});
          from = nextStart(text, end, candidateEnd);
        } else {
          from = nextStart(text, from, candidateEnd);
        }
      }
      p = candidateEnd;
    }
    return found;
  }

  /**
   * The candidate starting at {@code p}, as the regular expression {@code
   * (?<![\p{L}\p{N}+.,/-])(?:\+|\(\+?)?\d++(?:SEP\d++)*+} would find it, where SEP is one of
   * {@code \)S?}, {@code S?\(}, {@code S?[./-]S?} or {@code S}, and S a space or no-break space.
   *
   * @return the end of the candidate starting at {@code p}, or -1 if none starts there
   */
  static int candidateEnd(String text, int p) {
    char c = text.charAt(p);
    int digits;
    if (isDigit(c)) {
      digits = p;
    } else if (c == '+') {
      digits = p + 1;
    } else if (c == '(') {
      digits = p + 2 < text.length() && text.charAt(p + 1) == '+' && isDigit(text.charAt(p + 2)) ? p + 2 : p + 1;
    } else {
      return -1;
    }
    if (digits >= text.length() || !isDigit(text.charAt(digits)) || (p > 0 && joinsCandidate(text.charAt(p - 1)))) {
      return -1;
    }
    int end = digitsEnd(text, digits);
    while (true) {
      // a separator is all the non-digits (at most 3) up to the next digit: one reading at most fits
      int next = end;
      while (next < text.length() && next - end < 3 && !isDigit(text.charAt(next))) {
        next++;
      }
      if (next == end || next == text.length() || !isDigit(text.charAt(next)) || !isSeparator(text, end, next)) {
        return end;
      }
      end = digitsEnd(text, next);
    }
  }

  /** @return whether a candidate may not start after the character ({@code [\p{L}\p{N}+.,/-]}; a lone surrogate is neither) */
  private static boolean joinsCandidate(char c) {
    if (c < 0x80) {
      return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '+' || c == '.' || c == ',' || c == '/' || c == '-';
    }
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** @return whether {@code [from, to)} is a separator between digit groups: {@code \)S?}, {@code S?\(}, {@code S?[./-]S?} or {@code S} */
  private static boolean isSeparator(String text, int from, int to) {
    char a = text.charAt(from);
    return switch (to - from) {
      case 1 -> a == ')' || a == '(' || isMark(a) || isSpace(a);
      case 2 -> {
        char b = text.charAt(from + 1);
        yield (a == ')' && isSpace(b)) || (isSpace(a) && b == '(') || (isSpace(a) && isMark(b)) || (isMark(a) && isSpace(b));
      }
      case 3 -> isSpace(a) && isMark(text.charAt(from + 1)) && isSpace(text.charAt(from + 2));
      default -> false;
    };
  }

  private static int digitsEnd(String text, int i) {
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0';
  }

  private static boolean isMark(char c) {
    return c == '.' || c == '/' || c == '-';
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
    int n = 0;
    int groups = 0;
    char first = 0;
    char second = 0;
    char third = 0;
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        if (i == from || !isDigit(text.charAt(i - 1))) {
          groups++;
        }
        if (n == 0) {
          first = c;
        } else if (n == 1) {
          second = c;
        } else if (n == 2) {
          third = c;
        }
        n++;
      }
    }
    if (containsDate(text, from, end)) {
      return false;
    }
    boolean plus = text.charAt(from) == '+' || (text.charAt(from) == '(' && from + 1 < end && text.charAt(from + 1) == '+');
    if (plus) {
      return first != '0' && n >= 8 && n <= 15;
    }
    if (first == '0' && n > 2 && second == '0') {
      return third != '0' && n - 2 >= 8 && n - 2 <= 15;
    }
    if (first == '0') {
      return (n >= 10 && n <= 12) || (n == 9 && groups >= 2);
    }
    // the North American shape has 10 digits, or 11 after a 1
    return (n == 10 || n == 11) && NORTH_AMERICAN.matcher(text).region(from, end).matches();
  }

  /**
   * Whether {@code [from, to)} holds a date, as {@code
   * (?<!\d)(?:\d{1,2}([./-])\d{1,2}\1(?:19|20)\d\d|(?:19|20)\d\d([./-])\d{1,2}\2\d{1,2})(?!\d)} would
   * find one in that substring: day-month-year or year-month-day with one separator kind.
   */
  static boolean containsDate(String text, int from, int to) {
    for (int p = from; p < to; p++) {
      if (isDigit(text.charAt(p)) && (p == from || !isDigit(text.charAt(p - 1))) && (dayFirstAt(text, p, to) || yearFirstAt(text, p, to))) {
        return true;
      }
    }
    return false;
  }

  /** @return whether {@code d{1,2} S d{1,2} S (19|20)dd}, S one of {@code ./-}, and then no digit, starts at {@code p} */
  private static boolean dayFirstAt(String text, int p, int to) {
    for (int a = 1; a <= 2; a++) {
      if (!digitsAt(text, p, a, to) || p + a >= to || !isMark(text.charAt(p + a))) {
        continue;
      }
      char separator = text.charAt(p + a);
      int q = p + a + 1;
      for (int b = 1; b <= 2; b++) {
        if (digitsAt(text, q, b, to) && q + b < to && text.charAt(q + b) == separator && centuryAt(text, q + b + 1, to)
            && noDigitAt(text, q + b + 5, to)) {
          return true;
        }
      }
    }
    return false;
  }

  /** @return whether {@code (19|20)dd S d{1,2} S d{1,2}}, S one of {@code ./-}, and then no digit, starts at {@code p} */
  private static boolean yearFirstAt(String text, int p, int to) {
    if (!centuryAt(text, p, to) || p + 4 >= to || !isMark(text.charAt(p + 4))) {
      return false;
    }
    char separator = text.charAt(p + 4);
    int q = p + 5;
    for (int b = 1; b <= 2; b++) {
      if (digitsAt(text, q, b, to) && q + b < to && text.charAt(q + b) == separator) {
        int r = q + b + 1;
        for (int c = 1; c <= 2; c++) {
          if (digitsAt(text, r, c, to) && noDigitAt(text, r + c, to)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** @return whether a four-digit year 19dd or 20dd lies at {@code [p, p + 4)} within {@code to} */
  private static boolean centuryAt(String text, int p, int to) {
    return digitsAt(text, p, 4, to)
        && ((text.charAt(p) == '1' && text.charAt(p + 1) == '9') || (text.charAt(p) == '2' && text.charAt(p + 1) == '0'));
  }

  private static boolean digitsAt(String text, int p, int count, int to) {
    if (p + count > to) {
      return false;
    }
    for (int i = p; i < p + count; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean noDigitAt(String text, int p, int to) {
    return p >= to || !isDigit(text.charAt(p));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
