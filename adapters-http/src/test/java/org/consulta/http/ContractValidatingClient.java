package org.consulta.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * An HTTP client that checks every exchange against the {@link OpenApiContract}: a response that
 * breaks the contract fails the test with an {@link AssertionError} naming each breach. Wrap the
 * test suite's one client with it so that no response goes unchecked. Thread-safe.
 *
 * <pre>{@code
 * ContractValidatingClient client = new ContractValidatingClient(HttpClient.newHttpClient(), OpenApiContract.load());
 * HttpResponse<String> response = client.send(request, "{\"to\":\"OPEN\"}");
 * }</pre>
 */
final class ContractValidatingClient {
  private final HttpClient client;
  private final OpenApiContract contract;

  ContractValidatingClient(HttpClient client, OpenApiContract contract) {
    this.client = client;
    this.contract = contract;
  }

  /**
   * @param request the request; its body publisher must send {@code body}
   * @param body the request's body as sent, or null for none (the client's publishers do not expose it)
   * @return the response, which keeps the contract
   * @throws AssertionError if the exchange breaks the contract
   */
  HttpResponse<String> send(HttpRequest request, String body) throws IOException, InterruptedException {
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    List<String> breaches = contract.check(request.method(), request.uri(), request.headers(), body, response.statusCode(),
        response.headers(), response.body());
    if (!breaches.isEmpty()) {
      throw new AssertionError(request.method() + " " + request.uri().getRawPath() + " -> " + response.statusCode()
          + " breaks the OpenAPI contract:\n  " + String.join("\n  ", breaches) + "\nresponse body: " + abbreviate(response.body()));
    }
    return response;
  }

  private static String abbreviate(String text) {
    return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
  }
}
