package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.value.LocalizedText;
import org.consulta.core.value.SortKey;

/**
 * What is being done to carry out decisions (Decidim's "accountability"): a status, a progress
 * percentage, milestones and a public timeline. Results nest: a result with sub-results reports
 * the mean progress of its sub-results that are not cancelled ({@link ResultNode#progress()}),
 * computed when read, never stored.
 *
 * @param id the id
 * @param tenant the tenant
 * @param consultation the consultation
 * @param version 1 when created, +1 per change
 * @param parent the result this one is part of, if any
 * @param title a short public title
 * @param description an optional public description
 * @param status the status
 * @param progress its own progress, 0 to 100 (a parent's reported progress rolls up from its children)
 * @param milestones its milestones, in the order given
 * @param decisions the decisions it carries out
 * @param timeline its public updates, oldest first
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record Result(
    ResultId id,
    TenantId tenant,
    ConsultationId consultation,
    long version,
    Optional<ResultId> parent,
    LocalizedText title,
    Optional<LocalizedText> description,
    ResultStatus status,
    int progress,
    List<Milestone> milestones,
    List<DecisionId> decisions,
    List<ResultUpdate> timeline,
    Instant createdAt,
    Instant updatedAt) {
  public Result {
    requireNonNull(id, "id");
    requireNonNull(tenant, "tenant");
    requireNonNull(consultation, "consultation");
    requireNonNull(parent, "parent");
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    requireNonNull(status, "status");
    milestones = List.copyOf(requireNonNull(milestones, "milestones"));
    decisions = List.copyOf(requireNonNull(decisions, "decisions"));
    timeline = List.copyOf(requireNonNull(timeline, "timeline"));
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    if (version < 1) {
      throw new IllegalArgumentException("version starts at 1");
    }
    if (progress < 0 || progress > 100) {
      throw new IllegalArgumentException("progress is 0 to 100, not " + progress);
    }
  }

  /** @return the result with every update's author named {@value OutcomeService#STAFF}, as readers who are not staff see it */
  public Result publicView() {
    return new Result(id, tenant, consultation, version, parent, title, description, status, progress, milestones, decisions,
        timeline.stream().map(ResultUpdate::publicView).toList(), createdAt, updatedAt);
  }

  /** @return the keyset position: creation time, then id */
  public SortKey sortKey() {
    return new SortKey(createdAt, id.value());
  }
}
