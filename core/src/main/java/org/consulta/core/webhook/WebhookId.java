package org.consulta.core.webhook;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * Identifies a webhook subscription. Unique across tenants.
 *
 * @param value the UUID
 */
public record WebhookId(UUID value) {
  public WebhookId {
    requireNonNull(value, "value");
  }

  /**
   * @param text the UUID text
   * @return the id
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static WebhookId parse(String text) {
    return new WebhookId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
