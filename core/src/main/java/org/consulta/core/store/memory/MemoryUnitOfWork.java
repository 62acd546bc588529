package org.consulta.core.store.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.ConsultationRepository;
import org.consulta.core.contribution.ContributionRepository;
import org.consulta.core.contribution.ReactionRepository;
import org.consulta.core.error.VersionConflictException;
import org.consulta.core.participant.ParticipantRepository;
import org.consulta.core.store.EventLog;
import org.consulta.core.store.IdempotencyRepository;
import org.consulta.core.store.UnitOfWork;
import org.consulta.core.webhook.WebhookRepository;

/**
 * A unit of work over one tenant's {@link TenantData}, run while holding its lock. Writes go in
 * place; each write pushes its inverse onto an undo stack that {@link #rollback()} replays.
 */
final class MemoryUnitOfWork implements UnitOfWork {
  private final TenantData data;
  private final Deque<Runnable> undo = new ArrayDeque<>();
  private boolean open = true;

  private final MemoryConsultations consultations;
  private final MemoryParticipants participants;
  private final MemoryContributions contributions;
  private final MemoryReactions reactions;
  private final MemoryEventLog events;
  private final MemoryIdempotency idempotency;
  private final MemoryWebhooks webhooks;
  private final MemoryModeration moderation;
  private final MemoryOutcomes outcomes;
  private final MemoryExpectations expectations;

  MemoryUnitOfWork(TenantData data) {
    this.data = data;
    this.consultations = new MemoryConsultations(this, data);
    this.participants = new MemoryParticipants(this, data);
    this.contributions = new MemoryContributions(this, data);
    this.reactions = new MemoryReactions(this, data);
    this.events = new MemoryEventLog(this, data);
    this.idempotency = new MemoryIdempotency(this, data);
    this.webhooks = new MemoryWebhooks(this, data);
    this.moderation = new MemoryModeration(this, data);
    this.outcomes = new MemoryOutcomes(this, data);
    this.expectations = new MemoryExpectations(this, data);
  }

  void close() {
    open = false;
    undo.clear();
  }

  void rollback() {
    open = false;
    while (!undo.isEmpty()) {
      undo.pop().run();
    }
  }

  void checkOpen() {
    if (!open) {
      throw new IllegalStateException("this unit of work has ended");
    }
  }

  @Override
  public TenantId tenant() {
    return data.tenant;
  }

  @Override
  public ConsultationRepository consultations() {
    return consultations;
  }

  @Override
  public ParticipantRepository participants() {
    return participants;
  }

  @Override
  public ContributionRepository contributions() {
    return contributions;
  }

  @Override
  public ReactionRepository reactions() {
    return reactions;
  }

  @Override
  public EventLog events() {
    return events;
  }

  @Override
  public IdempotencyRepository idempotency() {
    return idempotency;
  }

  @Override
  public WebhookRepository webhooks() {
    return webhooks;
  }

  @Override
  public org.consulta.core.moderation.ModerationRepository moderation() {
    return moderation;
  }

  @Override
  public org.consulta.core.outcome.OutcomeRepository outcomes() {
    return outcomes;
  }

  @Override
  public org.consulta.core.expectation.ExpectationRepository expectations() {
    return expectations;
  }

  /** @return how many writes this unit of work has made so far: a version for caches within it */
  int writes() {
    return undo.size();
  }

  /** @param inverse what undoes a write just made; replayed in reverse order on rollback */
  void onRollback(Runnable inverse) {
    undo.push(inverse);
  }

  <K, V> void put(Map<K, V> map, K key, V value) {
    V old = map.put(key, value);
    undo.push(old == null ? () -> map.remove(key) : () -> map.put(key, old));
  }

  <K, V> V remove(Map<K, V> map, K key) {
    V old = map.remove(key);
    if (old != null) {
      undo.push(() -> map.put(key, old));
    }
    return old;
  }

  void checkTenant(TenantId tenant, String what, Object id) {
    if (!tenant.equals(data.tenant)) {
      throw new IllegalArgumentException(what + " " + id + " belongs to another tenant than this unit of work");
    }
  }

  static void checkNextVersion(String what, Object id, long stored, long next) {
    if (next != stored + 1) {
      throw new VersionConflictException(what, id, next - 1, stored);
    }
  }
}
