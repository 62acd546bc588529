package org.consulta.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.consulta.core.simulation.ReplayEvent.Comment;
import org.consulta.core.simulation.ReplayEvent.Rejected;
import org.consulta.core.simulation.ReplayEvent.Vote;
import org.junit.jupiter.api.Test;

class ReplayTest {
  private static final Instant T0 = Instant.parse("2025-03-03T10:00:00Z");

  /** A source of the given events, in the given order. */
  private record Events(String name, List<ReplayEvent> events) implements ReplaySource {}

  private static ReplayResult replay(ReplayEvent... events) {
    return Replay.run(new Events("town-hall", List.of(events)), SimulationListener.NONE);
  }

  private static Instant at(long minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  private static Comment comment(String id, String author, long minutes) {
    return new Comment(id, author, at(minutes), "Comment " + id + ", with a comma and é", false);
  }

  @Test
  void countsTheParticipantsCommentsAndVotesItIngests() {
    ReplaySummary s = replay(
        comment("0", "a", 0),
        comment("1", "b", 1),
        new Vote("0", "b", 1, at(2)),
        new Vote("0", "c", -1, at(3)),
        new Vote("1", "a", 0, at(4)),
        new Vote("1", "c", 1, at(5))).summary();

    assertThat(s.source()).isEqualTo("town-hall");
    assertThat(s.participants()).isEqualTo(3);
    assertThat(s.commentsIngested()).isEqualTo(2);
    assertThat(s.votesIngested()).isEqualTo(4);
    assertThat(s.votesAgree()).isEqualTo(2);
    assertThat(s.votesDisagree()).isEqualTo(1);
    assertThat(s.votesPass()).isEqualTo(1);
    assertThat(s.rejected()).isZero();
    assertThat(s.rejections()).isEmpty();
    assertThat(s.firstEvent()).contains(at(0));
    assertThat(s.lastEvent()).contains(at(5));
  }

  @Test
  void rejectsEachBadEventWithItsReasonAndLosesNone() {
    List<ReplayEvent> events = List.of(
        comment("0", "a", 0),
        new Comment("0", "b", at(1), "Same id again", false),
        new Comment("1", "b", at(2), "   ", false),
        new Comment("2", "c", at(3), "x".repeat(20_001), false),
        new Vote("0", "b", 2, at(4)),
        new Vote("9", "b", 1, at(5)),
        new Vote("3", "b", 1, at(6)),
        comment("3", "c", 7),
        new Vote("1", "c", 1, at(8)),
        new Vote("2", "a", -1, at(9)),
        new Vote("0", "c", 1, at(10)),
        new Rejected("votes.csv", 12, "unparsable timestamp"),
        new Rejected("votes.csv", 14, "unparsable timestamp"),
        new Rejected("comments.csv", 3, "missing comment-id"));

    ReplaySummary s = Replay.run(new Events("bad", events), SimulationListener.NONE).summary();

    assertThat(s.rejections()).containsExactly(
        entry("comments.csv: missing comment-id", 1L),
        entry("duplicate comment id", 1L),
        entry("empty comment", 1L),
        entry("invalid comment: body must be at most 20000 characters", 1L),
        entry("vote before its comment", 1L),
        entry("vote on a rejected comment", 2L),
        entry("vote on an unknown comment", 1L),
        entry("vote value not -1, 0 or 1", 1L),
        entry("votes.csv: unparsable timestamp", 2L));
    assertThat(s.commentsIngested()).isEqualTo(2);
    assertThat(s.commentsRejected()).isEqualTo(3);
    assertThat(s.votesIngested()).isEqualTo(1);
    assertThat(s.votesRejected()).isEqualTo(5);
    assertThat(s.rowsRejected()).isEqualTo(3);
    assertThat(s.commentsIngested() + s.votesIngested() + s.rejected()).isEqualTo(events.size());
  }

  @Test
  void moderatedOutCommentsAreIngestedAndCountedApart() {
    ReplayResult r = replay(
        new Comment("0", "a", at(0), "Hidden by the moderators", true),
        comment("1", "a", 1),
        new Vote("0", "b", -1, at(2)));

    assertThat(r.summary().commentsIngested()).isEqualTo(2);
    assertThat(r.summary().commentsModeratedOut()).isEqualTo(1);
    assertThat(r.summary().votesIngested()).isEqualTo(1);
    assertThat(r.days().get(0).metric("moderated_out")).isEqualTo(1);
  }

  @Test
  void replaysInTimeOrderWhateverTheSourceOrder() {
    ReplaySummary s = replay(
        new Vote("0", "b", 1, at(30)),
        new Vote("1", "a", 1, at(20)),
        comment("1", "b", 10),
        comment("0", "a", 0)).summary();

    assertThat(s.votesIngested()).isEqualTo(2);
    assertThat(s.rejected()).isZero();
    assertThat(s.firstEvent()).contains(at(0));
    assertThat(s.lastEvent()).contains(at(30));
  }

  @Test
  void aCommentGoesBeforeAVoteAtTheSameInstant() {
    ReplaySummary s = replay(new Vote("0", "a", 1, at(0)), comment("0", "a", 0)).summary();

    assertThat(s.votesIngested()).isEqualTo(1);
    assertThat(s.participants()).isEqualTo(1);
  }

  @Test
  void aVoteWithinASecondBeforeItsCommentCountsWithTheComment() {
    Instant commentAt = at(0).plusMillis(700);
    ReplaySummary s = replay(new Comment("0", "a", commentAt, "Milliseconds", false), new Vote("0", "a", 1, at(0)),
        new Vote("0", "b", 1, commentAt.minusMillis(1_001))).summary();

    assertThat(s.votesIngested()).isEqualTo(1);
    assertThat(s.rejections()).containsExactly(entry("vote before its comment", 1L));
  }

  @Test
  void theSameEventsGiveEqualResults() {
    List<ReplayEvent> events = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      events.add(comment(String.valueOf(i), "p" + (i % 7), i * 90L));
      for (int v = 0; v < 10; v++) {
        events.add(new Vote(String.valueOf(i), "p" + v, (i + v) % 3 - 1, at(i * 90L + v + 1)));
      }
    }
    events.add(new Vote("99", "p1", 1, at(5)));

    ReplayResult first = Replay.run(new Events("twice", events), SimulationListener.NONE);
    ReplayResult second = Replay.run(new Events("twice", events), SimulationListener.NONE);

    assertThat(second).isEqualTo(first);
    assertThat(first.summary().votesIngested()).isEqualTo(200);
  }

