package org.consulta.core.webhook;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * Identifies one delivery of one event to one subscription; also the Standard Webhooks {@code webhook-id}, stable across retries. Unique across tenants.
 *
 * @param value the UUID
 */
public record DeliveryId(UUID value) {
  public DeliveryId {
    requireNonNull(value, "value");
  }

  /**
   * @param text the UUID text
   * @return the id
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static DeliveryId parse(String text) {
    return new DeliveryId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
