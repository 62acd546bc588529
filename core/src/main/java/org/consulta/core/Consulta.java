package org.consulta.core;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consulta.core.access.AccessPolicy;
import org.consulta.core.consultation.ConsultationService;
import org.consulta.core.consultation.EligibilityCheck;
import org.consulta.core.contribution.ContributionService;
import org.consulta.core.event.EventListener;
import org.consulta.core.event.EventService;
import org.consulta.core.internal.Engine;
import org.consulta.core.moderation.ModerationService;
import org.consulta.core.moderation.Screener;
import org.consulta.core.outcome.CampaignThemeSuggester;
import org.consulta.core.outcome.OutcomeService;
import org.consulta.core.outcome.ThemeSuggester;
import org.consulta.core.notification.Notifier;
import org.consulta.core.participant.ParticipantService;
import org.consulta.core.store.IdGenerator;
import org.consulta.core.store.Store;
import org.consulta.core.store.memory.InMemoryStore;
import org.consulta.core.webhook.WebhookService;

/**
 * The Consulta engine: build one, share it, and reach every feature through its services.
 *
 * <p>An instance is immutable and thread-safe; build it once per store and share it across
 * threads (like an HTTP client, it is the unit of configuration). It starts no threads and holds
 * no state of its own beyond its configuration: all data lives in the {@link Store}, so several
 * instances (or application nodes) may share one store. Time comes only from the configured
 * {@link Clock}, so the same code runs in production, in tests with a fixed clock and in
 * simulations in virtual time.
 *
 * <pre>{@code
 * Consulta consulta = Consulta.builder()
 *     .store(new InMemoryStore())
 *     .clock(Clock.systemUTC())
 *     .build();
 * Consultation c = consulta.consultations().create(manager, newConsultation);
 * }</pre>
 */
public final class Consulta {
  private final Builder config;
  private final Engine engine;

  private Consulta(Builder config) {
    this.config = config;
    Clock clock = config.clock != null ? config.clock : Clock.systemUTC();
    this.engine = new Engine(
        config.store != null ? config.store : new InMemoryStore(),
        clock,
        config.ids != null ? config.ids : IdGenerator.timeOrdered(clock),
        config.accessPolicy != null ? config.accessPolicy : AccessPolicy.standard(),
        config.listeners,
        config.eligibility,
        config.screeners != null ? config.screeners : List.of(),
        config.notifier != null ? config.notifier : Notifier.NONE,
        config.themeSuggesters != null ? config.themeSuggesters : List.of(CampaignThemeSuggester.standard()),
        config.commitmentEvaluators);
  }

  /** @return a builder with every option unset: in-memory store, system UTC clock, UUIDv7 ids, standard access policy */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return a builder holding this instance's options, to derive a variant (e.g. another clock);
   *     an option already set may not be set again on it, except through the derived builder's
   *     own fresh options
   */
  public Builder toBuilder() {
    return config.copy();
  }

  /** @return consultations: create, read, list, update, move through phases */
  public ConsultationService consultations() {
    return engine.consultations();
  }

  /** @return participants: register, read, update, contact details, demographic schema */
  public ParticipantService participants() {
    return engine.participants();
  }

  /** @return contributions: submit, read, list, count, react, withdraw */
  public ContributionService contributions() {
    return engine.contributions();
  }

  /** @return the event log, read per tenant from a position */
  public EventService events() {
    return engine.events();
  }

  /** @return webhook subscriptions and their deliveries (the outbox is relayed by a {@code WebhookRelay}) */
  public WebhookService webhooks() {
    return engine.webhooks();
  }

  /** @return themes, official responses, decisions, implementation results, notices, trails and the "you said, we did" report */
  public OutcomeService outcomes() {
    return engine.outcomes();
  }

  /** @return commitments to participants, their live evaluation, offline sessions and the working calendar */
  public org.consulta.core.expectation.ExpectationService expectations() {
    return engine.expectations();
  }

  /** @return flags, the moderation queue, decisions, appeals, campaigns and transparency reports */
  public ModerationService moderation() {
    return engine.moderation();
  }

  /**
   * Configures a {@link Consulta}. Each option may be set once; setting it again names the earlier
   * value in an {@link IllegalStateException}. Not thread-safe.
   */
  public static final class Builder {
    private Store store;
    private Clock clock;
    private IdGenerator ids;
    private AccessPolicy accessPolicy;
    private final List<EventListener> listeners = new ArrayList<>();
    private final Map<String, EligibilityCheck> eligibility = new LinkedHashMap<>();
    private List<Screener> screeners;
    private Notifier notifier;
    private List<ThemeSuggester> themeSuggesters;
    private final Map<String, org.consulta.core.expectation.CommitmentEvaluator> commitmentEvaluators = new LinkedHashMap<>();

