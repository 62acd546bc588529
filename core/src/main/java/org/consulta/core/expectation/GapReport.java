package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.consulta.core.consultation.ConsultationId;

/**
 * What participants expected of a consultation against what they got: for each kind of
 * expectation, how many expected it, how many had it delivered (measured from the consultation's
 * records, not asked), and how they rated it; per channel and demographic group. For readers who
 * are not staff, a channel or group of fewer than {@link #MIN_CELL} participants is left out of
 * {@link GapLine#byChannel()} and {@link GapLine#byGroup()} (its ratings could name them); the
 * totals still count them.
 *
 * @param consultation the consultation
 * @param at when it was computed
 * @param participants participants who stated any expectation
 * @param lines one per kind of expectation, in {@link ExpectationKind} order
 */
public record GapReport(ConsultationId consultation, Instant at, long participants, List<GapLine> lines) {
  /** The fewest participants a channel or group shows to readers who are not staff. */
  public static final int MIN_CELL = 5;

  public GapReport {
    requireNonNull(consultation, "consultation");
    requireNonNull(at, "at");
    lines = List.copyOf(requireNonNull(lines, "lines"));
  }
}
