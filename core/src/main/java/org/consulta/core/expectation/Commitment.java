package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.ConsultationId;

/**
 * A commitment declared on a consultation: its terms, how early it warns, and the status it was
 * last evaluated to. Immutable; every change yields a new {@link #version()}.
 *
 * @param id the id
 * @param tenant the owning tenant
 * @param consultation the consultation it is declared on
 * @param version optimistic-concurrency version, 1 when declared
 * @param terms what is promised
 * @param riskShare the share of an item's (or a date's) time after which it is at risk, in (0, 1)
 * @param status the status at the last evaluation that changed it
 * @param statusSince when that evaluation happened
 * @param achievedAt when the promised thing happened, for commitments that are met once (a target
 *     reached, the decision taken, the report published); empty otherwise
 * @param withdrawnAt when it was withdrawn (only possible before the consultation opened)
 * @param declaredBy the subject that declared it
 * @param declaredAt when it was declared
 * @param updatedAt when this version was made
 */
public record Commitment(
    CommitmentId id,
    TenantId tenant,
    ConsultationId consultation,
    long version,
    CommitmentTerms terms,
    double riskShare,
    CommitmentStatus status,
    Instant statusSince,
    Optional<Instant> achievedAt,
    Optional<Instant> withdrawnAt,
    String declaredBy,
    Instant declaredAt,
    Instant updatedAt) {
  /** The share of its time an item may use before it is at risk, unless a commitment says otherwise. */
  public static final double DEFAULT_RISK_SHARE = 0.75;

  public Commitment {
    requireNonNull(id, "id");
    requireNonNull(tenant, "tenant");
    requireNonNull(consultation, "consultation");
    requireNonNull(terms, "terms");
    requireNonNull(status, "status");
    requireNonNull(statusSince, "statusSince");
    requireNonNull(achievedAt, "achievedAt");
    requireNonNull(withdrawnAt, "withdrawnAt");
    requireNonNull(declaredBy, "declaredBy");
    requireNonNull(declaredAt, "declaredAt");
    requireNonNull(updatedAt, "updatedAt");
    if (!(riskShare > 0 && riskShare < 1)) {
      throw new IllegalArgumentException("riskShare must be in (0, 1), not " + riskShare);
    }
  }

  /** @return whether it still binds (not withdrawn) */
  public boolean live() {
    return withdrawnAt.isEmpty();
  }

  /**
   * @param next the new status
   * @param at when it was found
   * @return the next version with that status
   */
  public Commitment withStatus(CommitmentStatus next, Instant at) {
    return new Commitment(id, tenant, consultation, version + 1, terms, riskShare, next, at, achievedAt, withdrawnAt, declaredBy, declaredAt, at);
  }

  /**
   * @param at when the promised thing happened
   * @return the next version with {@code achievedAt} set
   */
  public Commitment withAchievedAt(Instant at) {
    return new Commitment(id, tenant, consultation, version + 1, terms, riskShare, status, statusSince, Optional.of(at), withdrawnAt, declaredBy,
        declaredAt, at);
  }

  /**
   * @param at when it was withdrawn
   * @return the next version, withdrawn
   */
  public Commitment withdrawn(Instant at) {
    return new Commitment(id, tenant, consultation, version + 1, terms, riskShare, status, statusSince, achievedAt, Optional.of(at), declaredBy,
        declaredAt, at);
  }
}
