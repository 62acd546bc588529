package org.consulta.core.internal;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.consulta.core.access.AccessPolicy;
import org.consulta.core.access.Actor;
import org.consulta.core.consultation.ConsultationService;
import org.consulta.core.consultation.EligibilityCheck;
import org.consulta.core.contribution.ContributionService;
import org.consulta.core.error.IdempotencyKeyReusedException;
import org.consulta.core.event.EventListener;
import org.consulta.core.event.EventService;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.participant.ParticipantService;
import org.consulta.core.store.IdGenerator;
import org.consulta.core.store.IdempotencyRepository;
import org.consulta.core.store.Store;
import org.consulta.core.store.UnitOfWork;
import org.consulta.core.value.IdempotencyKey;
import org.consulta.core.error.ConcurrentChangeException;
import java.time.temporal.ChronoUnit;
import org.consulta.core.value.Command;
import org.consulta.core.webhook.WebhookService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine behind {@code Consulta}: runs every command as one store transaction, checks tenant
 * and access, applies idempotency, records events and notifies listeners after commit. Internal:
 * no compatibility promise; use {@code org.consulta.core.Consulta}.
 *
 * <p>Thread-safe and immutable once built.
 */
public final class Engine {
  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

  final Store store;
  final Clock clock;
  final IdGenerator ids;
  final AccessPolicy policy;
  final List<EventListener> listeners;
  final Map<String, EligibilityCheck> eligibility;
  final List<org.consulta.core.moderation.Screener> screeners;
  final org.consulta.core.notification.Notifier notifier;
  final List<org.consulta.core.outcome.ThemeSuggester> themeSuggesters;
  final Map<String, org.consulta.core.expectation.CommitmentEvaluator> commitmentEvaluators;

  private final ConsultationService consultations;
  private final ParticipantService participants;
  private final ContributionService contributions;
  private final EventService events;
  private final WebhookService webhooks;
  private final org.consulta.core.moderation.ModerationService moderation;
  private final org.consulta.core.outcome.OutcomeService outcomes;
  private final org.consulta.core.expectation.ExpectationService expectations;

  /**
   * @param store the store
   * @param clock the clock
   * @param ids the id generator
   * @param policy the access policy
   * @param listeners in-process listeners, called in order
   * @param eligibility custom eligibility checks by name
   * @param screeners the screening pipeline, in order
   * @param notifier where notifications to participants go
   * @param themeSuggesters what proposes themes, in order
   * @param commitmentEvaluators evaluators of custom commitment terms by name
   */
  public Engine(Store store, Clock clock, IdGenerator ids, AccessPolicy policy, List<EventListener> listeners,
      Map<String, EligibilityCheck> eligibility, List<org.consulta.core.moderation.Screener> screeners,
      org.consulta.core.notification.Notifier notifier, List<org.consulta.core.outcome.ThemeSuggester> themeSuggesters,
      Map<String, org.consulta.core.expectation.CommitmentEvaluator> commitmentEvaluators) {
    this.store = requireNonNull(store, "store");
    this.clock = requireNonNull(clock, "clock");
    this.ids = requireNonNull(ids, "ids");
    this.policy = requireNonNull(policy, "policy");
    this.listeners = List.copyOf(listeners);
    this.eligibility = Map.copyOf(eligibility);
    this.screeners = List.copyOf(screeners);
    this.notifier = requireNonNull(notifier, "notifier");
    this.themeSuggesters = List.copyOf(themeSuggesters);
    this.commitmentEvaluators = Map.copyOf(commitmentEvaluators);
    this.consultations = new Consultations(this);
    this.participants = new Participants(this);
    this.contributions = new Contributions(this);
    this.events = new Events(this);
    this.webhooks = new Webhooks(this);
    this.moderation = new Moderation(this);
    this.outcomes = new Outcomes(this);
    this.expectations = new Expectations(this);
  }

  /** @return the expectation service */
  public org.consulta.core.expectation.ExpectationService expectations() {
    return expectations;
  }

  /** @return the consultation service */
  public ConsultationService consultations() {
    return consultations;
  }

