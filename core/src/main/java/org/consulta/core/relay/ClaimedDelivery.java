package org.consulta.core.relay;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.consulta.core.access.TenantId;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.webhook.WebhookSubscription;
import org.consulta.core.webhook.Delivery;
import org.consulta.core.webhook.WebhookSecret;

/**
 * A due delivery claimed by one node, with everything needed to send it. The claim lasts until
 * {@code leaseUntil}; after that another node may claim the delivery again (the first node is
 * presumed dead), which is why delivery is at-least-once. Immutable.
 *
 * @param tenant the tenant
 * @param delivery the delivery as claimed
 * @param subscription where it goes
 * @param secret the subscription's signing secret
 * @param event the event it carries
 * @param node the node holding the claim
 * @param leaseUntil when the claim lapses
 */
public record ClaimedDelivery(
    TenantId tenant, Delivery delivery, WebhookSubscription subscription, WebhookSecret secret, RecordedEvent event, String node,
    Instant leaseUntil) {
  public ClaimedDelivery {
    requireNonNull(tenant, "tenant");
    requireNonNull(delivery, "delivery");
    requireNonNull(subscription, "subscription");
    requireNonNull(secret, "secret");
    requireNonNull(event, "event");
    requireNonNull(node, "node");
    requireNonNull(leaseUntil, "leaseUntil");
  }
}
