package org.consulta.core.simulation;

import java.util.List;

/**
 * SPI: where a {@link Replay} takes a real consultation's comments and votes from, for example a
 * Polis open data export ({@code comments.csv} and {@code votes.csv}), read by a class outside core
 * (core has no CSV reader).
 *
 * <p>{@link #events()} is called once per replay. The events need not be sorted: the replay sorts
 * them stably by instant, a comment before a vote at the same instant. Rows the source could not
 * read go in as {@link ReplayEvent.Rejected} with their reason, so that every row is counted:
 * never drop one silently. Implementations should be immutable (or at least give the same events
 * on every call) so that replays are repeatable.
 *
 * <pre>{@code
 * ReplaySource source = new ReplaySource() {
 *   public String name() { return "town-hall"; }
 *   public List<ReplayEvent> events() {
 *     Instant t = Instant.parse("2025-03-03T09:00:00Z");
 *     return List.of(
 *         new ReplayEvent.Comment("0", "p1", t, "More trees on the square", false),
 *         new ReplayEvent.Vote("0", "p2", 1, t.plusSeconds(60)));
 *   }
 * };
 * ReplayResult result = Replay.run(source, SimulationListener.NONE);
 * }</pre>
 */
public interface ReplaySource {
  /** @return a short name of the source for summaries and progress, e.g. the export's directory name */
  String name();

  /**
   * @return every comment, vote and unreadable row of the source, in any order; never null, no
   *     null elements
   */
  List<ReplayEvent> events();
}
