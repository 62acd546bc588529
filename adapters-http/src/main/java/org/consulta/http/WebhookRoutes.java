package org.consulta.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.consulta.core.Consulta;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violation;
import org.consulta.core.value.IdempotencyKey;
import org.consulta.core.webhook.CreatedWebhook;
import org.consulta.core.webhook.Delivery;
import org.consulta.core.webhook.DeliveryId;
import org.consulta.core.webhook.DeliveryReplay;
import org.consulta.core.webhook.DeliveryStatus;
import org.consulta.core.webhook.EventReplay;
import org.consulta.core.webhook.NewWebhook;
import org.consulta.core.webhook.WebhookId;

/**
 * Webhook subscriptions and their deliveries under {@code /v1/webhooks}; admins and the system
 * only (decided in core). The secret is in the creation response only. Creating and both replays
 * are commands: the Idempotency-Key header is merged into them.
 */
final class WebhookRoutes {
  private WebhookRoutes() {}

  static void register(Router router, Consulta consulta, WebhookTargets targets) {
    router.add("POST", "/v1/webhooks", x -> {
      NewWebhook command = x.command(x.body(), NewWebhook.class);
      // before core: a refused target is reported alone, not with core's checks of the filters
      targets.refusal(command.url()).ifPresent(reason -> {
        throw new InvalidInputException(List.of(new Violation("url", reason)));
      });
      CreatedWebhook created = consulta.webhooks().create(x.actor, command);
      x.createdWithBody("/v1/webhooks/" + created.subscription().id(), created);
    });
    router.add("GET", "/v1/webhooks", x -> x.json(200, Map.of("items", consulta.webhooks().list(x.actor))));
    router.add("GET", "/v1/webhooks/{id}", x -> x.json(200, consulta.webhooks().find(x.actor, webhook(x))));
    router.add("DELETE", "/v1/webhooks/{id}", x -> x.json(200, consulta.webhooks().delete(x.actor, webhook(x))));
    router.add("GET", "/v1/webhooks/{id}/deliveries", x -> {
      long after = number(x.query("after").orElse("0"), "after");
      int limit = (int) Math.min(number(x.query("limit").orElse("100"), "limit"), Integer.MAX_VALUE);
      Optional<DeliveryStatus> status = x.query("status").map(WebhookRoutes::status);
      List<Delivery> items = consulta.webhooks().deliveries(x.actor, webhook(x), status, after, limit);
      Map<String, Object> page = new LinkedHashMap<>();
      page.put("items", items);
      page.put("next", items.isEmpty() ? after : items.get(items.size() - 1).position());
      x.json(200, page);
    });
    router.add("POST", "/v1/webhooks/{id}/deliveries/{deliveryId}/replay", x -> {
      DeliveryReplay command = new DeliveryReplay(webhook(x), Ids.parse(x.path("deliveryId"), "delivery", DeliveryId::new),
          x.idempotencyKey().map(IdempotencyKey::new));
      x.json(200, consulta.webhooks().replay(x.actor, command));
    });
    router.add("POST", "/v1/webhooks/{id}/replay", x -> {
      EventReplay command = x.command(x.parsed(), EventReplay.class, Map.of("webhook", webhook(x).toString()));
      x.json(200, consulta.webhooks().replayEvents(x.actor, command));
    });
  }

  private static WebhookId webhook(Exchange x) {
    return Ids.parse(x.path("id"), "webhook", WebhookId::new);
  }

  private static DeliveryStatus status(String text) {
    try {
      return DeliveryStatus.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(List.of(new Violation("status", "must be pending, delivered or dead")));
    }
  }

  private static long number(String text, String field) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(List.of(new Violation(field, "must be a whole number")));
    }
  }
}
