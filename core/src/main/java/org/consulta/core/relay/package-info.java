/**
 * Delivering the webhook outbox: claiming due deliveries across tenants ({@link
 * org.consulta.core.relay.WebhookOutbox}, {@link org.consulta.core.relay.ClaimedDelivery}),
 * sending them through the embedder's {@link org.consulta.core.relay.WebhookSender}, signing
 * ({@link org.consulta.core.relay.WebhookSignature}), back-off ({@link
 * org.consulta.core.relay.RetryPolicy}) and the ordering key ({@link
 * org.consulta.core.relay.AggregateKey}). No threads: {@link org.consulta.core.relay.WebhookRelay}
 * is one synchronous step.
 *
 * <p>Split from {@code webhook} because a claimed delivery carries its recorded event: this package
 * sits above {@code event}, while {@code webhook} sits below it (webhook events name a {@code
 * WebhookId}).
 */
package org.consulta.core.relay;
