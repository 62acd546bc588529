package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A tenant's record across its past consultations (closed or later), the record that sets honest
 * expectations for the next one: how much input was answered and how fast (quantiles over every
 * answered contribution together), how much was answered within the time promised, how many
 * decisions cite the input, how many commitments were met. Public unless the tenant chose {@link
 * TrackRecordVisibility#INTERNAL}.
 *
 * @param at when it was computed
 * @param consultations one entry per past consultation, newest first (at most 1,000)
 * @param answers answered share and times to response, pooled
 * @param shareWithinPromise answered within the promised time, of every item a response commitment
 *     covered (empty without any)
 * @param decisions decisions recorded
 * @param decisionsWithInput of those, decisions linked to input
 * @param commitmentsMet live commitments met
 * @param commitmentsBreached live commitments breached
 */
public record TrackRecord(Instant at, List<TrackRecordEntry> consultations, AnswerTimes answers, OptionalDouble shareWithinPromise, long decisions,
    long decisionsWithInput, long commitmentsMet, long commitmentsBreached) {
  public TrackRecord {
    requireNonNull(at, "at");
    consultations = List.copyOf(requireNonNull(consultations, "consultations"));
    requireNonNull(answers, "answers");
    requireNonNull(shareWithinPromise, "shareWithinPromise");
  }

  /** @return decisions with input as a share of all decisions, if any was recorded */
  public OptionalDouble shareDecisionsWithInput() {
    return decisions == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) decisionsWithInput / decisions);
  }

  /** @return commitments met as a share of those judged (met or breached), if any was */
  public OptionalDouble shareCommitmentsMet() {
    long judged = commitmentsMet + commitmentsBreached;
    return judged == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) commitmentsMet / judged);
  }
}
