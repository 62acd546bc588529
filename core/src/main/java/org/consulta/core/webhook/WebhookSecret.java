package org.consulta.core.webhook;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A subscription's signing secret in the Standard Webhooks form {@code whsec_<base64 of 24..64
 * random bytes>}. Shown once, when the subscription is created; {@link #toString()} hides it.
 * Immutable.
 *
 * @param value the secret, {@code whsec_} followed by standard base64
 */
public record WebhookSecret(String value) {
  /** The prefix Standard Webhooks gives secrets. */
  public static final String PREFIX = "whsec_";

  private static final Pattern FORMAT = Pattern.compile("whsec_[A-Za-z0-9+/]{20,128}={0,2}");

  public WebhookSecret {
    requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("a webhook secret is whsec_ followed by base64 of 16..96 bytes");
    }
  }

  /**
   * @param random where the bytes come from
   * @return a new secret of 32 random bytes
   */
  public static WebhookSecret generate(SecureRandom random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(bytes));
  }

  /** @return the key bytes an HMAC uses: the base64 part, decoded */
  public byte[] keyBytes() {
    return Base64.getDecoder().decode(value.substring(PREFIX.length()));
  }

  @Override
  public String toString() {
    return "whsec_***";
  }
}
