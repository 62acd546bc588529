package org.consulta.core.internal;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.consulta.core.access.AccessTarget;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Operation;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.Violations;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.relay.AggregateKey;
import org.consulta.core.webhook.CreatedWebhook;
import org.consulta.core.webhook.Delivery;
import org.consulta.core.webhook.DeliveryId;
import org.consulta.core.webhook.DeliveryReplay;
import org.consulta.core.webhook.DeliveryStatus;
import org.consulta.core.webhook.EventReplay;
import org.consulta.core.webhook.NewWebhook;
import org.consulta.core.webhook.ReplayedDeliveries;
import org.consulta.core.webhook.WebhookId;
import org.consulta.core.webhook.WebhookRepository;
import org.consulta.core.webhook.WebhookSecret;
import org.consulta.core.webhook.WebhookService;
import org.consulta.core.webhook.WebhookSubscription;

/** {@link WebhookService} on the engine, and the outbox writer every command runs. */
final class Webhooks implements WebhookService {
  private static final Pattern FILTER = Pattern.compile("\\*|[a-z]+(\\.([a-z_]+|\\*))?");

  private final Engine engine;
  private final SecureRandom secrets = new SecureRandom();

  Webhooks(Engine engine) {
    this.engine = engine;
  }

  /**
   * Enqueues a delivery of each recorded event to each active subscription whose filter accepts
   * it, in the command's own unit of work: the transactional outbox.
   */
  static void enqueue(Tx tx, List<RecordedEvent> recorded) {
    if (recorded.isEmpty()) {
      return;
    }
    WebhookRepository repo = tx.uow.webhooks();
    List<WebhookSubscription> active = repo.active();
    if (active.isEmpty()) {
      return;
    }
    List<Delivery> deliveries = new ArrayList<>();
    for (RecordedEvent e : recorded) {
      for (WebhookSubscription s : active) {
        if (s.accepts(e.event().type())) {
          deliveries.add(newDelivery(tx, s.id(), e));
        }
      }
    }
    if (!deliveries.isEmpty()) {
      repo.enqueue(deliveries);
    }
  }

  private static Delivery newDelivery(Tx tx, WebhookId webhook, RecordedEvent e) {
    return new Delivery(new DeliveryId(tx.engine.ids.next()), webhook, e.position(), e.id(), e.event().type(), AggregateKey.of(e.event()),
        DeliveryStatus.PENDING, 0, tx.now, Optional.empty(), Optional.empty());
  }

