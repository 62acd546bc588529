package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.consulta.core.participant.ParticipantId;

/**
 * What the store knows of one participant who stated expectations of a consultation: the
 * statements, their declared demographic values now, and what was delivered to them, measured from
 * the consultation's records (see {@link ExpectationKind} for each).
 *
 * @param participant the participant
 * @param stated their statements, by kind
 * @param declared their declared value per dimension
 * @param read a contribution of theirs is in a theme, answered or linked to a decision
 * @param answered a contribution of theirs has a response, its own or its theme's
 * @param influenced a contribution of theirs informed (directly or through a theme) a decision that changed or partly changed
 * @param heard an outcome digest about the consultation was sent to them
 */
public record DeliveryFacts(ParticipantId participant, List<StatedExpectation> stated, Map<String, String> declared, boolean read, boolean answered,
    boolean influenced, boolean heard) {
  public DeliveryFacts {
    requireNonNull(participant, "participant");
    stated = List.copyOf(requireNonNull(stated, "stated"));
    declared = java.util.Collections.unmodifiableMap(new TreeMap<>(requireNonNull(declared, "declared")));
  }

  /**
   * @param kind an expectation
   * @return whether it was delivered
   */
  public boolean delivered(ExpectationKind kind) {
    switch (kind) {
      case READ:
        return read;
      case ANSWER:
        return answered;
      case INFLUENCE:
        return influenced;
      case OUTCOME:
        return heard;
      default:
        throw new AssertionError(kind);
    }
  }
}
