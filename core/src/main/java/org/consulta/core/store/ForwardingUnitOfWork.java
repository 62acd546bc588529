package org.consulta.core.store;

import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.ConsultationRepository;
import org.consulta.core.contribution.ContributionRepository;
import org.consulta.core.contribution.ReactionRepository;
import org.consulta.core.participant.ParticipantRepository;
import org.consulta.core.webhook.WebhookRepository;

/**
 * A unit of work that forwards every call to another one; extend it and override only what you
 * decorate (metrics, tracing, fault injection in tests), so that methods added to {@link
 * UnitOfWork} later are forwarded too instead of falling back to their defaults.
 *
 * <pre>{@code
 * Store timed = new Store() {
 *   public <T> T inTransaction(TenantId tenant, Function<UnitOfWork, T> work) {
 *     return store.inTransaction(tenant, uow -> work.apply(new ForwardingUnitOfWork() {
 *       protected UnitOfWork delegate() { return uow; }
 *       public EventLog events() { return timedLog(uow.events()); }
 *     }));
 *   }
 * };
 * }</pre>
 *
 * <p>As thread-safe as its delegate (a unit of work is used by one thread).
 */
public abstract class ForwardingUnitOfWork implements UnitOfWork {
  /** For subclasses. */
  protected ForwardingUnitOfWork() {}

  /** @return the unit of work calls go to */
  protected abstract UnitOfWork delegate();

  @Override
  public TenantId tenant() {
    return delegate().tenant();
  }

  @Override
  public ConsultationRepository consultations() {
    return delegate().consultations();
  }

  @Override
  public ParticipantRepository participants() {
    return delegate().participants();
  }

  @Override
  public ContributionRepository contributions() {
    return delegate().contributions();
  }

  @Override
  public ReactionRepository reactions() {
    return delegate().reactions();
  }

  @Override
  public EventLog events() {
    return delegate().events();
  }

  @Override
  public IdempotencyRepository idempotency() {
    return delegate().idempotency();
  }

  @Override
  public WebhookRepository webhooks() {
    return delegate().webhooks();
  }
}