  @Override
  public CreatedWebhook create(Actor actor, NewWebhook request) {
    requireNonNull(request, "request");
    Violations v = new Violations();
    URI url = request.url();
    v.check(url.isAbsolute() && ("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme())) && url.getHost() != null,
        "url", "must be an absolute http or https URL");
    v.check(request.eventTypes().size() <= 100, "eventTypes", "at most 100");
    for (String type : request.eventTypes()) {
      v.check(FILTER.matcher(type).matches(), "eventTypes", "'" + type + "' is not an event type or a pattern like contribution.*");
    }
    v.throwIfAny();
    return engine.command(actor, request, tx -> {
      tx.require(Operation.MANAGE_WEBHOOKS, AccessTarget.tenantWide());
      WebhookSubscription s = new WebhookSubscription(new WebhookId(engine.ids.next()), actor.tenant(), url, request.eventTypes(), true, tx.now);
      WebhookSecret secret = WebhookSecret.generate(secrets);
      tx.uow.webhooks().insert(s, secret);
      tx.record(new ConsultaEvent.WebhookSubscribed(s.id(), request.eventTypes().stream().sorted().toList()));
      return new CreatedWebhook(s, secret);
    });
  }

  @Override
  public List<WebhookSubscription> list(Actor actor) {
    return engine.query(actor, tx -> {
      tx.require(Operation.MANAGE_WEBHOOKS, AccessTarget.tenantWide());
      return tx.uow.webhooks().list();
    });
  }

  @Override
  public WebhookSubscription find(Actor actor, WebhookId id) {
    requireNonNull(id, "id");
    return engine.query(actor, tx -> subscription(tx, id, false));
  }

  private static WebhookSubscription subscription(Tx tx, WebhookId id, boolean activeOnly) {
    tx.require(Operation.MANAGE_WEBHOOKS, AccessTarget.tenantWide());
    return tx.uow.webhooks().find(id).filter(s -> s.active() || !activeOnly).orElseThrow(() -> new NotFoundException("webhook", id));
  }

  @Override
  public WebhookSubscription delete(Actor actor, WebhookId id) {
    requireNonNull(id, "id");
    return engine.query(actor, tx -> {
      WebhookSubscription s = subscription(tx, id, false);
      if (!s.active()) {
        return s;
      }
      WebhookSubscription inactive = s.deactivated();
      WebhookRepository repo = tx.uow.webhooks();
      repo.update(inactive);
      long after = 0;
      long abandoned = 0;
      for (List<Delivery> page; !(page = repo.deliveries(id, Optional.of(DeliveryStatus.PENDING), after, 1000)).isEmpty(); ) {
        for (Delivery d : page) {
          repo.updateDelivery(d.failed("subscription deleted", Optional.empty()));
        }
        abandoned += page.size();
        after = page.get(page.size() - 1).position();
      }
      // recorded after the deactivation, so the outbox does not send it to the deleted subscription
      tx.record(new ConsultaEvent.WebhookDeleted(id, abandoned));
      return inactive;
    });
  }

  @Override
  public List<Delivery> deliveries(Actor actor, WebhookId id, Optional<DeliveryStatus> status, long afterPosition, int limit) {
    requireNonNull(id, "id");
    requireNonNull(status, "status");
    Violations v = new Violations();
    v.check(afterPosition >= 0, "afterPosition", "must not be negative");
    v.check(limit >= 1 && limit <= 1000, "limit", "must be 1..1000");
    v.throwIfAny();
    return engine.query(actor, tx -> {
      subscription(tx, id, false);
      return tx.uow.webhooks().deliveries(id, status, afterPosition, limit);
    });
  }

  @Override
  public Delivery replay(Actor actor, DeliveryReplay command) {
    requireNonNull(command, "command");
    return engine.command(actor, command, tx -> {
      subscription(tx, command.webhook(), true);
      Delivery d = tx.uow.webhooks().findDelivery(command.delivery()).filter(x -> x.webhook().equals(command.webhook()))
          .orElseThrow(() -> new NotFoundException("delivery", command.delivery()));
      Delivery again = d.replayed(tx.now);
      tx.uow.webhooks().updateDelivery(again);
      tx.record(new ConsultaEvent.WebhookDeliveriesReplayed(command.webhook(), d.position(), d.position(), 1));
      return again;
    });
  }

  @Override
  public ReplayedDeliveries replayEvents(Actor actor, EventReplay command) {
    requireNonNull(command, "command");
    long fromPosition = command.fromPosition();
    long toPosition = command.toPosition();
    Violations v = new Violations();
    v.check(fromPosition >= 1, "fromPosition", "must be at least 1");
    v.check(toPosition >= fromPosition, "toPosition", "must not be before fromPosition");
    v.check(toPosition - fromPosition < EventReplay.MAX_EVENTS, "toPosition", "at most " + EventReplay.MAX_EVENTS + " events at once");
    v.throwIfAny();
    WebhookId webhook = command.webhook();
    return engine.command(actor, command, tx -> {
      WebhookSubscription s = subscription(tx, webhook, true);
      WebhookRepository repo = tx.uow.webhooks();
      Map<Long, Delivery> existing = new HashMap<>();
      for (Delivery d : repo.deliveries(webhook, Optional.empty(), fromPosition - 1, (int) (toPosition - fromPosition + 1))) {
        if (d.position() <= toPosition) {
          existing.putIfAbsent(d.position(), d);
        }
      }
      List<Delivery> out = new ArrayList<>();
      List<Delivery> fresh = new ArrayList<>();
      for (RecordedEvent e : tx.uow.events().read(fromPosition - 1, (int) (toPosition - fromPosition + 1))) {
        Delivery d = existing.get(e.position());
        if (d != null) {
          Delivery again = d.replayed(tx.now);
          repo.updateDelivery(again);
          out.add(again);
        } else if (s.accepts(e.event().type())) {
          Delivery made = newDelivery(tx, webhook, e);
          fresh.add(made);
          out.add(made);
        }
      }
      if (!fresh.isEmpty()) {
        repo.enqueue(fresh);
      }
      tx.record(new ConsultaEvent.WebhookDeliveriesReplayed(webhook, fromPosition, toPosition, out.size()));
      return new ReplayedDeliveries(out);
    });
  }
}