  @Test
  void oneDayRecordPerUtcDayFromTheFirstEventToTheLastQuietDaysIncluded() {
    List<String> heard = new ArrayList<>();
    ReplayResult r = Replay.run(new Events("days", List.of(
        comment("0", "a", 0),
        new Vote("0", "b", 1, at(60)),
        new Vote("0", "c", 0, at(2 * 24 * 60)),
        comment("1", "c", 2 * 24 * 60 + 1),
        new Vote("1", "a", -1, at(2 * 24 * 60 + 2)))),
        (run, day, days, record) -> heard.add(run + " " + day + "/" + days + " " + record.date()));

    assertThat(r.days()).extracting(DayRecord::date)
        .containsExactly(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 5));
    assertThat(r.days()).extracting(DayRecord::day).containsExactly(0, 1, 2);
    assertThat(r.days()).allSatisfy(d -> assertThat(d.metrics().keySet()).containsExactly("participants", "contributions",
        "contributions.online", "contributions.total", "reactions", "reactions.total", "votes.agree", "votes.disagree", "votes.pass",
        "moderated_out"));
    assertThat(r.series("participants")).containsExactly(2, 2, 3);
    assertThat(r.series("contributions")).containsExactly(1, 0, 1);
    assertThat(r.series("contributions.total")).containsExactly(1, 1, 2);
    assertThat(r.series("reactions")).containsExactly(1, 0, 2);
    assertThat(r.series("reactions.total")).containsExactly(1, 1, 3);
    assertThat(r.series("votes.agree")).containsExactly(1, 0, 0);
    assertThat(r.series("votes.disagree")).containsExactly(0, 0, 1);
    assertThat(r.series("votes.pass")).containsExactly(0, 0, 1);
    assertThat(r.days()).allSatisfy(d -> assertThat(d.commitments()).isEmpty());
    assertThat(heard).containsExactly("days 0/3 2025-03-03", "days 1/3 2025-03-04", "days 2/3 2025-03-05");
  }

  @Test
  void aSourceWithoutCommentsOrVotesGivesNoDays() {
    ReplayResult r = replay(new Rejected("comments.csv", 2, "unparsable timestamp"));

    assertThat(r.days()).isEmpty();
    assertThat(r.summary().rowsRejected()).isEqualTo(1);
    assertThat(r.summary().firstEvent()).isEmpty();
  }
}
