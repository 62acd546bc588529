package org.consulta.core.moderation.screeners;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.Arrays;
import org.consulta.core.moderation.TextSignature;

/**
 * Makes the {@link TextSignature}s behind campaign detection: normalizes a text, cuts it into
 * shingles, keeps {@code K} MinHash values of the shingle set and derives {@code b} LSH band keys
 * of {@code r} values each ({@code K = b × r}).
 *
 * <p><b>Normalization</b> ({@link #normalize}): Unicode compatibility decomposition (NFKD, the
 * decomposed form of NFKC, so that ligatures and full-width forms fold and accents come apart),
 * combining marks dropped (so {@code "é"} and {@code "e"}, a common typo, agree), case folded
 * ({@code toLowerCase(toUpperCase(c))}, plus {@code ß → ss}), every character that is not a letter
 * or digit (punctuation, symbols, whitespace) turned into a single space, trimmed. Campaign copies
 * are routinely re-punctuated and re-cased; none of that should count as an edit.
 *
 * <p><b>Shingles</b>: by default character 7-shingles of the normalized text (the single space
 * between words included). Chosen by measuring exact Jaccard similarities on the generated corpus
 * of {@code CampaignCorpusTest} (en/fr/de texts on one topic from shared sentence pools; 50
 * templates × 40 light edits, all 39,000 edit pairs of a template; 1,000 independent texts, all
 * 499,500 pairs):
 *
 * <pre>
 *   shingles   lowest edit pair   0.1% of edit pairs   highest independent pair   gap
 *   char 4          0.708              0.762                 0.541                0.17
 *   char 5          0.688              0.730                 0.483                0.21
 *   char 7          0.618              0.680                 0.411                0.21
 *   char 9          0.564              0.629                 0.380                0.18
 *   word 2          0.562              ~0.66                 0.451 (*)            0.11
 *   word 3          0.436              ~0.56                 0.342 (*)            0.09
 *   (*) against the 50 templates only, and on the corpus before it got a second sentence frame
 * </pre>
 *
 * <p>Word shingles lose three or two shingles to each typo and each substituted word, so edits
 * fall closer to unrelated texts. Character 7-shingles leave the widest gap; the default threshold
 * of 0.55 sits 3 standard deviations of the 128-value estimate ({@code sqrt(s(1 - s)/128) ≈ 0.044})
 * below the 0.1% edit pair and above the highest independent pair. (At 0.5 the clustering test put
 * one pair of independent texts together; at 0.55 none, with pairwise recall 0.997; at 0.6, 0.992.) Word {@code n}-grams remain available through {@link
 * Builder#wordShingles(int)}.
 *
 * <p><b>MinHash</b>: one-permutation hashing with optimal densification (Li, Owen and Zhang,
 * NIPS 2012; Shrivastava, ICML 2017): each shingle's hash is computed once; its high half picks one
 * of {@code K} bins and its low half competes for that bin's minimum; a bin no shingle fell into
 * copies the first filled bin along its own fixed probe sequence. Its estimates are as good as
 * {@code K} independent hash functions' once a text has a few times {@code K} shingles (shorter
 * texts have empty bins, and the copies add some variance), at the cost of one hash per shingle
 * instead of {@code K}: measured on this 2-core machine (CPU time, JDK 17), {@code K = 128}
 * independent 32-bit keyed hashes took 65 to 80 µs for a 435-character text (C2 does not vectorize
 * the loop), a plain multiply-add family 36 µs, one-permutation hashing 5 µs.
 *
 * <p><b>Hashes</b>, all fixed forever so that stored signatures stay comparable across JVMs,
 * versions and runs (no {@code String.hashCode}, no random state): a shingle's hash is a
 * polynomial rolling hash of its UTF-16 chars (multiplier {@code 0x100000001B3}, the FNV prime,
 * modulo 2<sup>64</sup>); for word shingles each word is hashed that way, mixed, and the words'
 * hashes are rolled the same way. It is then mixed as {@code h = fmix64(shingle + seed)}, with
 * fmix64 the MurmurHash3 64-bit finalizer and {@link Builder#seed(long) the seed} (default
 * {@value #DEFAULT_SEED}); its bin is {@code ((h >>> 32) * K) >>> 32} and its value {@code (int) h},
 * minimum taken as signed {@code int}. Empty bin {@code i} probes bins {@code ((p >>> 32) * K) >>>
 * 32} for {@code p = fmix64(seed ^ i << 32 ^ attempt)}, {@code attempt = 1, 2, ...}. Band {@code j}'s
 * key is fmix64 chained over {@code j} and its {@code r} values. Changing any of these, or any
 * parameter, makes new signatures incomparable with stored ones: treat them as a data format.
 *
 * <p><b>Bands</b>: two texts of Jaccard similarity {@code s} share at least one band key, and so
 * get compared at all, with probability {@code 1 - (1 - s^r)^b}. The default {@code K = 128}, {@code
 * b = 32}, {@code r = 4} gives the S-curve
 *
 * <pre>
 *   s     0.2    0.3    0.4    0.5    0.6    0.7    0.8
 *   P     0.05   0.23   0.57   0.87   0.99   1.00   1.00
 * </pre>
 *
 * <p>with its steep part around {@code (1/b)^(1/r) ≈ 0.42}, below the default campaign threshold
 * of 0.55 (found with probability 0.95; a typical edit, at 0.7 or more, with 0.9996): pairs above
 * the threshold are nearly always found, pairs far below are rarely compared (a wasted comparison
 * costs 128 int compares, nothing else).
 *
 * <p><b>Short texts</b>: a text with fewer than {@link Builder#minimumShingles(int)} shingles
 * (default 20, i.e. a normalized text under 26 characters, about four words) matches exact duplicates only, after normalization: all its
 * MinHash values derive from one hash of the whole normalized text, so two equal short texts have
 * equal signatures (similarity 1), and a short text agrees with any other text in almost no
 * position. MinHash over a handful of shingles is too coarse to call "I agree" and "I disagree"
 * different.
 *
 * <p>Immutable and thread-safe; share one instance. Signing allocates the normalized text's chars
 * and the signature, nothing per shingle: about 5 µs for 435 characters of English or French.
 *
 * <pre>{@code
 * TextSignatures signatures = TextSignatures.standard();
 * TextSignature a = signatures.sign("Stop the new motorway through the valley!");
 * TextSignature b = signatures.sign("stop the new motorway through our valley");
 * double similarity = a.similarity(b); // an estimate of the shingle sets' Jaccard similarity
 * }</pre>
 */
