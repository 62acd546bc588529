package org.consulta.core.simulation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a {@link Replay} took in and what it turned away. Every event of the source is counted
 * exactly once: {@code commentsIngested + commentsRejected + votesIngested + votesRejected +
 * rowsRejected} is the number of events. Immutable.
 *
 * @param source the source's name
 * @param participants distinct authors and voters registered in the engine (on their first event
 *     that reached it)
 * @param commentsIngested comments the engine took, moderated-out ones included
 * @param commentsModeratedOut of those, the ones the source's moderators had hidden
 * @param commentsRejected comments turned away (see {@code rejections})
 * @param votesIngested votes the engine took, of all three values
 * @param votesAgree of those, agree (1)
 * @param votesDisagree of those, disagree (-1)
 * @param votesPass of those, pass (0)
 * @param votesRejected votes turned away
 * @param rowsRejected rows the source could not read ({@link ReplayEvent.Rejected})
 * @param rejections reason to count, sorted by reason; a reason of a row the source could not
 *     read is prefixed with its file, e.g. {@code "votes.csv: unparsable timestamp"}
 * @param firstEvent the instant of the earliest comment or vote, ingested or not; empty if none
 * @param lastEvent the instant of the latest one; empty if none
 */
public record ReplaySummary(
    String source,
    long participants,
    long commentsIngested,
    long commentsModeratedOut,
    long commentsRejected,
    long votesIngested,
    long votesAgree,
    long votesDisagree,
    long votesPass,
    long votesRejected,
    long rowsRejected,
    Map<String, Long> rejections,
    Optional<Instant> firstEvent,
    Optional<Instant> lastEvent) {
  public ReplaySummary {
    requireNonNull(source, "source");
    rejections = Collections.unmodifiableMap(new TreeMap<>(requireNonNull(rejections, "rejections")));
    requireNonNull(firstEvent, "firstEvent");
    requireNonNull(lastEvent, "lastEvent");
  }

  /** @return every event turned away: comments, votes and unreadable rows */
  public long rejected() {
    return commentsRejected + votesRejected + rowsRejected;
  }
}
