package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Set;
import org.consulta.core.consultation.ContributionKind;

/**
 * Which contributions a {@link CommitmentTerms.RespondWithin} promises to answer. Only top-level
 * contributions count (comments and replies are conversation, not input awaiting an answer).
 */
public sealed interface ResponseScope {
  /** Every top-level contribution, from the moment it is submitted. */
  record AllContributions() implements ResponseScope {}

  /**
   * Top-level contributions of some kinds (e.g. every request), from the moment submitted.
   *
   * @param kinds the kinds, at least one
   */
  record OfKinds(Set<ContributionKind> kinds) implements ResponseScope {
    public OfKinds {
      requireNonNull(kinds, "kinds");
      if (kinds.isEmpty()) {
        throw new IllegalArgumentException("OfKinds needs at least one kind");
      }
      kinds = Set.copyOf(EnumSet.copyOf(kinds));
    }
  }

  /**
   * Every proposal that reaches a number of supports, from the moment it reaches them.
   *
   * @param minimumSupports the supports, at least 1
   */
  record SupportedProposals(long minimumSupports) implements ResponseScope {
    public SupportedProposals {
      if (minimumSupports < 1) {
        throw new IllegalArgumentException("minimumSupports must be at least 1, not " + minimumSupports);
      }
    }
  }

  /** @return every top-level contribution */
  static ResponseScope all() {
    return new AllContributions();
  }

  /**
   * @param kinds the kinds
   * @return top-level contributions of those kinds
   */
  static ResponseScope ofKinds(ContributionKind... kinds) {
    return new OfKinds(Set.of(kinds));
  }

  /**
   * @param minimumSupports the supports
   * @return proposals from the moment they reach that many supports
   */
  static ResponseScope supportedProposals(long minimumSupports) {
    return new SupportedProposals(minimumSupports);
  }
}
