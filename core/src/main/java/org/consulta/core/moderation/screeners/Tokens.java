package org.consulta.core.moderation.screeners;

import java.util.Arrays;

/**
 * A text cut into words for the blocklist, each word folded ({@link Folding}) and mapped back to
 * its UTF-16 range in the original text: the offset map that lets a match on the folded form
 * become a span of the original.
 *
 * <p>A word is a maximal run of letters, digits, l33t symbols ({@code @ $ ! |}), combining marks
 * and invisible format characters, with trailing symbols trimmed (so "idiot!" is "idiot" and
 * "$hit" stays whole). Everything else separates words.
 *
 * <p>The folded words ("keys") lie end to end in one {@code char[]}, so the keys of words {@code
 * [i, j)} read together are the range {@code [keyStart(i), keyEnd(j - 1))}: that is how spaced-out
 * letters ("i d i o t") are read as one word without building a string. Per word it keeps
 *
 * <ul>
 *   <li>{@link #start}, {@link #end}: its UTF-16 range in the original;
 *   <li>{@link #keyStart}, {@link #keyEnd}: its key in {@link #keys}, {@link Folding#I_OR_L} where a
 *       symbol reads as "i" or "l";
 *   <li>{@link #letter}: whether it holds at least one letter (a bare number never matches);
 *   <li>{@link #single}: whether it is one base character (plus marks): a letter of spaced-out
 *       spelling such as "i d i o t";
 *   <li>{@link #joinsPrevious}: whether it is single and follows a single word across at most two
 *       separator characters on the same line, so the two may be read as one spaced-out word.
 * </ul>
 *
 * <p>Built once per text and then read only; single-thread.
 */
final class Tokens {
  /** The longest gap between the letters of a spaced-out word ("i . d . i . o . t"). */
  private static final int MAX_GAP = 3;

  private static final byte LETTER = 1;
  private static final byte SINGLE = 2;
  private static final byte JOINS = 4;

  private int size;
  private int[] start;
  private int[] end;
  /** keyEnd[t]: the end of word t's key in {@link #keys}; it starts where word t - 1's ends. */
  private int[] keyEnd;
  private byte[] flags;
  private char[] keys;
  private int keyLength;

  private Tokens(int textLength) {
    // about one word per six characters in prose; the arrays grow if not
    int words = textLength / 5 + 4;
    start = new int[words];
    end = new int[words];
    keyEnd = new int[words];
    flags = new byte[words];
    keys = new char[textLength + 16];
  }

  static Tokens of(String text) {
    Tokens tokens = new Tokens(text.length());
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isWordPart(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int runStart = i;
      while (i < n) {
        int c = text.codePointAt(i);
        if (!isWordPart(c)) {
          break;
        }
        i += Character.charCount(c);
      }
      tokens.addRun(text, runStart, i);
    }
    return tokens;
  }

  int size() {
    return size;
  }

  int start(int t) {
    return start[t];
  }

  int end(int t) {
    return end[t];
  }

  /** @return the folded words end to end; read only within {@link #keyStart} and {@link #keyEnd} */
  char[] keys() {
    return keys;
  }

  int keyStart(int t) {
    return t == 0 ? 0 : keyEnd[t - 1];
  }

  int keyEnd(int t) {
    return keyEnd[t];
  }

  boolean letter(int t) {
    return (flags[t] & LETTER) != 0;
  }

  boolean single(int t) {
    return (flags[t] & SINGLE) != 0;
  }

  boolean joinsPrevious(int t) {
    return (flags[t] & JOINS) != 0;
  }

  private static boolean isWordPart(int cp) {
    if (cp < 0x80) {
      return isAsciiLetterOrDigit(cp) || Folding.isLeetSymbol(cp);
    }
    return Character.isLetterOrDigit(cp) || Folding.isIgnorable(cp);
  }

  private static boolean isAsciiLetterOrDigit(int c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  private static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Adds the run {@code [from, to)} without leading marks and trailing symbols, unless nothing is left. */
  private void addRun(String text, int from, int to) {
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
    if (from < to) {
      add(text, from, to);
    }
  }

  private void add(String text, int from, int to) {
    if (size == start.length) {
      int capacity = size * 2;
      start = Arrays.copyOf(start, capacity);
      end = Arrays.copyOf(end, capacity);
      keyEnd = Arrays.copyOf(keyEnd, capacity);
      flags = Arrays.copyOf(flags, capacity);
    }
    int t = size++;
    start[t] = from;
    end[t] = to;
    int bases = 0;
    int letters = 0;
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        // ASCII: no marks to skip, and a letter folds to its lower case
        bases++;
        if (isAsciiLetter(cp)) {
          letters++;
          appendKey((char) (cp | 0x20));
        } else {
          char leet = Folding.leet(cp);
          appendKey(leet != 0 ? leet : (char) cp);
        }
      } else if (!Folding.isIgnorable(cp)) {
        bases++;
        if (Character.isLetter(cp)) {
          letters++;
          appendKey(Folding.letter(cp));
        } else {
          appendCodePoint(cp);
        }
      }
    }
    keyEnd[t] = keyLength;
    byte f = 0;
    if (letters > 0) {
      f |= LETTER;
    }
    if (bases == 1) {
      f |= SINGLE;
      if (t > 0 && single(t - 1) && shortGap(text, end[t - 1], from)) {
        f |= JOINS;
      }
    }
    flags[t] = f;
  }

  private void appendKey(char c) {
    if (keyLength == keys.length) {
      keys = Arrays.copyOf(keys, keys.length * 2);
    }
    keys[keyLength++] = c;
  }

  private void appendCodePoint(int cp) {
    if (Character.isBmpCodePoint(cp)) {
      appendKey((char) cp);
    } else {
      appendKey(Character.highSurrogate(cp));
      appendKey(Character.lowSurrogate(cp));
    }
  }

  private void appendKey(String s) {
    if (keyLength + s.length() > keys.length) {
      keys = Arrays.copyOf(keys, Math.max(keys.length * 2, keyLength + s.length()));
    }
    s.getChars(0, s.length(), keys, keyLength);
    keyLength += s.length();
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
