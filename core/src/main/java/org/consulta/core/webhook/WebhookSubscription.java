package org.consulta.core.webhook;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Instant;
import java.util.Set;
import org.consulta.core.access.TenantId;

/**
 * A tenant's request to receive its events at a URL. Its secret is kept apart ({@link
 * WebhookSecret}, shown once). Immutable.
 *
 * @param id its id
 * @param tenant the tenant whose events it receives
 * @param url where deliveries are POSTed (http or https)
 * @param eventTypes the event types it wants ({@code contribution.submitted}, or a prefix pattern
 *     such as {@code contribution.*}); empty means every type
 * @param active whether new events are enqueued for it (a deleted subscription is inactive)
 * @param createdAt when it was created
 */
public record WebhookSubscription(WebhookId id, TenantId tenant, URI url, Set<String> eventTypes, boolean active, Instant createdAt) {
  public WebhookSubscription {
    requireNonNull(id, "id");
    requireNonNull(tenant, "tenant");
    requireNonNull(url, "url");
    eventTypes = Set.copyOf(requireNonNull(eventTypes, "eventTypes"));
    requireNonNull(createdAt, "createdAt");
  }

  /**
   * @param type an event type, e.g. {@code contribution.submitted}
   * @return whether this subscription's filter lets the type through
   */
  public boolean accepts(String type) {
    if (eventTypes.isEmpty()) {
      return true;
    }
    for (String pattern : eventTypes) {
      if (pattern.equals(type) || pattern.equals("*")
          || (pattern.endsWith(".*") && type.startsWith(pattern.substring(0, pattern.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** @return this subscription, inactive */
  public WebhookSubscription deactivated() {
    return new WebhookSubscription(id, tenant, url, eventTypes, false, createdAt);
  }
}
