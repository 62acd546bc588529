/**
 * Webhooks: per-tenant subscriptions with event-type filters, and a transactional outbox of
 * deliveries written in the same unit of work as the events they carry. Core starts no thread:
 * {@link org.consulta.core.webhook.WebhookRelay} claims, sends (through a {@link
 * org.consulta.core.webhook.WebhookSender} the embedder supplies) and settles due deliveries when
 * called; {@code consulta-http}'s {@code WebhookDispatcher} calls it on a schedule.
 *
 * <p>Sits above {@code event} (deliveries carry recorded events) and below {@code store} (the unit
 * of work hands out the {@link org.consulta.core.webhook.WebhookRepository}).
 */
package org.consulta.core.webhook;
