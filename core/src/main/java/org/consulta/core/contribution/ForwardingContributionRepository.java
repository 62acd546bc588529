package org.consulta.core.contribution;

import java.util.List;
import java.util.Optional;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.SortKey;

/**
 * A contribution repository that forwards every call, default methods included, to another one;
 * extend it and override only what you decorate. As thread-safe as its delegate.
 */
public abstract class ForwardingContributionRepository implements ContributionRepository {
  /** For subclasses. */
  protected ForwardingContributionRepository() {}

  /** @return the repository calls go to */
  protected abstract ContributionRepository delegate();

  @Override
  public void insert(Contribution contribution) {
    delegate().insert(contribution);
  }

  @Override
  public void insertAll(List<Contribution> contributions) {
    delegate().insertAll(contributions);
  }

  @Override
  public void update(Contribution contribution) {
    delegate().update(contribution);
  }

  @Override
  public Optional<Contribution> find(ContributionId id) {
    return delegate().find(id);
  }

  @Override
  public Optional<Contribution> findForUpdate(ContributionId id) {
    return delegate().findForUpdate(id);
  }

  @Override
  public List<Contribution> list(ContributionQuery query, Optional<SortKey> after, int limit) {
    return delegate().list(query, after, limit);
  }

  @Override
  public List<Contribution> listByAuthor(ParticipantId author, Optional<SortKey> after, int limit) {
    return delegate().listByAuthor(author, after, limit);
  }

  @Override
  public ContributionCounts counts(ConsultationId consultation) {
    return delegate().counts(consultation);
  }
}
