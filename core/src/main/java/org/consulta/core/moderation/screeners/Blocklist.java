package org.consulta.core.moderation.screeners;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of one language, indexed by the letters of their first word, and the matching of
 * {@link Tokens} against them. Immutable.
 *
 * <p>Words compare by their letters with runs of a repeated letter read as one, where the text's
 * run must be at least as long as the term's: "idiooot" matches "idiot", "asss" matches "ass", but
 * "as" does not. A term's word may also match several spaced-out single letters ("i d i o t").
 */
final class Blocklist {
  /** The most letters read together as one spaced-out word. */
  private static final int MAX_SPACED = 32;

  /**
   * @param list the list the term comes from ("en", or "all" for every language)
   * @param letters per word, its letters with repeats collapsed
   * @param runs per word, how often each of those letters repeats in the term
   */
  record Term(String list, String[] letters, int[][] runs) {
    static Term of(String list, String text) {
      String[] words = Folding.term(text).split("[^\\p{L}\\p{N}]+");
      List<String> kept = new ArrayList<>();
      for (String w : words) {
        if (!w.isEmpty()) {
          kept.add(w);
        }
      }
      if (kept.isEmpty()) {
        throw new IllegalArgumentException("a blocklist term needs a letter or digit, got one of " + text.length() + " characters");
      }
      String[] letters = new String[kept.size()];
      int[][] runs = new int[kept.size()][];
      for (int i = 0; i < kept.size(); i++) {
        Rle rle = Rle.of(kept.get(i));
        letters[i] = rle.letters;
        runs[i] = rle.runs;
      }
      return new Term(list, letters, runs);
    }
  }

  /** A match: tokens {@code [first, end)} of the text, and the list of the term. */
  record Match(int first, int end, String list) {}

  private final FirstWords byFirstWord;
  private final int size;

  Blocklist(Collection<Term> terms) {
    Map<String, List<Term>> index = new LinkedHashMap<>();
    for (Term term : terms) {
      index.computeIfAbsent(term.letters()[0], k -> new ArrayList<>()).add(term);
    }
    this.byFirstWord = new FirstWords(index);
    this.size = terms.size();
  }

  int size() {
    return size;
  }

  /** @return the matches, in text order, none overlapping: at each word the longest match wins */
  List<Match> find(Tokens tokens) {
    List<Match> matches = new ArrayList<>();
    // one for the first word, one for the words after it: matching those must not overwrite the
    // first word's readings, which the caller is still going through
    Scratch first = new Scratch();
    Scratch rest = new Scratch();
    int i = 0;
    while (i < tokens.size()) {
      Match best = longestAt(tokens, i, first, rest);
      if (best == null) {
        i++;
      } else {
        matches.add(best);
        i = best.end();
      }
    }
    return matches;
  }

  private Match longestAt(Tokens tokens, int i, Scratch scratch, Scratch rest) {
    Match best = null;
    boolean letter = false;
    int end = i;
    // the word itself, then ever longer runs of spaced-out single letters starting with it
    do {
      letter |= tokens.letter(end);
      end++;
      if (letter) {
        int variants = scratch.variants(tokens.keys(), tokens.keyStart(i), tokens.keyEnd(end - 1));
        for (int v = 0; v < variants; v++) {
          scratch.rle(tokens.keys(), v);
          for (Term term : byFirstWord.get(scratch.letters, scratch.length)) { // an array: no iterator per word
            int termEnd = scratch.covers(term.runs()[0]) ? restOf(term, tokens, end, rest) : -1;
            if (termEnd > 0 && (best == null || termEnd > best.end())) {
              best = new Match(i, termEnd, term.list());
            }
          }
        }
      }
    } while (tokens.single(i) && end < tokens.size() && tokens.joinsPrevious(end) && end - i < MAX_SPACED);
    return best;
  }

  /** @return the end token of the term's other words matched from token {@code from}, or -1 */
  private static int restOf(Term term, Tokens tokens, int from, Scratch scratch) {
    int at = from;
    for (int w = 1; w < term.letters().length; w++) {
      at = wordAt(term.letters()[w], term.runs()[w], tokens, at, scratch);
      if (at < 0) {
        return -1;
      }
    }
    return at;
  }

  private static int wordAt(String letters, int[] runs, Tokens tokens, int i, Scratch scratch) {
    if (i >= tokens.size()) {
      return -1;
    }
    int end = i;
    do {
      end++;
      int variants = scratch.variants(tokens.keys(), tokens.keyStart(i), tokens.keyEnd(end - 1));
      for (int v = 0; v < variants; v++) {
        scratch.rle(tokens.keys(), v);
        if (scratch.lettersEqual(letters) && scratch.covers(runs)) {
          return end;
        }
      }
    } while (tokens.single(i) && end < tokens.size() && tokens.joinsPrevious(end) && end - i < MAX_SPACED);
    return -1;
  }

