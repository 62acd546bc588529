package org.consulta.core.budgeting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The META keys {@link Pabulib} turns into typed values and back: {@code budget}, {@code
 * vote_type}, {@code description} (the election's name), {@code num_projects}, {@code num_votes}
 * and the ballot limits of each vote type. Reading and writing use the same defaults, so an
 * absent key and its default mean the same.
 */
final class PabulibMeta {
  private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+([.,][0-9]+)?");
  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
  private static final int NO_LIMIT = Integer.MAX_VALUE;

  private PabulibMeta() {}

  /** The META keys and their lines, for errors. */
  record Source(Map<String, String> values, Map<String, Integer> lines, int sectionLine) {
    String get(String key) {
      return values.get(key);
    }

    int line(String key) {
      return lines.getOrDefault(key, sectionLine);
    }
  }

  /** @return the ballot kind a {@code vote_type} names, or empty if it names none Consulta reads */
  static Optional<String> kind(String voteType) {
    return switch (voteType.strip().toLowerCase(Locale.ROOT)) {
      case "approval", "choose-1" -> Optional.of("approval");
      case "cumulative", "scoring" -> Optional.of("cumulative");
      case "ordinal" -> Optional.of("ordinal");
      case "plusminus" -> Optional.of("plusminus");
      default -> Optional.empty();
    };
  }

  static String name(Map<String, String> meta) {
    return meta.getOrDefault("description", "");
  }

  static BigDecimal budget(Source meta) {
    String budget = meta.get("budget");
    if (budget == null) {
      throw new PabulibFormatException("META", meta.sectionLine(), "no budget line (budget;1500000)");
    }
    return decimal(budget, "budget", "META", meta.line("budget"));
  }

  static BallotRules rules(Source meta) {
    String voteType = meta.get("vote_type");
    if (voteType == null) {
      throw new PabulibFormatException("META", meta.sectionLine(), "no vote_type line (approval, ordinal, cumulative or scoring)");
    }
    String kind = kind(voteType).orElseThrow(() -> new PabulibFormatException("META", meta.line("vote_type"),
        "unknown vote_type '" + voteType + "'; known: approval, choose-1, ordinal, cumulative, scoring, plusminus (Consulta's D21)"));
    return switch (kind) {
      case "approval" -> new BallotRules.Approval(integer(meta, "min_length", 0), integer(meta, "max_length", NO_LIMIT),
          meta.get("max_sum_cost") == null ? Optional.empty()
              : Optional.of(decimal(meta.get("max_sum_cost"), "max_sum_cost", "META", meta.line("max_sum_cost"))));
      case "cumulative" -> {
        int maxPoints = integer(meta, "max_sum_points", NO_LIMIT);
        yield new BallotRules.Cumulative(integer(meta, "min_sum_points", 0), maxPoints, integer(meta, "max_points", maxPoints));
      }
      case "ordinal" -> new BallotRules.Ordinal(integer(meta, "min_length", 0), integer(meta, "max_length", NO_LIMIT));
      default -> new BallotRules.PlusMinus(integer(meta, "max_plus", NO_LIMIT), integer(meta, "max_minus", 0),
          integer(meta, "plus_before_minus", 0));
    };
  }

  /**
   * @return the election's META as the writer writes it: every key in its place, those the
   *     election determines set to its values where they disagree (or dropped where the value is
   *     the default), and missing ones appended
   */
  static Map<String, String> forFile(Election e) {
    Map<String, String> m = new LinkedHashMap<>(e.meta());
    if (!name(m).equals(e.name())) {
      m.put("description", e.name());
    }
    keepOrPut(m, "num_projects", e.projects().size());
    keepOrPut(m, "num_votes", e.ballots().size());
    String budget = m.get("budget");
    if (budget == null || !parses(DECIMAL, budget) || decimalValue(budget).compareTo(e.budget()) != 0) {
      m.put("budget", e.budget().toPlainString());
    }
    String voteType = m.get("vote_type");
    if (voteType == null || !kind(voteType).equals(Optional.of(e.rules().kind()))) {
      m.put("vote_type", e.rules().kind());
    }
    limits(m, e.rules());
    return m;
  }

  private static void limits(Map<String, String> m, BallotRules rules) {
    if (rules instanceof BallotRules.Approval a) {
      limit(m, "min_length", a.minProjects(), 0);
      limit(m, "max_length", a.maxProjects(), NO_LIMIT);
      String cost = m.get("max_sum_cost");
      Optional<BigDecimal> current = cost != null && parses(DECIMAL, cost) ? Optional.of(decimalValue(cost)) : Optional.empty();
      boolean same = a.maxTotalCost().isEmpty() ? cost == null
          : current.isPresent() && current.get().compareTo(a.maxTotalCost().get()) == 0;
      if (!same) {
        a.maxTotalCost().ifPresentOrElse(max -> m.put("max_sum_cost", max.toPlainString()), () -> m.remove("max_sum_cost"));
      }
    } else if (rules instanceof BallotRules.Cumulative c) {
      limit(m, "min_sum_points", c.minPoints(), 0);
      limit(m, "max_sum_points", c.maxPoints(), NO_LIMIT);
      limit(m, "max_points", c.maxPerProject(), c.maxPoints());
    } else if (rules instanceof BallotRules.Ordinal o) {
      limit(m, "min_length", o.minLength(), 0);
      limit(m, "max_length", o.maxLength(), NO_LIMIT);
    } else if (rules instanceof BallotRules.PlusMinus pm) {
      limit(m, "max_plus", pm.maxPlus(), NO_LIMIT);
      limit(m, "max_minus", pm.maxMinus(), 0);
      limit(m, "plus_before_minus", pm.plusBeforeMinus(), 0);
    }
  }

  /** Keeps the key if it already says {@code value} (absent meaning {@code absent}), else drops or sets it. */
  private static void limit(Map<String, String> m, String key, int value, int absent) {
    String current = m.get(key);
    Integer now = current == null ? Integer.valueOf(absent) : intValue(current);
    if (Objects.equals(now, value)) {
      return;
    }
    if (value == absent) {
      m.remove(key);
    } else {
      m.put(key, Integer.toString(value));
    }
  }

  private static void keepOrPut(Map<String, String> m, String key, int value) {
    String current = m.get(key);
    if (current == null || !Objects.equals(intValue(current), value)) {
      m.put(key, Integer.toString(value));
    }
  }

  private static int integer(Source meta, String key, int absent) {
    String text = meta.get(key);
    if (text == null) {
      return absent;
    }
    Integer value = intValue(text);
    if (value == null) {
      throw new PabulibFormatException("META", meta.line(key), key + " '" + text + "' is not a whole number");
    }
    return value;
  }

  /** @return the whole number {@code text} states, or null if it is none or too large */
  static Integer intValue(String text) {
    String t = text.strip();
    if (!parses(INTEGER, t)) {
      return null;
    }
    try {
      return Integer.parseInt(t.startsWith("+") ? t.substring(1) : t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * @return the amount {@code text} states, with a decimal point or a decimal comma
   * @throws PabulibFormatException naming {@code what} and the place if it is not one
   */
  static BigDecimal decimal(String text, String what, String section, int line) {
    if (!parses(DECIMAL, text.strip())) {
      throw new PabulibFormatException(section, line, what + " '" + text + "' is not a number: write digits with at most one "
          + "decimal point or comma and no thousands separators, e.g. 1500000 or 1500000.50");
    }
    return decimalValue(text);
  }

  private static BigDecimal decimalValue(String text) {
    return new BigDecimal(text.strip().replace(',', '.'));
  }

  private static boolean parses(Pattern p, String text) {
    return p.matcher(text.strip()).matches();
  }
}
