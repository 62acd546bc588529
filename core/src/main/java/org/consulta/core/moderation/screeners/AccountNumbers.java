package org.consulta.core.moderation.screeners;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds IBANs and payment card numbers by shape and checksum, so most look-alikes fail.
 *
 * <p>An IBAN is a known country code, two check digits and the country's number of letters and
 * digits, written solid or in groups separated by single spaces, passing the ISO 13616 mod-97
 * check. Countries outside {@link #IBAN_LENGTHS} are not recognised.
 *
 * <p>A card number is 13 to 19 digits, solid or in groups separated by single spaces or dashes,
 * of a length its first digits allow (the major networks: Visa 4 with 13, 16 or 19 digits, Amex
 * 34/37 with 15, Diners 30/36/38 with 14, Mastercard 2/5, JCB 35, Discover and UnionPay 6 with 16
 * to 19), passing the Luhn check, and not the rest of an IBAN-shaped string ("DE89 3704 ... 01" with a bad
 * checksum). When groups run on past a card number ("4111 1111 1111 1111 2024"),
 * the longest Luhn-valid run of whole groups is taken, starting at the first group that gives one.
 */
final class AccountNumbers {
  /** IBAN lengths by country (the SWIFT registry's, for the countries most likely met). */
  static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
      Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28), Map.entry("BA", 20),
      Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BR", 29), Map.entry("CH", 21), Map.entry("CR", 22),
      Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("DO", 28), Map.entry("EE", 20),
      Map.entry("EG", 29), Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22),
      Map.entry("GE", 22), Map.entry("GI", 23), Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("GT", 28), Map.entry("HR", 21),
      Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("JO", 30),
      Map.entry("KW", 30), Map.entry("KZ", 20), Map.entry("LB", 28), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
      Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("MR", 27),
      Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PK", 24), Map.entry("PL", 28),
      Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29), Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("SA", 24),
      Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("TN", 24), Map.entry("TR", 26),
      Map.entry("UA", 29), Map.entry("VA", 22), Map.entry("VG", 24), Map.entry("XK", 20));

  private AccountNumbers() {}

  /** @return the {@code [start, end)} ranges of the IBANs in the text */
  static List<int[]> ibans(String text) {
    List<int[]> found = new ArrayList<>();
    int n = text.length();
    for (int i = 0; i + 4 <= n; i++) {
      // the digits first: they rule out most places at once
      if (!isAsciiDigit(text.charAt(i + 2)) || !isAsciiDigit(text.charAt(i + 3)) || !isAsciiLetter(text.charAt(i))
          || !isAsciiLetter(text.charAt(i + 1)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        continue;
      }
      Integer length = IBAN_LENGTHS.get(text.substring(i, i + 2).toUpperCase(java.util.Locale.ROOT));
      if (length == null) {
        continue;
      }
      int end = ibanEnd(text, i, length, true);
      if (end > 0) {
        found.add(new int[] {i, end});
        i = end - 1;
      }
    }
    return found;
  }

  /**
   * @return the end of an IBAN-shaped string of {@code length} characters starting at {@code
   *     start}, mod-97 valid if {@code checked}, or -1
   */
  private static int ibanEnd(String text, int start, int length, boolean checked) {
    StringBuilder iban = new StringBuilder(length);
    int i = start;
    while (iban.length() < length && i < text.length()) {
      char c = text.charAt(i);
      if (isAsciiLetter(c) || isAsciiDigit(c)) {
        iban.append(Character.toUpperCase(c));
        i++;
      } else if (c == ' ' && i + 1 < text.length() && isAsciiLetterOrDigit(text.charAt(i + 1)) && i > start) {
        i++;
      } else {
        return -1;
      }
    }
    boolean bounded = i == text.length() || !Character.isLetterOrDigit(text.charAt(i));
    return iban.length() == length && bounded && (!checked || mod97(iban) == 1) ? i : -1;
  }

  /** @return the IBAN's remainder mod 97 after moving its first four characters to the end */
  static int mod97(CharSequence iban) {
    int remainder = 0;
    for (int k = 0; k < iban.length(); k++) {
      char c = iban.charAt((k + 4) % iban.length());
      int value = isAsciiDigit(c) ? c - '0' : c - 'A' + 10;
      remainder = (value >= 10 ? remainder * 100 : remainder * 10) + value;
      remainder %= 97;
    }
    return remainder;
  }

  /** @return the {@code [start, end)} ranges of the payment card numbers in the text */
  static List<int[]> cards(String text) {
    List<int[]> found = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isAsciiDigit(text.charAt(i)) || (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '+'))
          || followsIbanPrefix(text, i)) {
        i++;
        continue;
      }
      int j = groupsEnd(text, i);
      if (digitCount(text, i, j) < 13) {
        i = j; // too few digits for any card: skip the bookkeeping below (most numbers in prose)
        continue;
      }
      // groups of digits separated by one space or dash; groupEnds[g] = end of group g
      List<Integer> groupEnds = new ArrayList<>();
      StringBuilder digits = new StringBuilder();
      List<Integer> digitsAt = new ArrayList<>();
      j = i;
      while (true) {
        while (j < n && isAsciiDigit(text.charAt(j))) {
          digits.append(text.charAt(j++));
        }
        groupEnds.add(j);
        digitsAt.add(digits.length());
        if (j + 1 < n && (text.charAt(j) == ' ' || text.charAt(j) == '-') && isAsciiDigit(text.charAt(j + 1)) && digits.length() <= 64) {
          j++;
        } else {
          break;
        }
      }
      // a last group glued to a letter ("1d10t") is part of a word, not of the number
      int usable = j == n || !Character.isLetterOrDigit(text.charAt(j)) ? groupEnds.size() : groupEnds.size() - 1;
      if (usable > 0) {
        // the number may start at any group: "ref 12 4111 1111 1111 1111"
        int groupStart = i;
        for (int g = 0; g < usable; g++) {
          int skipped = g == 0 ? 0 : digitsAt.get(g - 1);
          int end = cardEnd(digits.substring(skipped), groupEnds.subList(g, usable), digitsAt.subList(g, usable), skipped);
          if (end > 0) {
            found.add(new int[] {groupStart, end});
            break;
          }
          groupStart = groupEnds.get(g) + 1;
        }
      }
      i = j;
    }
    return found;
  }

  /** @return the end of the digit groups from {@code i} as {@link #cards} reads them: one space or dash between groups, up to 64 digits before the last */
  private static int groupsEnd(String text, int i) {
    int j = i;
    int digits = 0;
    while (true) {
      while (j < text.length() && isAsciiDigit(text.charAt(j))) {
        j++;
        digits++;
      }
      if (j + 1 < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '-') && isAsciiDigit(text.charAt(j + 1)) && digits <= 64) {
        j++;
      } else {
        return j;
      }
    }
  }

  private static int digitCount(String text, int from, int to) {
    int digits = 0;
    for (int k = from; k < to; k++) {
      if (isAsciiDigit(text.charAt(k))) {
        digits++;
      }
    }
    return digits;
  }

  private static int cardEnd(String digits, List<Integer> groupEnds, List<Integer> digitsAt, int skipped) {
    for (int g = groupEnds.size() - 1; g >= 0; g--) {
      int count = digitsAt.get(g) - skipped;
      if (count >= 13 && count <= 19 && networkLength(digits, count) && luhn(digits, count)) {
        return groupEnds.get(g);
      }
    }
    return -1;
  }

  /**
   * @return whether a card number of the networks' ranges may have {@code count} digits: Visa (4)
   *     13, 16 or 19; Amex (34, 37) 15; Diners (30, 36, 38) 14; Mastercard (2, 5), JCB (35) and
   *     Discover or UnionPay (6) 16 to 19
   */
  private static boolean networkLength(String digits, int count) {
    char first = digits.charAt(0);
    char second = digits.length() > 1 ? digits.charAt(1) : '0';
    return switch (first) {
      case '4' -> count == 13 || count == 16 || count == 19;
      case '3' -> second == '4' || second == '7' ? count == 15 : second == '5' ? count >= 16 : count == 14;
      case '2', '5', '6' -> count >= 16;
      default -> false;
    };
  }

  /**
   * @return whether the digits at {@code i} continue an IBAN-shaped string of its country's length
   *     ("DE89 3704 0044 0532 0130 01"), valid or not: they are not a card or phone number
   */
  static boolean followsIbanPrefix(String text, int i) {
    if (i < 5 || text.charAt(i - 1) != ' ' || !isAsciiLetter(text.charAt(i - 5)) || !isAsciiLetter(text.charAt(i - 4))
        || !isAsciiDigit(text.charAt(i - 3)) || !isAsciiDigit(text.charAt(i - 2)) || (i > 5 && Character.isLetterOrDigit(text.charAt(i - 6)))) {
      return false;
    }
    Integer length = IBAN_LENGTHS.get(text.substring(i - 5, i - 3).toUpperCase(java.util.Locale.ROOT));
    return length != null && ibanEnd(text, i - 5, length, false) > 0;
  }

  /** @return whether the first {@code count} digits pass the Luhn check */
  static boolean luhn(CharSequence digits, int count) {
    int sum = 0;
    for (int k = 0; k < count; k++) {
      int d = digits.charAt(count - 1 - k) - '0';
      if (k % 2 == 1) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || isAsciiDigit(c);
  }
}
