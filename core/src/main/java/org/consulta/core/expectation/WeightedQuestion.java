package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.consulta.core.contribution.ContributionId;

/**
 * One question of {@link WeightedResults}: the support and opposition a contribution received, or
 * the single-choice answers given to one form field, raw and weighted.
 *
 * @param contribution the contribution reacted to, for a reaction question
 * @param field the form field's key, for a survey question
 * @param answered respondents who answered it
 * @param shares one per answer given ({@code support}/{@code oppose}, or the options), first given first
 */
public record WeightedQuestion(Optional<ContributionId> contribution, Optional<String> field, long answered, List<WeightedShare> shares) {
  public WeightedQuestion {
    requireNonNull(contribution, "contribution");
    requireNonNull(field, "field");
    shares = List.copyOf(requireNonNull(shares, "shares"));
    if (contribution.isPresent() == field.isPresent()) {
      throw new IllegalArgumentException("a weighted question is about a contribution or a field, not both or neither");
    }
  }
}
