package org.consulta.core.event;

/**
 * Hears every event after its unit of work committed, in log order per tenant, on the thread that
 * ran the command. Register with {@code Consulta.builder().listener(...)}.
 *
 * <p>Listeners must be thread-safe and quick (hand slow work to your own executor); an exception
 * thrown by a listener is logged and does not undo the committed change. In-process delivery is
 * at most once: a crash between commit and delivery loses the notification, not the event. Read
 * the log from a position ({@code Consulta#events()}) for at-least-once processing.
 */
@FunctionalInterface
public interface EventListener {
  /** A listener that ignores everything. */
  EventListener NONE = event -> {};

  /** @param event a committed event */
  void onEvent(RecordedEvent event);
}
