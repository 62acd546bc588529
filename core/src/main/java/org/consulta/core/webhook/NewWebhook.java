package org.consulta.core.webhook;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;

/**
 * Command: subscribe to a tenant's events. Immutable. Repeating it with the same idempotency key
 * returns the first subscription and its secret, and subscribes nothing more.
 *
 * <pre>{@code
 * CreatedWebhook created = consulta.webhooks().create(admin,
 *     new NewWebhook(URI.create("https://example.org/hooks"), Set.of("contribution.*")));
 * store(created.secret());   // shown only now
 * }</pre>
 *
 * @param url where to POST deliveries (absolute http or https URL)
 * @param eventTypes event types or prefix patterns ({@code contribution.*}); empty for all
 * @param idempotencyKey optional key for safe repetition
 */
public record NewWebhook(URI url, Set<String> eventTypes, Optional<IdempotencyKey> idempotencyKey) implements Command {
  public NewWebhook {
    requireNonNull(url, "url");
    eventTypes = Set.copyOf(requireNonNull(eventTypes, "eventTypes"));
    requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /**
   * @param url where to POST deliveries
   * @param eventTypes event types or prefix patterns; empty for all
   */
  public NewWebhook(URI url, Set<String> eventTypes) {
    this(url, eventTypes, Optional.empty());
  }
}
