package org.consulta.core.moderation.screeners.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into words for the blocklist, each word folded ({@link Folding}) and mapped back to
 * its UTF-16 range in the original text: the offset map that lets a match on the folded form
 * become a span of the original.
 *
 * <p>A word is a maximal run of letters, digits, l33t symbols ({@code @ $ ! |}), combining marks
 * and invisible format characters, with trailing symbols trimmed (so "idiot!" is "idiot" and
 * "$hit" stays whole). Everything else separates words.
 *
 * @param start first UTF-16 index of each word in the original
 * @param end end (exclusive) of each word in the original
 * @param key each word folded, {@link Folding#I_OR_L} where a symbol reads as "i" or "l"
 * @param letter whether each word holds at least one letter (a bare number never matches)
 * @param single whether each word is one base character (plus marks): a letter of spaced-out
 *     spelling such as "i d i o t"
 * @param joinsPrevious whether each word is single and follows a single word across at most two
 *     separator characters on the same line, so the two may be read as one spaced-out word
 */
record Tokens(int[] start, int[] end, String[] key, boolean[] letter, boolean[] single, boolean[] joinsPrevious) {
  /** The longest gap between the letters of a spaced-out word ("i . d . i . o . t"). */
  private static final int MAX_GAP = 3;

  int size() {
    return key.length;
  }

  static Tokens of(String text) {
    List<int[]> ranges = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isWordPart(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int runStart = i;
      while (i < n && isWordPart(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      int[] trimmed = trim(text, runStart, i);
      if (trimmed != null) {
        ranges.add(trimmed);
      }
    }
    int size = ranges.size();
    int[] start = new int[size];
    int[] end = new int[size];
    String[] key = new String[size];
    boolean[] letter = new boolean[size];
    boolean[] single = new boolean[size];
    boolean[] joins = new boolean[size];
    for (int t = 0; t < size; t++) {
      start[t] = ranges.get(t)[0];
      end[t] = ranges.get(t)[1];
      int[] counts = new int[2];
      key[t] = fold(text, start[t], end[t], counts);
      single[t] = counts[0] == 1;
      letter[t] = counts[1] > 0;
      joins[t] = t > 0 && single[t] && single[t - 1] && shortGap(text, end[t - 1], start[t]);
    }
    return new Tokens(start, end, key, letter, single, joins);
  }

  private static boolean isWordPart(int cp) {
    return Character.isLetterOrDigit(cp) || Folding.isLeetSymbol(cp) || Folding.isIgnorable(cp);
  }

  /** @return the run without leading marks and trailing symbols, or null if nothing is left */
  private static int[] trim(String text, int from, int to) {
    while (from < to) {
      int cp = text.codePointAt(from);
      if (Folding.isIgnorable(cp)) {
        from += Character.charCount(cp);
      } else {
        break;
      }
    }
    while (to > from) {
      int cp = text.codePointBefore(to);
      if (Folding.isLeetSymbol(cp)) {
        to -= Character.charCount(cp);
      } else {
        break;
      }
    }
    return from < to ? new int[] {from, to} : null;
  }

  /** counts[0]: base characters; counts[1]: letters. */
  private static String fold(String text, int from, int to, int[] counts) {
    StringBuilder out = new StringBuilder(to - from);
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Folding.isIgnorable(cp)) {
        continue;
      }
      counts[0]++;
      if (Character.isLetter(cp)) {
        counts[1]++;
        out.append(Folding.letter(cp));
      } else {
        char leet = Folding.leet(cp);
        if (leet != 0) {
          out.append(leet);
        } else {
          out.appendCodePoint(cp);
        }
      }
    }
    return out.toString();
  }

  private static boolean shortGap(String text, int from, int to) {
    if (to - from > MAX_GAP) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return false;
      }
    }
    return true;
  }
}
