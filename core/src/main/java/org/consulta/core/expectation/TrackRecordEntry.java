package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.Phase;
import org.consulta.core.value.LocalizedText;

/**
 * One past consultation in a tenant's {@link TrackRecord}.
 *
 * @param consultation the consultation
 * @param title its title
 * @param phase its phase now (closed or later)
 * @param answers how much of its input was answered and how fast
 * @param shareWithinPromise of the items its response commitments covered, the share answered in
 *     time (empty without such a commitment or item)
 * @param decisions decisions recorded
 * @param decisionsWithInput of those, decisions linked to themes or contributions
 * @param commitmentsMet live commitments met
 * @param commitmentsBreached live commitments breached
 */
public record TrackRecordEntry(ConsultationId consultation, LocalizedText title, Phase phase, AnswerTimes answers, OptionalDouble shareWithinPromise,
    long decisions, long decisionsWithInput, long commitmentsMet, long commitmentsBreached) {
  public TrackRecordEntry {
    requireNonNull(consultation, "consultation");
    requireNonNull(title, "title");
    requireNonNull(phase, "phase");
    requireNonNull(answers, "answers");
    requireNonNull(shareWithinPromise, "shareWithinPromise");
  }
}
