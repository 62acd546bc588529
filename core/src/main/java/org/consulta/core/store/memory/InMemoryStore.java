package org.consulta.core.store.memory;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.consulta.core.access.TenantId;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.store.Store;
import org.consulta.core.relay.ClaimedDelivery;
import org.consulta.core.webhook.Delivery;
import org.consulta.core.webhook.DeliveryId;
import org.consulta.core.webhook.DeliveryStatus;
import org.consulta.core.relay.WebhookOutbox;
import org.consulta.core.webhook.WebhookSubscription;

/**
 * The embedded store: everything in the heap, nothing on disk. For tests, examples, simulations
 * and small deployments that can afford to lose their data on restart.
 *
 * <p>Thread-safe. Transactions on one tenant run one at a time (a lock per tenant, held for the
 * whole unit of work), so they are serializable; tenants do not block each other. A unit of work
 * writes in place and keeps an undo log, which it replays backwards if the work throws, so a
 * failed command leaves nothing behind. Nested transactions on the same tenant are refused.
 *
 * <p>It is also a {@link WebhookOutbox}: claims take each tenant's lock in turn, so two relays
 * never claim the same delivery.
 *
 * <pre>{@code
 * Consulta consulta = Consulta.builder().store(new InMemoryStore()).build();
 * }</pre>
 */
public final class InMemoryStore implements Store, WebhookOutbox {
  private final ConcurrentHashMap<TenantId, TenantData> tenants = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryStore() {}

  @Override
  public <T> T inTransaction(TenantId tenant, Function<org.consulta.core.store.UnitOfWork, T> work) {
    requireNonNull(tenant, "tenant");
    requireNonNull(work, "work");
    TenantData data = tenants.computeIfAbsent(tenant, TenantData::new);
    if (data.lock.isHeldByCurrentThread()) {
      throw new IllegalStateException("nested transaction on tenant " + tenant);
    }
    data.lock.lock();
    MemoryUnitOfWork uow = new MemoryUnitOfWork(data);
    try {
      T result = work.apply(uow);
      uow.close();
      return result;
    } catch (RuntimeException | Error e) {
      uow.rollback();
      throw e;
    } finally {
      data.lock.unlock();
    }
  }

  @Override
  public List<ClaimedDelivery> claim(String node, Instant now, Instant leaseUntil, int limit) {
    requireNonNull(node, "node");
    requireNonNull(now, "now");
    requireNonNull(leaseUntil, "leaseUntil");
    List<ClaimedDelivery> out = new ArrayList<>();
    for (TenantData data : tenants.values()) {
      if (out.size() >= limit) {
        break;
      }
      data.lock.lock();
      try {
        claim(data, node, now, leaseUntil, limit, out);
      } finally {
        data.lock.unlock();
      }
    }
    return out;
  }

  private static void claim(TenantData data, String node, Instant now, Instant leaseUntil, int limit, List<ClaimedDelivery> out) {
    // pending deliveries in position order: the first pending one of each (subscription, aggregate) blocks the later ones
    Set<List<Object>> blocked = new HashSet<>();
    for (DeliveryId id : data.pendingDeliveries.values()) {
      if (out.size() >= limit) {
        return;
      }
      TenantData.DeliveryRow row = data.deliveries.get(id);
      Delivery d = row.delivery();
      if (!blocked.add(List.of(d.webhook(), d.aggregate()))) {
        continue;
      }
      boolean leased = row.leaseUntil() != null && row.leaseUntil().isAfter(now);
      if (leased || d.nextAttemptAt().isAfter(now)) {
        continue;
      }
      WebhookSubscription s = data.webhooks.get(d.webhook());
      data.deliveries.put(id, new TenantData.DeliveryRow(d, node, leaseUntil));
      RecordedEvent event = data.events.get((int) d.position() - 1);
      out.add(new ClaimedDelivery(data.tenant, d, s, data.secrets.get(s.id()), event, node, leaseUntil));
    }
  }

  @Override
  public boolean settle(ClaimedDelivery claim, Delivery outcome) {
    requireNonNull(claim, "claim");
    requireNonNull(outcome, "outcome");
    TenantData data = tenants.get(claim.tenant());
    if (data == null) {
      return false;
    }
    data.lock.lock();
    try {
      TenantData.DeliveryRow row = data.deliveries.get(outcome.id());
      if (row == null || !claim.node().equals(row.claimedBy()) || !claim.leaseUntil().equals(row.leaseUntil())) {
        return false;
      }
      data.deliveries.put(outcome.id(), new TenantData.DeliveryRow(outcome, null, null));
      if (outcome.status() != DeliveryStatus.PENDING) {
        data.pendingDeliveries.remove(TenantData.DeliveryKey.of(outcome));
      }
      return true;
    } finally {
      data.lock.unlock();
    }
  }

  /** @return the tenants that have data, for diagnostics */
  public List<TenantId> tenants() {
    return new ArrayList<>(tenants.keySet());
  }

  @Override
  public String describe() {
    return "in-memory";
  }
}
