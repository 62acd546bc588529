package org.consulta.core.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A replay's counters, its evening {@link DayRecord}s and its {@link ReplaySummary}. Single-thread. */
final class ReplayMetrics {
  private long participants;
  private long commentsTotal;
  private long moderatedOut;
  private long commentsRejected;
  private long votesTotal;
  private final long[] votesTotalBy = new long[3];
  private long votesRejected;
  private long rowsRejected;
  private final Map<String, Long> rejections = new TreeMap<>();
  private long comments;
  private long votes;
  private final long[] votesBy = new long[3];

  void startDay() {
    comments = 0;
    votes = 0;
    votesBy[0] = 0;
    votesBy[1] = 0;
    votesBy[2] = 0;
  }

  void participant() {
    participants++;
  }

  void comment(boolean hidden) {
    comments++;
    commentsTotal++;
    if (hidden) {
      moderatedOut++;
    }
  }

  /** @param value -1, 0 or 1 */
  void vote(int value) {
    votes++;
    votesTotal++;
    votesBy[value + 1]++;
    votesTotalBy[value + 1]++;
  }

  void commentRejected(String reason) {
    commentsRejected++;
    rejections.merge(reason, 1L, Long::sum);
  }

  void voteRejected(String reason) {
    votesRejected++;
    rejections.merge(reason, 1L, Long::sum);
  }

  void rowRejected(ReplayEvent.Rejected row) {
    rowsRejected++;
    rejections.merge(row.file() + ": " + row.reason(), 1L, Long::sum);
  }

  /** The metrics {@link Replay} documents, in that order. */
  DayRecord endDay(int day, LocalDate date) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("participants", (double) participants);
    m.put("contributions", (double) comments);
    m.put("contributions.online", (double) comments);
    m.put("contributions.total", (double) commentsTotal);
    m.put("reactions", (double) votes);
    m.put("reactions.total", (double) votesTotal);
    m.put("votes.agree", (double) votesBy[2]);
    m.put("votes.disagree", (double) votesBy[0]);
    m.put("votes.pass", (double) votesBy[1]);
    m.put("moderated_out", (double) moderatedOut);
    return new DayRecord(day, date, m, List.of());
  }

  ReplaySummary summary(String source, Optional<Instant> first, Optional<Instant> last) {
    return new ReplaySummary(source, participants, commentsTotal, moderatedOut, commentsRejected, votesTotal, votesTotalBy[2],
        votesTotalBy[0], votesTotalBy[1], votesRejected, rowsRejected, rejections, first, last);
  }
}