public final class TextSignatures {
  /** The default seed of the MinHash coefficients. */
  public static final long DEFAULT_SEED = 0x5EED_C0_4A5E_17AL;

  private static final long ROLL = 0x100000001B3L;
  private static final long SHORT_TEXT_TAG = 0x73686F7274746578L;
  private static final TextSignatures STANDARD = builder().build();

  private final boolean words;
  private final int shingleSize;
  private final int bands;
  private final int rows;
  private final int minimumShingles;
  private final long seed;
  private final int hashes;
  private final long rollOut;

  private TextSignatures(Builder b) {
    this.words = b.words;
    this.shingleSize = b.shingleSize;
    this.bands = b.bands;
    this.rows = b.rows;
    this.minimumShingles = b.minimumShingles;
    this.seed = b.seed;
    this.hashes = bands * rows;
    long out = 1;
    for (int i = 1; i < shingleSize; i++) {
      out *= ROLL;
    }
    this.rollOut = out;
  }

  /**
   * The defaults: character 7-shingles, 32 bands of 4 rows ({@code K = 128}), exact matching below
   * 20 shingles, seed {@value #DEFAULT_SEED}.
   *
   * <pre>{@code
   * TextSignature s = TextSignatures.standard().sign(text);
   * }</pre>
   *
   * @return the shared default instance
   */
  public static TextSignatures standard() {
    return STANDARD;
  }

  /**
   * Starts from the defaults of {@link #standard()}.
   *
   * <pre>{@code
   * TextSignatures coarse = TextSignatures.builder().characterShingles(5).bands(16, 4).build();
   * }</pre>
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Normalizes a text as described in the class comment.
   *
   * <pre>{@code
   * TextSignatures.normalize("  Ça  suffit, Straße!! ") // "ca suffit strasse"
   * }</pre>
   *
   * @param text any text
   * @return its normalized form: lower-case letters and digits, words separated by one space
   */
  public static String normalize(CharSequence text) {
    requireNonNull(text, "text");
    return new String(normalizedChars(text));
  }

