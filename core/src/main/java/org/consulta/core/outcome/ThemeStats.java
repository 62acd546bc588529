package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.consulta.core.consultation.Channel;

/**
 * How many contributions a theme holds, by channel and by declared demographic group. Counted:
 * published contributions that are not confidential; a contribution without an author, or whose
 * author did not declare a dimension, counts under {@link #UNDECLARED} for that dimension.
 *
 * @param theme the theme
 * @param total how many
 * @param byChannel per channel (channels with none left out)
 * @param byGroup per demographic dimension, per declared value (sorted by dimension and value)
 */
public record ThemeStats(ThemeId theme, long total, Map<Channel, Long> byChannel, Map<String, Map<String, Long>> byGroup) {
  /** The group of authors who did not declare a dimension (and of anonymous input). */
  public static final String UNDECLARED = "undeclared";

  public ThemeStats {
    requireNonNull(theme, "theme");
    byChannel = byChannel.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(byChannel));
    TreeMap<String, Map<String, Long>> groups = new TreeMap<>();
    byGroup.forEach((dimension, values) -> groups.put(dimension, java.util.Collections.unmodifiableMap(new TreeMap<>(values))));
    byGroup = java.util.Collections.unmodifiableMap(groups);
  }

  /**
   * @param theme a theme
   * @return the figures of a theme with nothing counted
   */
  public static ThemeStats empty(ThemeId theme) {
    return new ThemeStats(theme, 0, Map.of(), Map.of());
  }
}