    private Builder() {}

    private Builder copy() {
      Builder b = new Builder();
      b.store = store;
      b.clock = clock;
      b.ids = ids;
      b.accessPolicy = accessPolicy;
      b.listeners.addAll(listeners);
      b.eligibility.putAll(eligibility);
      b.screeners = screeners;
      b.notifier = notifier;
      b.themeSuggesters = themeSuggesters;
      b.commitmentEvaluators.putAll(commitmentEvaluators);
      return b;
    }

    private static void requireUnset(Object current, String option) {
      if (current != null) {
        throw new IllegalStateException(option + " was already set to " + current);
      }
    }

    /**
     * @param store where data lives (default: a new {@link InMemoryStore})
     * @return this
     */
    public Builder store(Store store) {
      requireUnset(this.store, "store");
      this.store = requireNonNull(store, "store");
      return this;
    }

    /**
     * @param clock the only source of time (default: {@link Clock#systemUTC()})
     * @return this
     */
    public Builder clock(Clock clock) {
      requireUnset(this.clock, "clock");
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @param ids how new ids are made (default: {@link IdGenerator#timeOrdered(Clock)} on the clock)
     * @return this
     */
    public Builder ids(IdGenerator ids) {
      requireUnset(this.ids, "ids");
      this.ids = requireNonNull(ids, "ids");
      return this;
    }

    /**
     * @param policy who may do what (default: {@link AccessPolicy#standard()})
     * @return this
     */
    public Builder accessPolicy(AccessPolicy policy) {
      requireUnset(this.accessPolicy, "accessPolicy");
      this.accessPolicy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Adds an in-process listener, called after each commit in registration order.
     *
     * @param listener the listener
     * @return this
     */
    public Builder listener(EventListener listener) {
      listeners.add(requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Sets the screening pipeline run on every contribution and every edit, in order (default:
     * none). {@code org.consulta.core.moderation.screeners.Screeners.standard()} gives the
     * built-in set: personal data, links and spam, flooding, campaigns.
     *
     * @param screeners the screeners, in order
     * @return this
     * @throws IllegalStateException if the pipeline was already set
     */
    public Builder screeners(List<? extends Screener> screeners) {
      requireUnset(this.screeners, "screeners");
      this.screeners = List.copyOf(requireNonNull(screeners, "screeners"));
      return this;
    }

    /**
     * @param notifier where notifications to participants go (default: {@link Notifier#NONE})
     * @return this
     * @throws IllegalStateException if a notifier was already set
     */
    public Builder notifier(Notifier notifier) {
      requireUnset(this.notifier, "notifier");
      this.notifier = requireNonNull(notifier, "notifier");
      return this;
    }

    /**
     * Sets what proposes themes to staff, in order (default: {@link
     * CampaignThemeSuggester#standard()}, one theme per moderation campaign of 5 or more).
     *
     * @param suggesters the suggesters, in order (empty: no suggestions)
     * @return this
     * @throws IllegalStateException if the suggesters were already set
     */
    public Builder themeSuggesters(List<? extends ThemeSuggester> suggesters) {
      requireUnset(this.themeSuggesters, "themeSuggesters");
      this.themeSuggesters = List.copyOf(requireNonNull(suggesters, "suggesters"));
      return this;
    }

    /**
     * Registers a custom eligibility check for consultations whose rule is {@code
     * EligibilityRule.Custom(name, ...)}.
     *
     * @param name the rule's name
     * @param check the check
     * @return this
     * @throws IllegalStateException if a check of that name is already registered
     */
    public Builder eligibility(String name, EligibilityCheck check) {
      requireNonNull(name, "name");
      requireUnset(eligibility.get(name), "eligibility check '" + name + "'");
      eligibility.put(name, requireNonNull(check, "check"));
      return this;
    }

    /**
     * Registers the evaluator of custom commitment terms, found by the name in {@code
     * CommitmentTerms.Custom(name, ...)}; declaring custom terms whose name is not registered is
     * invalid input.
     *
     * @param name the terms' name
     * @param evaluator the evaluator
     * @return this
     * @throws IllegalStateException if an evaluator of that name is already registered
     */
    public Builder commitmentEvaluator(String name, org.consulta.core.expectation.CommitmentEvaluator evaluator) {
      requireNonNull(name, "name");
      requireUnset(commitmentEvaluators.get(name), "commitment evaluator '" + name + "'");
      commitmentEvaluators.put(name, requireNonNull(evaluator, "evaluator"));
      return this;
    }

    /**
     * Builds the engine. The builder may be reused (later builds share no mutable state).
     *
     * @return a new, thread-safe engine
     */
    public Consulta build() {
      return new Consulta(copy());
    }
  }
}
