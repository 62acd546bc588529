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
 * Store timed = ForwardingUnitOfWork.decorate(store, uow -> new ForwardingUnitOfWork() {
 *   protected UnitOfWork delegate() { return uow; }
 *   public EventLog events() { return timedLog(uow.events()); }
 * });
 * }</pre>
 *
 * <p>As thread-safe as its delegate (a unit of work is used by one thread).
 */
public abstract class ForwardingUnitOfWork implements UnitOfWork {
  /** For subclasses. */
  protected ForwardingUnitOfWork() {}

  /** @return the unit of work calls go to */
  protected abstract UnitOfWork delegate();

  /**
   * A store whose every unit of work is {@code decorator} applied to the unit of work of {@code
   * store}, e.g. {@code ForwardingUnitOfWork.decorate(store, TimedUnitOfWork::new)}.
   *
   * @param store the store to decorate
   * @param decorator wraps each unit of work (typically a {@code ForwardingUnitOfWork} subclass)
   * @return the decorated store; thread-safe if {@code store} and {@code decorator} are
   */
  public static Store decorate(Store store, java.util.function.UnaryOperator<UnitOfWork> decorator) {
    java.util.Objects.requireNonNull(store, "store");
    java.util.Objects.requireNonNull(decorator, "decorator");
    return new Store() {
      @Override
      public <T> T inTransaction(TenantId tenant, java.util.function.Function<UnitOfWork, T> work) {
        return store.inTransaction(tenant, uow -> work.apply(decorator.apply(uow)));
      }

      @Override
      public String describe() {
        return store.describe();
      }
    };
  }

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

  @Override
  public org.consulta.core.moderation.ModerationRepository moderation() {
    return delegate().moderation();
  }

  @Override
  public org.consulta.core.outcome.OutcomeRepository outcomes() {
    return delegate().outcomes();
  }

  @Override
  public org.consulta.core.expectation.ExpectationRepository expectations() {
    return delegate().expectations();
  }
}
