package org.consulta.core.webhook;

import static java.util.Objects.requireNonNull;

/**
 * A new subscription with its secret: the only time the secret is handed out. Immutable.
 *
 * @param subscription the subscription
 * @param secret its signing secret
 */
public record CreatedWebhook(WebhookSubscription subscription, WebhookSecret secret) {
  public CreatedWebhook {
    requireNonNull(subscription, "subscription");
    requireNonNull(secret, "secret");
  }
}
