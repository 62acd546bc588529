package org.consulta.core.moderation.screeners.reference;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Case and accent folding of single code points for the blocklist: lower case, diacritics
 * removed ("É" to "e", "ü" to "u"), a few letters spelled out ("ß" to "ss", "œ" to "oe"), and the
 * l33t reading of digits and symbols. Stateless; the Latin table is built once and never changed.
 */
final class Folding {
  /** Stands for a character read as either "i" or "l" ({@code 1}, {@code !}, {@code |}). */
  static final char I_OR_L = '\u0001';

  private static final int TABLE_END = 0x0250;
  private static final String[] LATIN = latinTable();

  private Folding() {}

  /** @return the folded letters of a letter code point, possibly empty or longer than one */
  static String letter(int cp) {
    if (cp < TABLE_END) {
      return LATIN[cp];
    }
    return foldSlow(cp);
  }

  /**
   * @return the letter a digit or symbol stands for in l33t spelling, {@link #I_OR_L} for the
   *     ambiguous ones, or 0 if it stands for none
   */
  static char leet(int cp) {
    return switch (cp) {
      case '4', '@' -> 'a';
      case '3' -> 'e';
      case '0' -> 'o';
      case '5', '$' -> 's';
      case '7' -> 't';
      case '1', '!', '|' -> I_OR_L;
      default -> 0;
    };
  }

  /** @return whether the symbol may stand inside a word as a letter ({@code $}, {@code @}, ...) */
  static boolean isLeetSymbol(int cp) {
    return cp == '@' || cp == '$' || cp == '!' || cp == '|';
  }

  /** @return a whole term folded: its letters folded, everything else kept */
  static String term(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (Character.isLetter(cp)) {
        out.append(letter(cp));
      } else if (!isIgnorable(cp)) {
        out.appendCodePoint(Character.toLowerCase(cp));
      }
    });
    return out.toString();
  }

  /** @return whether the code point is a combining mark or an invisible format character */
  static boolean isIgnorable(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.FORMAT;
  }

  private static String[] latinTable() {
    String[] table = new String[TABLE_END];
    for (int cp = 0; cp < TABLE_END; cp++) {
      table[cp] = foldSlow(cp);
    }
    return table;
  }

  private static String foldSlow(int cp) {
    String special = switch (cp) {
      case 'ß', 'ẞ' -> "ss";
      case 'æ', 'Æ' -> "ae";
      case 'œ', 'Œ' -> "oe";
      case 'ø', 'Ø' -> "o";
      case 'ł', 'Ł' -> "l";
      case 'đ', 'Đ', 'ð', 'Ð' -> "d";
      case 'þ', 'Þ' -> "th";
      case 'ı' -> "i";
      default -> null;
    };
    if (special != null) {
      return special;
    }
    String lower = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    decomposed.codePoints().filter(c -> !isIgnorable(c)).forEach(out::appendCodePoint);
    return out.toString();
  }
}
