package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;

/**
 * Command: declare a commitment on a consultation that has not opened yet (draft or scheduled).
 *
 * <pre>{@code
 * consulta.expectations().declare(manager,
 *     NewCommitment.of(consultation, CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.workingDays(10))));
 * }</pre>
 *
 * @param consultation the consultation
 * @param terms what is promised
 * @param riskShare the share of an item's time after which it is at risk, in (0, 1); default
 *     {@link Commitment#DEFAULT_RISK_SHARE}
 * @param idempotencyKey optional key for safe repetition
 */
public record NewCommitment(ConsultationId consultation, CommitmentTerms terms, OptionalDouble riskShare, Optional<IdempotencyKey> idempotencyKey)
    implements Command {
  public NewCommitment {
    requireNonNull(consultation, "consultation");
    requireNonNull(terms, "terms");
    requireNonNull(riskShare, "riskShare");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /**
   * @param consultation the consultation
   * @param terms the terms
   * @return the command with the default risk share and no key
   */
  public static NewCommitment of(ConsultationId consultation, CommitmentTerms terms) {
    return new NewCommitment(consultation, terms, OptionalDouble.empty(), Optional.empty());
  }

  /**
   * @param share the share of its time an item may use before it is at risk
   * @return a copy with that share
   */
  public NewCommitment withRiskShare(double share) {
    return new NewCommitment(consultation, terms, OptionalDouble.of(share), idempotencyKey);
  }
}