  /** @return the participant service */
  public ParticipantService participants() {
    return participants;
  }

  /** @return the contribution service */
  public ContributionService contributions() {
    return contributions;
  }

  /** @return the event service */
  public EventService events() {
    return events;
  }

  /** @return the moderation service */
  public org.consulta.core.moderation.ModerationService moderation() {
    return moderation;
  }

  /** @return the outcome service */
  public org.consulta.core.outcome.OutcomeService outcomes() {
    return outcomes;
  }

  /** @return the webhook service */
  public WebhookService webhooks() {
    return webhooks;
  }

  /**
   * Runs a command: one transaction, idempotency by the command's key, listeners after commit.
   *
   * @param actor who acts
   * @param command the command, for its idempotency key
   * @param body the work
   * @param <T> result type
   * @return the result, or the first result for a repeated key
   */
  <T> T command(Actor actor, Command command, Function<Tx, T> body) {
    requireNonNull(command, "command");
    return run(actor, Optional.of(command), body);
  }

  /**
   * Runs a query (it may still record scheduled phase moves it applies on the way).
   *
   * @param actor who acts
   * @param body the work
   * @param <T> result type
   * @return the result
   */
  <T> T query(Actor actor, Function<Tx, T> body) {
    return run(actor, Optional.empty(), body);
  }

  /**
   * How often a command is tried when the store reports a concurrent change it did not cause
   * (another node changed the same aggregate first). Each try re-reads everything, so the change
   * is applied to the fresh state; no sleep is needed because the other transaction has committed.
   */
  static final int ATTEMPTS = 5;

  private <T> T run(Actor actor, Optional<Command> command, Function<Tx, T> body) {
    requireNonNull(actor, "actor");
    for (int attempt = 1; ; attempt++) {
      Tx[] holder = new Tx[1];
      try {
        T result = store.inTransaction(actor.tenant(), uow -> once(actor, command, body, uow, holder));
        notifyListeners(holder[0].recorded);
        sendNotifications(holder[0].notifications);
        return result;
      } catch (ConcurrentChangeException e) {
        if (holder[0] == null || holder[0].callerConflict || attempt == ATTEMPTS) {
          throw e;
        }
        LOG.debug("retrying a command of tenant {} after a concurrent change (attempt {})", actor.tenant(), attempt);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private <T> T once(Actor actor, Optional<Command> command, Function<Tx, T> body, UnitOfWork uow, Tx[] holder) {
    Tx tx = new Tx(this, uow, actor, clock.instant().truncatedTo(ChronoUnit.MICROS));
    holder[0] = tx;
    Optional<IdempotencyKey> key = command.flatMap(Command::idempotencyKey);
    if (key.isPresent()) {
      Optional<IdempotencyRepository.Outcome> earlier = uow.idempotency().find(actor.subject(), key.get());
      if (earlier.isPresent()) {
        if (!earlier.get().command().equals(command.get())) {
          throw new IdempotencyKeyReusedException(key.get().value());
        }
        return (T) earlier.get().result();
      }
    }
    T value = body.apply(tx);
    tx.appendEvents();
    if (key.isPresent()) {
      uow.idempotency().save(actor.subject(), key.get(), new IdempotencyRepository.Outcome(command.get(), value, tx.now));
    }
    return value;
  }

  private void sendNotifications(List<org.consulta.core.notification.Notification> notifications) {
    for (org.consulta.core.notification.Notification n : notifications) {
      try {
        notifier.send(n);
      } catch (RuntimeException e) {
        LOG.warn("notifier {} failed on a {} notification for participant {} of tenant {}", notifier, n.kind(), n.recipient(), n.tenant(), e);
      }
    }
  }

  private void notifyListeners(List<RecordedEvent> recorded) {
    for (RecordedEvent event : recorded) {
      for (EventListener listener : listeners) {
        try {
          listener.onEvent(event);
        } catch (RuntimeException e) {
          LOG.warn("listener {} failed on event {} of tenant {}", listener, event.position(), event.tenant(), e);
        }
      }
    }
  }
}
