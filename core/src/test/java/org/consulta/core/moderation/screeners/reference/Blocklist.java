package org.consulta.core.moderation.screeners.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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

  private final Map<String, List<Term>> byFirstWord;
  private final int size;

  Blocklist(Collection<Term> terms) {
    Map<String, List<Term>> index = new HashMap<>();
    for (Term term : terms) {
      index.computeIfAbsent(term.letters()[0], k -> new ArrayList<>()).add(term);
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    this.byFirstWord = Map.copyOf(index);
    this.size = terms.size();
  }

  int size() {
    return size;
  }

  /** @return the matches, in text order, none overlapping: at each word the longest match wins */
  List<Match> find(Tokens tokens) {
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match best = longestAt(tokens, i);
      if (best == null) {
        i++;
      } else {
        matches.add(best);
        i = best.end();
      }
    }
    return matches;
  }

  private Match longestAt(Tokens tokens, int i) {
    Match best = null;
    StringBuilder spaced = new StringBuilder();
    boolean letter = false;
    int end = i;
    // the word itself, then ever longer runs of spaced-out single letters starting with it
    do {
      spaced.append(tokens.key()[end]);
      letter |= tokens.letter()[end];
      end++;
      if (letter) {
        for (String variant : variants(spaced)) {
          Rle rle = Rle.of(variant);
          for (Term term : byFirstWord.getOrDefault(rle.letters, List.of())) {
            int termEnd = rle.covers(term.runs()[0]) ? restOf(term, tokens, end) : -1;
            if (termEnd > 0 && (best == null || termEnd > best.end())) {
              best = new Match(i, termEnd, term.list());
            }
          }
        }
      }
    } while (tokens.single()[i] && end < tokens.size() && tokens.joinsPrevious()[end] && end - i < MAX_SPACED);
    return best;
  }

  /** @return the end token of the term's other words matched from token {@code from}, or -1 */
  private static int restOf(Term term, Tokens tokens, int from) {
    int at = from;
    for (int w = 1; w < term.letters().length; w++) {
      at = wordAt(term.letters()[w], term.runs()[w], tokens, at);
      if (at < 0) {
        return -1;
      }
    }
    return at;
  }

  private static int wordAt(String letters, int[] runs, Tokens tokens, int i) {
    if (i >= tokens.size()) {
      return -1;
    }
    StringBuilder spaced = new StringBuilder();
    int end = i;
    do {
      spaced.append(tokens.key()[end]);
      end++;
      for (String variant : variants(spaced)) {
        Rle rle = Rle.of(variant);
        if (rle.letters.equals(letters) && rle.covers(runs)) {
          return end;
        }
      }
    } while (tokens.single()[i] && end < tokens.size() && tokens.joinsPrevious()[end] && end - i < MAX_SPACED);
    return -1;
  }

  private static List<String> variants(CharSequence key) {
    String s = key.toString();
    if (s.indexOf(Folding.I_OR_L) < 0) {
      return List.of(s);
    }
    // "!!idiot" and "!connard": a leading "!" or "|" may be punctuation rather than a letter
    int letters = 0;
    while (letters < s.length() && s.charAt(letters) == Folding.I_OR_L) {
      letters++;
    }
    List<String> variants = new ArrayList<>(List.of(s.replace(Folding.I_OR_L, 'i'), s.replace(Folding.I_OR_L, 'l')));
    if (letters > 0 && letters < s.length()) {
      variants.add(s.substring(letters).replace(Folding.I_OR_L, 'i'));
    }
    return variants;
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

    /** @return whether each run is at least as long as the term's (same letters assumed) */
    boolean covers(int[] termRuns) {
      for (int i = 0; i < termRuns.length; i++) {
        if (runs[i] < termRuns[i]) {
          return false;
        }
      }
      return true;
    }
  }
}
