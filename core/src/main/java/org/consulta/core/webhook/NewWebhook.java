package org.consulta.core.webhook;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Set;

/**
 * A request to subscribe to a tenant's events. Immutable.
 *
 * <pre>{@code
 * CreatedWebhook created = consulta.webhooks().create(admin,
 *     new NewWebhook(URI.create("https://example.org/hooks"), Set.of("contribution.*")));
 * store(created.secret());   // shown only now
 * }</pre>
 *
 * @param url where to POST deliveries (absolute http or https URL)
 * @param eventTypes event types or prefix patterns ({@code contribution.*}); empty for all
 */
public record NewWebhook(URI url, Set<String> eventTypes) {
  public NewWebhook {
    requireNonNull(url, "url");
    eventTypes = Set.copyOf(requireNonNull(eventTypes, "eventTypes"));
  }
}
