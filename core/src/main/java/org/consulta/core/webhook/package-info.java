/**
 * Webhooks: per-tenant subscriptions with event-type filters, and a transactional outbox of
 * deliveries written in the same unit of work as the events they carry. The model, commands,
 * storage port and service of the feature; delivering the outbox is {@link
 * org.consulta.core.relay}'s: core starts no thread, {@link org.consulta.core.relay.WebhookRelay}
 * claims, sends (through a {@link org.consulta.core.relay.WebhookSender} the embedder supplies) and
 * settles due deliveries when called; {@code consulta-http}'s {@code WebhookDispatcher} calls it on
 * a schedule.
 *
 * <p>Sits below {@code event} (the webhook events carry a {@link
 * org.consulta.core.webhook.WebhookId}) and {@code store} (the unit of work hands out the {@link
 * org.consulta.core.webhook.WebhookRepository}).
 */
package org.consulta.core.webhook;
