package org.consulta.core.notification;

/**
 * The notification port: where Consulta hands messages for participants (moderation decisions on
 * their contributions and appeal outcomes as {@link ModerationNotice}s; what became of their input
 * as {@link OutcomeDigest}s). Register one on {@code Consulta.builder().notifier(..)}.
 *
 * <p>Called after the change commits, on the committing thread, in the order the changes were
 * made; a notifier that throws is logged and cannot undo the change. Delivery is best effort:
 * for at-least-once delivery to another system, subscribe a webhook to the {@code
 * moderation.decided}, {@code appeal.decided} and {@code outcome.digest_sent} events, which carry
 * the same facts. Must be
 * thread-safe and should not block for long (queue the message and send it elsewhere).
 *
 * <pre>{@code
 * Notifier inbox = n -> {
 *   if (n instanceof ModerationNotice m) {
 *     inboxes.add(m.recipient(), m.rule().map(r -> r.best("en")).orElse(""));
 *   } else if (n instanceof OutcomeDigest d) {
 *     inboxes.add(d.recipient(), d.items().size() + " updates on your contributions");
 *   }
 * };
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
