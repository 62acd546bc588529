package org.consulta.http;

import java.io.IOException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.consulta.core.relay.ClaimedDelivery;
import org.consulta.core.relay.SendResult;
import org.consulta.core.relay.WebhookSender;
import org.consulta.core.relay.WebhookSignature;

/**
 * POSTs a delivery as a CloudEvent signed per Standard Webhooks ({@code webhook-id}, {@code
 * webhook-timestamp}, {@code webhook-signature}); any 2xx is delivered. Redirects are not followed,
 * and a URL whose host resolves to an address the {@link WebhookTargets} refuse is not called (a
 * failed attempt). Thread-safe.
 */
final class HttpWebhookSender implements WebhookSender {
  private final HttpClient client;
  private final Duration timeout;
  private final Clock clock;
  private final WebhookTargets targets;
  private final CloudEvents cloudEvents = new CloudEvents();

  HttpWebhookSender(HttpClient client, Duration timeout, Clock clock, WebhookTargets targets) {
    this.client = client;
    this.timeout = timeout;
    this.clock = clock;
    this.targets = targets;
  }

  @Override
  public SendResult send(ClaimedDelivery d) {
    // checked again now, against what the host resolves to at send time (see WebhookTargets on the residual race)
    try {
      Optional<String> refused = targets.resolve(d.subscription().url());
      if (refused.isPresent()) {
        return SendResult.failed("refused: the URL " + refused.get());
      }
    } catch (UnknownHostException e) {
      return SendResult.failed("UnknownHostException");
    }
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
