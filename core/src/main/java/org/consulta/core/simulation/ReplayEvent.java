package org.consulta.core.simulation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One row of a {@link ReplaySource}: a comment, a vote, or a row the source could not read.
 * Immutable; no field is null. Ids are the source's own (for Polis, numbers as text) and are
 * matched exactly: a vote names its comment by the comment's id.
 */
public sealed interface ReplayEvent {

  /**
   * A comment, replayed as an {@code IDEA} at its instant.
   *
   * @param id the comment's id in the source, unique among its comments
   * @param author the author's id in the source (the same id space as voters)
   * @param at when it was written
   * @param text its body, as written
   * @param moderatedOut whether the source's moderators hid it (Polis {@code moderated = -1}); such
   *     comments are still replayed, and counted apart
   */
  record Comment(String id, String author, Instant at, String text, boolean moderatedOut) implements ReplayEvent {
    public Comment {
      requireNonNull(id, "id");
      requireNonNull(author, "author");
      requireNonNull(at, "at");
      requireNonNull(text, "text");
    }
  }

  /**
   * A vote on a comment, replayed as a reaction at its instant: 1 supports, -1 opposes, 0 (pass)
   * is a neutral stance.
   *
   * @param commentId the id of the comment voted on
   * @param voter the voter's id in the source
   * @param vote the value as read; values other than -1, 0 and 1 are rejected by the replay
   * @param at when it was cast
   */
  record Vote(String commentId, String voter, int vote, Instant at) implements ReplayEvent {
    public Vote {
      requireNonNull(commentId, "commentId");
      requireNonNull(voter, "voter");
      requireNonNull(at, "at");
    }
  }

  /**
   * A row the source could not read, counted with its reason.
   *
   * @param file the file (or other part of the source) it came from, e.g. {@code votes.csv}
   * @param line its line number, from 1 (0 if unknown)
   * @param reason why, short and the same for every row with the same problem (it is a key of
   *     {@link ReplaySummary#rejections()}), e.g. {@code "unparsable timestamp"}
   */
  record Rejected(String file, long line, String reason) implements ReplayEvent {
    public Rejected {
      requireNonNull(file, "file");
      requireNonNull(reason, "reason");
      if (line < 0) {
        throw new IllegalArgumentException("line must be 0 (unknown) or more, was " + line);
      }
    }
  }
}
