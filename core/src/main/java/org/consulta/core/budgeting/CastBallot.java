package org.consulta.core.budgeting;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A ballot and who cast it.
 *
 * @param voter the voter's id, unique in the election
 * @param ballot what they voted
 * @param attributes further attributes of the voter a source gave (pabulib's {@code age}, {@code
 *     sex}, {@code voting_method}, ...), in source order, kept for export
 */
public record CastBallot(String voter, Ballot ballot, Map<String, String> attributes) {
  public CastBallot {
    requireNonNull(voter, "voter");
    requireNonNull(ballot, "ballot");
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(attributes, "attributes")));
  }

  /** @return a ballot without voter attributes */
  public static CastBallot of(String voter, Ballot ballot) {
    return new CastBallot(voter, ballot, Map.of());
  }
}
