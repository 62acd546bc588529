package org.consulta.core.simulation;

import static java.util.Objects.requireNonNull;

/**
 * Replays a real consultation's comments and votes (a {@link ReplaySource}) on the real engine, in
 * their original order and timing, so results on real data can be compared with synthetic runs.
 *
 * <p>Each replay builds its own engine (in-memory store, a virtual clock, ids seeded with 0) and one
 * online consultation taking ideas and comments from registered participants under reactive
 * moderation ({@link Scenario#defaultConsultation()} with its channels, kinds and schedule
 * replaced), open from just before the first event to one day after the last. The events are
 * sorted stably by instant (a comment before a vote at the same instant); the clock moves to each
 * in turn. A participant is registered (without demographics) for each distinct author or voter on
 * their first event that reaches the engine; a comment is submitted as an {@code IDEA}; a vote
 * becomes a reaction: 1 supports, -1 opposes, 0 (pass) is a stance of 0. Comments the source's
 * moderators hid are ingested all the same and counted in {@link
 * ReplaySummary#commentsModeratedOut()}.
 *
 * <p>Every event is either ingested or rejected with a reason in {@link ReplaySummary#rejections()}:
 * the source's unreadable rows (prefixed with their file), {@code "duplicate comment id"}, {@code
 * "empty comment"}, {@code "vote value not -1, 0 or 1"}, {@code "vote on an unknown comment"},
 * {@code "vote before its comment"}, {@code "vote on a rejected comment"}, and what the engine
 * refuses: {@code "invalid comment: <field> <reason>"} (for example a body too long), {@code
 * "invalid vote: ..."}, {@code "comment refused by the engine: <kind>"}, {@code "vote refused by
 * the engine: <kind>"}.
 *
 * <p>One {@link DayRecord} per UTC day from the first event's day to the last's (days without
 * events included), day 0 being the first, with no commitments and these metrics in this order:
 * {@code participants} (cumulative), {@code contributions} (that day), {@code
 * contributions.online} (that day; all of them), {@code contributions.total} (cumulative), {@code
 * reactions} (that day), {@code reactions.total} (cumulative), {@code votes.agree}, {@code
 * votes.disagree}, {@code votes.pass} (that day), {@code moderated_out} (cumulative). The names
 * are those of a simulation's {@link DayRecord} where they mean the same.
 *
 * <p>Deterministic: the same events give an equal {@link ReplayResult}. Replays are independent
 * and may run on different threads at once.
 *
 * <pre>{@code
 * ReplayResult result = Replay.run(source, SimulationListener.NONE);
 * result.summary().rejections();      // {"vote on an unknown comment"=1, ...}
 * result.series("participants");
 * }</pre>
 */
public final class Replay {
  private Replay() {}

  /**
   * @param source the comments and votes; {@link ReplaySource#events()} is called once
   * @param listener hears of each day as it ends, labelled with the source's name
   * @return the summary and the days
   * @throws NullPointerException if the source gives null events
   */
  public static ReplayResult run(ReplaySource source, SimulationListener listener) {
    requireNonNull(source, "source");
    requireNonNull(listener, "listener");
    return new ReplayRun(source, listener).run();
  }
}
