package org.consulta.core.webhook;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;

/**
 * Command: send a range of the tenant's log again to an active subscription. Immutable. The range
 * is checked by the service (at least position 1, not reversed, at most {@value #MAX_EVENTS}
 * events) so that every violated field is reported at once. Repeating it with the same idempotency
 * key returns the first result and resets nothing more.
 *
 * <pre>{@code
 * ReplayedDeliveries again = consulta.webhooks().replayEvents(admin, new EventReplay(hook, 120, 180));
 * }</pre>
 *
 * @param webhook the subscription
 * @param fromPosition the first event position
 * @param toPosition the last event position
 * @param idempotencyKey optional key for safe repetition
 */
public record EventReplay(WebhookId webhook, long fromPosition, long toPosition, Optional<IdempotencyKey> idempotencyKey) implements Command {
  /** The most events one replay may cover. */
  public static final int MAX_EVENTS = 10_000;

  public EventReplay {
    requireNonNull(webhook, "webhook");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /**
   * @param webhook the subscription
   * @param fromPosition the first event position
   * @param toPosition the last event position
   */
  public EventReplay(WebhookId webhook, long fromPosition, long toPosition) {
    this(webhook, fromPosition, toPosition, Optional.empty());
  }
}
