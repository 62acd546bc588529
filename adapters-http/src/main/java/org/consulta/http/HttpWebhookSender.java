package org.consulta.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.consulta.core.webhook.ClaimedDelivery;
import org.consulta.core.webhook.SendResult;
import org.consulta.core.webhook.WebhookSender;
import org.consulta.core.webhook.WebhookSignature;

/**
 * POSTs a delivery as a CloudEvent signed per Standard Webhooks ({@code webhook-id}, {@code
 * webhook-timestamp}, {@code webhook-signature}); any 2xx is delivered. Thread-safe.
 */
final class HttpWebhookSender implements WebhookSender {
  private final HttpClient client;
  private final Duration timeout;
  private final Clock clock;
  private final CloudEvents cloudEvents = new CloudEvents();

  HttpWebhookSender(HttpClient client, Duration timeout, Clock clock) {
    this.client = client;
    this.timeout = timeout;
    this.clock = clock;
  }

  @Override
  public SendResult send(ClaimedDelivery d) {
    byte[] body = cloudEvents.body(d.event());
    String id = d.delivery().id().toString();
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest request = HttpRequest.newBuilder(d.subscription().url())
        .timeout(timeout)
        .header("Content-Type", CloudEvents.MEDIA_TYPE)
        .header("User-Agent", "Consulta-Webhooks/1")
        .header("webhook-id", id)
        .header("webhook-timestamp", Long.toString(timestamp))
        .header("webhook-signature", WebhookSignature.sign(d.secret(), id, timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    try {
      HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
      int status = response.statusCode();
      return status / 100 == 2 ? SendResult.ok() : SendResult.failed("HTTP " + status);
    } catch (IOException e) {
      return SendResult.failed(e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return SendResult.failed("interrupted");
    }
  }
}