  /**
   * Signs a text.
   *
   * <pre>{@code
   * long[] keys = TextSignatures.standard().sign("Keep the night trains running").bandKeys();
   * }</pre>
   *
   * @param text any text, possibly empty (all texts that normalize to nothing share one signature)
   * @return its signature, with {@link #hashes()} MinHash values and {@link #bands()} band keys
   */
  public TextSignature sign(CharSequence text) {
    requireNonNull(text, "text");
    char[] chars = normalizedChars(text);
    return sign(chars, chars.length);
  }

  /** The screener's way in: null when the text normalizes to nothing. */
  TextSignature signIfAny(CharSequence text) {
    char[] chars = normalizedChars(text);
    return chars.length == 0 ? null : sign(chars, chars.length);
  }

  private TextSignature sign(char[] chars, int length) {
    int[] mins = new int[hashes];
    Arrays.fill(mins, Integer.MAX_VALUE);
    long[] filled = new long[(hashes + 63) >>> 6];
    int shingles = words ? wordShingles(chars, length, mins, filled) : charShingles(chars, length, mins, filled);
    if (shingles < minimumShingles) {
      Arrays.fill(mins, Integer.MAX_VALUE);
      Arrays.fill(filled, 0);
      long whole = SHORT_TEXT_TAG;
      for (int i = 0; i < length; i++) {
        whole = whole * ROLL + chars[i];
      }
      accept(whole ^ length, mins, filled);
    }
    densify(mins, filled);
    return new TextSignature(mins, bandKeys(mins));
  }

  private int charShingles(char[] chars, int length, int[] mins, long[] filled) {
    if (length < shingleSize) {
      return 0;
    }
    long h = 0;
    for (int i = 0; i < shingleSize; i++) {
      h = h * ROLL + chars[i];
    }
    accept(h, mins, filled);
    for (int i = shingleSize; i < length; i++) {
      h = (h - chars[i - shingleSize] * rollOut) * ROLL + chars[i];
      accept(h, mins, filled);
    }
    return length - shingleSize + 1;
  }

  private int wordShingles(char[] chars, int length, int[] mins, long[] filled) {
    // a ring of the last n word hashes; n is small
    long[] ring = new long[shingleSize];
    int count = 0;
    int start = 0;
    while (start < length) {
      int end = start;
      long w = 0;
      while (end < length && chars[end] != ' ') {
        w = w * ROLL + chars[end++];
      }
      ring[count % shingleSize] = mix(w);
      count++;
      if (count >= shingleSize) {
        long h = 0;
        for (int j = count - shingleSize; j < count; j++) {
          h = h * ROLL + ring[j % shingleSize];
        }
        accept(h, mins, filled);
      }
      start = end + 1;
    }
    return Math.max(0, count - shingleSize + 1);
  }

  /** One permutation: the mixed hash's high half picks the bin, its low half competes for the minimum. */
  private void accept(long shingle, int[] mins, long[] filled) {
    long h = mix(shingle + seed);
    int bin = (int) (((h >>> 32) * hashes) >>> 32);
    mins[bin] = Math.min(mins[bin], (int) h);
    filled[bin >>> 6] |= 1L << bin;
  }

  /**
   * Optimal densification: an empty bin takes the value of the first non-empty bin along its own
   * fixed pseudo-random probe sequence, the same for every text, so equal sets still agree.
   */
  private void densify(int[] mins, long[] filled) {
    for (int i = 0; i < hashes; i++) {
      if ((filled[i >>> 6] & (1L << i)) != 0) {
        continue;
      }
      for (long attempt = 1; ; attempt++) {
        long probe = mix(seed ^ ((long) i << 32) ^ attempt);
        int from = (int) (((probe >>> 32) * hashes) >>> 32);
        if ((filled[from >>> 6] & (1L << from)) != 0) {
          mins[i] = mins[from];
          break;
        }
      }
    }
  }

