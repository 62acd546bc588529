package org.consulta.core.store;

import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.ConsultationRepository;
import org.consulta.core.contribution.ContributionRepository;
import org.consulta.core.contribution.ReactionRepository;
import org.consulta.core.moderation.ModerationRepository;
import org.consulta.core.participant.ParticipantRepository;
import org.consulta.core.webhook.WebhookRepository;

/**
 * The repositories and event log of one transaction, all bound to one tenant. Valid only during
 * the {@link Store#inTransaction} call that created it; not thread-safe. Reads through any of its
 * repositories see the writes it made earlier, before it commits.
 */
public interface UnitOfWork {
  /** @return the tenant this unit of work is bound to */
  TenantId tenant();

  /** @return consultations */
  ConsultationRepository consultations();

  /** @return participants, their contact details and the demographic schema */
  ParticipantRepository participants();

  /** @return contributions */
  ContributionRepository contributions();

  /** @return reactions */
  ReactionRepository reactions();

  /** @return the tenant's event log */
  EventLog events();

  /** @return stored outcomes of commands sent with an idempotency key */
  IdempotencyRepository idempotency();

  /**
   * The tenant's webhook subscriptions and outbox. Built-in stores implement it; the default, for
   * a store written before webhooks, has no subscriptions and refuses to create any.
   *
   * @return webhook subscriptions and deliveries
   */
  default WebhookRepository webhooks() {
    return WebhookRepository.unsupported();
  }

  /**
   * The tenant's moderation cases, flags, transparency counters and campaign index. Both built-in
   * stores implement it; a store without it cannot run moderation.
   *
   * @return the moderation repository
   * @throws UnsupportedOperationException if the store does not implement moderation
   */
  default ModerationRepository moderation() {
    throw new UnsupportedOperationException(getClass().getName() + " does not implement moderation storage");
  }

  /**
   * The tenant's themes, responses, decisions, results and queued outcome notices. Both built-in
   * stores implement it; a store without it cannot track outcomes.
   *
   * @return the outcome repository
   * @throws UnsupportedOperationException if the store does not implement outcome tracking
   */
  default org.consulta.core.outcome.OutcomeRepository outcomes() {
    throw new UnsupportedOperationException(getClass().getName() + " does not implement outcome storage");
  }

  /**
   * @return the expectation repository; stores without expectation support return {@link
   *     org.consulta.core.expectation.ExpectationRepository#none()}, which holds no commitments and
   *     refuses to store one
   */
  default org.consulta.core.expectation.ExpectationRepository expectations() {
    return org.consulta.core.expectation.ExpectationRepository.none();
  }
}
