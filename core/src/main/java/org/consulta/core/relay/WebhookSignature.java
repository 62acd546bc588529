package org.consulta.core.relay;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.consulta.core.webhook.WebhookSecret;

/**
 * Signs a webhook message as the Standard Webhooks specification says: {@code webhook-signature:
 * v1,<base64 HMAC-SHA256 over "<webhook-id>.<webhook-timestamp>.<body>" keyed with the secret's
 * decoded bytes>}. Stateless.
 *
 * <pre>{@code
 * String header = WebhookSignature.sign(secret, delivery.id().toString(), unixSeconds, body);
 * }</pre>
 */
public final class WebhookSignature {
  private WebhookSignature() {}

  /**
   * @param secret the subscription's secret
   * @param messageId the {@code webhook-id} header
   * @param timestamp the {@code webhook-timestamp} header (unix seconds)
   * @param body the exact request body
   * @return the {@code webhook-signature} header value, {@code v1,<base64>}
   */
  public static String sign(WebhookSecret secret, String messageId, long timestamp, byte[] body) {
    requireNonNull(secret, "secret");
    requireNonNull(messageId, "messageId");
    requireNonNull(body, "body");
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.keyBytes(), "HmacSHA256"));
      mac.update((messageId + "." + timestamp + ".").getBytes(UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
    }
  }
}