  private long[] bandKeys(int[] mins) {
    long[] keys = new long[bands];
    for (int j = 0; j < bands; j++) {
      long h = mix(j + 0x62616E64L);
      for (int i = j * rows; i < (j + 1) * rows; i++) {
        h = mix(h ^ (mins[i] & 0xFFFFFFFFL));
      }
      keys[j] = h;
    }
    return keys;
  }

  /** The MurmurHash3 64-bit finalizer (fmix64). */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** @return the normalized text's chars, exactly as many as it has */
  private static char[] normalizedChars(CharSequence text) {
    int n = text.length();
    // Latin, Latin-1, Latin Extended and general punctuation (most of what Europe writes) go
    // through a table made by the Unicode path itself, one char at a time; anything else takes
    // the Unicode path. Both agree because NFKD decomposes char by char and marks are dropped.
    char[] out = new char[n * 2];
    int length = 0;
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int fold = c < LATIN.length ? LATIN[c] : c >= 0x2000 && c < 0x2070 ? PUNCTUATION[c - 0x2000] : SLOW;
      if (fold == SLOW) {
        return normalizeUnicode(text);
      } else if (fold == SEPARATOR) {
        space = length > 0;
      } else if (fold != 0) {
        length = appendWithSpace(out, length, space, (char) fold);
        if (fold >>> 16 != 0) {
          out[length++] = (char) (fold >>> 16);
        }
        space = false;
      }
    }
    return Arrays.copyOf(out, length);
  }

  private static final int SEPARATOR = -1;
  private static final int SLOW = Integer.MIN_VALUE;
  private static final int[] LATIN = foldTable(0, 0x250);
  private static final int[] PUNCTUATION = foldTable(0x2000, 0x2070);

  /**
   * For each char: up to two folded chars packed in an int (first in the low half), 0 to drop it,
   * {@link #SEPARATOR}, or {@link #SLOW} when its decomposition mixes letters and separators.
   */
  private static int[] foldTable(int from, int to) {
    int[] table = new int[to - from];
    for (int c = from; c < to; c++) {
      String folded = new String(normalizeUnicode(String.valueOf((char) c)));
      boolean separator = !folded.isEmpty() ? false : hasSeparator(c);
      if (separator) {
        table[c - from] = SEPARATOR;
      } else if (folded.isEmpty()) {
        table[c - from] = 0;
      } else if (folded.length() <= 2 && folded.indexOf(' ') < 0 && !hasSeparator(c)) {
        table[c - from] = folded.charAt(0) | (folded.length() == 2 ? folded.charAt(1) << 16 : 0);
      } else {
        table[c - from] = SLOW;
      }
    }
    return table;
  }

  private static boolean hasSeparator(int c) {
    String decomposed = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKD);
    return decomposed.codePoints().anyMatch(cp -> !isDropped(cp) && !Character.isLetterOrDigit(cp));
  }

  private static boolean isDropped(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.FORMAT;
  }

  private static char[] normalizeUnicode(CharSequence text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    // each code point yields at most two chars (ß → ss, a supplementary letter) plus a space
    char[] out = new char[decomposed.length() * 3];
    int length = 0;
    boolean space = false;
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      if (isDropped(cp)) {
        continue; // accents and zero-width characters vanish without splitting a word
      }
      if (!Character.isLetterOrDigit(cp)) {
        space = length > 0;
        continue;
      }
      if (cp == 'ß' || cp == 'ẞ') {
        length = appendWithSpace(out, length, space, 's');
        out[length++] = 's';
      } else {
        int folded = Character.toLowerCase(Character.toUpperCase(cp));
        if (Character.isBmpCodePoint(folded)) {
          length = appendWithSpace(out, length, space, (char) folded);
        } else {
          length = appendWithSpace(out, length, space, Character.highSurrogate(folded));
          out[length++] = Character.lowSurrogate(folded);
        }
      }
      space = false;
    }
    return Arrays.copyOf(out, length);
  }

  private static int appendWithSpace(char[] out, int length, boolean space, char c) {
    if (space) {
      out[length++] = ' ';
    }
    out[length++] = c;
    return length;
  }

  /** @return K, the number of MinHash values per signature */
  public int hashes() {
    return hashes;
  }

  /** @return b, the number of LSH bands (band keys per signature) */
  public int bands() {
    return bands;
  }

  /** @return r, the MinHash values per band */
  public int rows() {
    return rows;
  }

  /**
   * @param similarity a Jaccard similarity in [0, 1]
   * @return the probability {@code 1 - (1 - s^r)^b} that two texts of that similarity share a
   *     band key, i.e. are compared at all
   */
  public double candidateProbability(double similarity) {
    return 1 - Math.pow(1 - Math.pow(similarity, rows), bands);
  }

  @Override
  public String toString() {
    return "TextSignatures[" + (words ? "word " : "char ") + shingleSize + "-shingles, " + bands + "x" + rows + ", min "
        + minimumShingles + " shingles, seed " + Long.toHexString(seed) + "]";
  }

  /**
   * Configures {@link TextSignatures}. Each option may be set once; setting it again names the
   * earlier value in an {@link IllegalStateException}. Not thread-safe.
   *
   * <pre>{@code
   * TextSignatures words = TextSignatures.builder().wordShingles(3).bands(16, 8).build();
   * }</pre>
   */
  public static final class Builder {
    private boolean words;
    private int shingleSize = 7;
    private int bands = 32;
    private int rows = 4;
    private int minimumShingles = 20;
    private long seed = DEFAULT_SEED;
    private boolean shinglesSet;
    private boolean bandsSet;
    private boolean minimumSet;
    private boolean seedSet;

    private Builder() {}

    private static void requireUnset(boolean set, String option, Object current) {
      if (set) {
        throw new IllegalStateException(option + " was already set to " + current);
      }
    }

    /**
     * @param k characters per shingle, 2 to 16 (default 7)
     * @return this
     * @throws IllegalStateException if the shingles were already chosen
     */
    public Builder characterShingles(int k) {
      requireUnset(shinglesSet, "shingles", (words ? "word " : "character ") + shingleSize + "-shingles");
      checkRange(k, 2, 16, "k");
      shinglesSet = true;
      words = false;
      shingleSize = k;
      return this;
    }

    /**
     * @param n words per shingle, 1 to 8
     * @return this
     * @throws IllegalStateException if the shingles were already chosen
     */
    public Builder wordShingles(int n) {
      requireUnset(shinglesSet, "shingles", (words ? "word " : "character ") + shingleSize + "-shingles");
      checkRange(n, 1, 8, "n");
      shinglesSet = true;
      words = true;
      shingleSize = n;
      return this;
    }

    /**
     * @param b bands (default 32)
     * @param r MinHash values per band (default 4); {@code K = b × r}, at most 1024
     * @return this
     * @throws IllegalStateException if the bands were already set
     */
    public Builder bands(int b, int r) {
      requireUnset(bandsSet, "bands", bands + "x" + rows);
      checkRange(b, 1, 1024, "b");
      checkRange(r, 1, 1024, "r");
      checkRange(b * r, 1, 1024, "b * r");
      bandsSet = true;
      bands = b;
      rows = r;
      return this;
    }

    /**
     * @param minimum below this many shingles a text matches exact (normalized) duplicates only
     *     (default 20)
     * @return this
     * @throws IllegalStateException if already set
     */
    public Builder minimumShingles(int minimum) {
      requireUnset(minimumSet, "minimumShingles", minimumShingles);
      checkRange(minimum, 1, 1_000_000, "minimum");
      minimumSet = true;
      minimumShingles = minimum;
      return this;
    }

    /**
     * @param seed mixed into every shingle hash and probe sequence (default {@value
     *     TextSignatures#DEFAULT_SEED}); signatures of different seeds are incomparable
     * @return this
     * @throws IllegalStateException if already set
     */
    public Builder seed(long seed) {
      requireUnset(seedSet, "seed", Long.toHexString(this.seed));
      seedSet = true;
      this.seed = seed;
      return this;
    }

    /** @return a new, immutable {@link TextSignatures} */
    public TextSignatures build() {
      return new TextSignatures(this);
    }

    private static void checkRange(int value, int min, int max, String name) {
      if (value < min || value > max) {
        throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], got " + value);
      }
    }
  }
}