  /**
   * The readings of a key range and the run-length form of one of them, in reused arrays: the
   * matching allocates nothing per word. Single-thread: two per {@link #find} call.
   *
   * <p>A key without {@link Folding#I_OR_L} has one reading, itself. With one, it reads with
   * every such character as "i", then as "l", then, if it starts with some ("!!idiot",
   * "!connard") and has other characters, without them and the rest as "i": a leading "!" or "|"
   * may be punctuation rather than a letter.
   */
  private static final class Scratch {
    private final int[] variantFrom = new int[3];
    private final char[] variantAs = new char[3];
    private int to;
    char[] letters = new char[32];
    int[] runs = new int[32];
    int length;

    /** @return how many readings the key {@code keys[from, to)} has; {@link #rle} computes one */
    int variants(char[] keys, int from, int to) {
      this.to = to;
      int first = -1;
      for (int k = from; k < to; k++) {
        if (keys[k] == Folding.I_OR_L) {
          first = k;
          break;
        }
      }
      if (first < 0) {
        variantFrom[0] = from;
        variantAs[0] = Folding.I_OR_L; // nothing to replace: the key as it is
        return 1;
      }
      variantFrom[0] = from;
      variantAs[0] = 'i';
      variantFrom[1] = from;
      variantAs[1] = 'l';
      int letters = from;
      while (letters < to && keys[letters] == Folding.I_OR_L) {
        letters++;
      }
      if (letters > from && letters < to) {
        variantFrom[2] = letters;
        variantAs[2] = 'i';
        return 3;
      }
      return 2;
    }

    /** Sets {@link #letters}, {@link #runs} and {@link #length} to the run-length form of reading {@code v}. */
    void rle(char[] keys, int v) {
      int from = variantFrom[v];
      char as = variantAs[v];
      if (letters.length < to - from) {
        letters = new char[to - from];
        runs = new int[to - from];
      }
      int n = 0;
      for (int k = from; k < to; k++) {
        char c = keys[k] == Folding.I_OR_L ? as : keys[k];
        if (n > 0 && letters[n - 1] == c) {
          runs[n - 1]++;
        } else {
          letters[n] = c;
          runs[n++] = 1;
        }
      }
      length = n;
    }

    boolean lettersEqual(String word) {
      if (word.length() != length) {
        return false;
      }
      for (int k = 0; k < length; k++) {
        if (word.charAt(k) != letters[k]) {
          return false;
        }
      }
      return true;
    }

    /** @return whether each run is at least as long as the term's (same letters assumed) */
    boolean covers(int[] termRuns) {
      for (int k = 0; k < termRuns.length; k++) {
        if (runs[k] < termRuns[k]) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The terms by the run-length letters of their first word: an open-addressing table looked up
   * with a {@code char[]} range, so a lookup builds no string. Immutable after construction.
   */
  private static final class FirstWords {
    private static final Term[] NONE = {};

    private final String[] keys;
    private final Term[][] values;
    private final int mask;

    FirstWords(Map<String, List<Term>> index) {
      int capacity = Integer.highestOneBit(Math.max(4, index.size() * 4) - 1) << 1;
      keys = new String[capacity];
      values = new Term[capacity][];
      mask = capacity - 1;
      index.forEach((key, terms) -> {
        int slot = slot(key.hashCode());
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = terms.toArray(Term[]::new);
      });
    }

    /** @return the terms whose first word has the letters {@code letters[0, length)}, in the order given */
    Term[] get(char[] letters, int length) {
      int hash = 0;
      for (int k = 0; k < length; k++) {
        hash = 31 * hash + letters[k]; // String.hashCode over the same chars
      }
      for (int slot = slot(hash); keys[slot] != null; slot = (slot + 1) & mask) {
        if (sameChars(keys[slot], letters, length)) {
          return values[slot];
        }
      }
      return NONE;
    }

    private int slot(int hash) {
      return (hash ^ (hash >>> 16)) & mask;
    }

    private static boolean sameChars(String key, char[] letters, int length) {
      if (key.length() != length) {
        return false;
      }
      for (int k = 0; k < length; k++) {
        if (key.charAt(k) != letters[k]) {
          return false;
        }
      }
      return true;
    }
  }

  /** Run-length form of a word: its letters with repeats collapsed, and each one's repeat count. */
  static final class Rle {
    final String letters;
    final int[] runs;

    private Rle(String letters, int[] runs) {
      this.letters = letters;
      this.runs = runs;
    }

    static Rle of(String word) {
      StringBuilder letters = new StringBuilder(word.length());
      int[] runs = new int[word.length()];
      int n = 0;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (n > 0 && letters.charAt(n - 1) == c) {
          runs[n - 1]++;
        } else {
          letters.append(c);
          runs[n++] = 1;
        }
      }
      return new Rle(letters.toString(), java.util.Arrays.copyOf(runs, n));
    }
  }
}
