package org.consulta.core.webhook;

import java.util.List;

/**
 * What a replay of a range of the log made pending: deliveries reset and deliveries created for
 * events recorded before the subscription existed. Immutable.
 *
 * @param items the deliveries, in event position order
 */
public record ReplayedDeliveries(List<Delivery> items) {
  public ReplayedDeliveries {
    items = List.copyOf(items);
  }
}
