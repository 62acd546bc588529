package org.consulta.core.moderation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.consulta.core.contribution.ContributionId;

/**
 * What an author learns when they appeal: that the appeal is queued and by when a decision is due.
 * It leaves out the case's staff-only parts (screeners' findings, moderators' notes and names).
 *
 * @param contribution the appealed contribution
 * @param status the case's status ({@link CaseStatus#APPEALED})
 * @param filedAt when the appeal was filed
 * @param decisionDueBy when a decision on the appeal is due
 */
public record AppealReceipt(ContributionId contribution, CaseStatus status, Instant filedAt, Instant decisionDueBy) {
  public AppealReceipt {
    requireNonNull(contribution, "contribution");
    requireNonNull(status, "status");
    requireNonNull(filedAt, "filedAt");
    requireNonNull(decisionDueBy, "decisionDueBy");
  }
}
