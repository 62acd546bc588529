package org.consulta.core.contribution;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.ConsultaStyle;
import org.immutables.value.Value;

/**
 * Filters for listing a consultation's contributions; empty sets and absent values mean "any".
 * Results come oldest first by {@code (submittedAt, id)}. Build with {@code new
 * ContributionQueryBuilder()} or {@link #of(ConsultationId)}.
 *
 * @param consultation which consultation
 * @param kinds only these kinds
 * @param states only these states
 * @param category only this category
 * @param author only this author's
 * @param parent only replies to this contribution
 * @param submittedFrom only those submitted at or after
 * @param submittedBefore only those submitted before
 */
@ConsultaStyle
@Value.Builder
public record ContributionQuery(
    ConsultationId consultation,
    Set<ContributionKind> kinds,
    Set<ContributionState> states,
    Optional<String> category,
    Optional<ParticipantId> author,
    Optional<ContributionId> parent,
    Optional<Instant> submittedFrom,
    Optional<Instant> submittedBefore) {
  public ContributionQuery {
    requireNonNull(consultation, "consultation");
    kinds = Set.copyOf(requireNonNull(kinds, "kinds"));
    states = Set.copyOf(requireNonNull(states, "states"));
    requireNonNull(category, "category");
    requireNonNull(author, "author");
    requireNonNull(parent, "parent");
    requireNonNull(submittedFrom, "submittedFrom");
    requireNonNull(submittedBefore, "submittedBefore");
  }

  /**
   * @param consultation a consultation
   * @return a query for all of its contributions
   */
  public static ContributionQuery of(ConsultationId consultation) {
    return new ContributionQueryBuilder().consultation(consultation).build();
  }

  /**
   * @param c a contribution of this query's consultation
   * @return whether it passes every filter
   */
  public boolean matches(Contribution c) {
    return c.consultation().equals(consultation)
        && (kinds.isEmpty() || kinds.contains(c.kind()))
        && (states.isEmpty() || states.contains(c.state()))
        && (category.isEmpty() || category.equals(c.category()))
        && (author.isEmpty() || author.equals(c.author()))
        && (parent.isEmpty() || parent.equals(c.parent()))
        && (submittedFrom.isEmpty() || !c.submittedAt().isBefore(submittedFrom.get()))
        && (submittedBefore.isEmpty() || c.submittedAt().isBefore(submittedBefore.get()));
  }
}
