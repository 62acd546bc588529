package org.consulta.core.notification;

/**
 * The notification port: where Consulta hands messages for participants (moderation decisions on
 * their contributions, appeal outcomes). Register one on {@code Consulta.builder().notifier(..)}.
 *
 * <p>Called after the change commits, on the committing thread, in the order the changes were
 * made; a notifier that throws is logged and cannot undo the change. Delivery is best effort:
 * for at-least-once delivery to another system, subscribe a webhook to the {@code
 * moderation.decided} and {@code appeal.decided} events, which carry the same facts. Must be
 * thread-safe and should not block for long (queue the message and send it elsewhere).
 *
 * <pre>{@code
 * Notifier inbox = n -> inboxes.add(n.recipient(), n.rule().map(r -> r.best("en")).orElse(""));
 * }</pre>
 */
@FunctionalInterface
public interface Notifier {
  /** A notifier that drops every notification. */
  Notifier NONE = notification -> {};

  /**
   * @param notification the message
   */
  void send(Notification notification);
}
