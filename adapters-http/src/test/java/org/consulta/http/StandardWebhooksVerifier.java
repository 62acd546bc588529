package org.consulta.http;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Verifies a Standard Webhooks signature written from the specification's text, independently of
 * Consulta's signer: HMAC (RFC 2104) built by hand on SHA-256 rather than through javax.crypto,
 * the key being the base64 after {@code whsec_}, the signed content {@code id.timestamp.body},
 * the header a space-separated list of {@code v1,<base64>} entries, and a timestamp tolerance.
 */
final class StandardWebhooksVerifier {
  private static final int BLOCK = 64;

  private final byte[] key;

  StandardWebhooksVerifier(String secret) {
    if (!secret.startsWith("whsec_")) {
      throw new IllegalArgumentException("not a Standard Webhooks secret");
    }
    key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
  }

  boolean verify(String id, String timestamp, String signatureHeader, byte[] body, long nowSeconds) {
    if (id == null || timestamp == null || signatureHeader == null) {
      return false;
    }
    if (Math.abs(nowSeconds - Long.parseLong(timestamp)) > 5 * 60) {
      return false;
    }
    byte[] content = concat((id + "." + timestamp + ".").getBytes(UTF_8), body);
    byte[] expected = hmacSha256(key, content);
    for (String entry : signatureHeader.split(" ")) {
      String[] parts = entry.split(",", 2);
      if (parts.length == 2 && parts[0].equals("v1") && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
        return true;
      }
    }
    return false;
  }

  static byte[] hmacSha256(byte[] key, byte[] message) {
    byte[] k = key.length > BLOCK ? sha256(key) : key;
    byte[] inner = new byte[BLOCK];
    byte[] outer = new byte[BLOCK];
    for (int i = 0; i < BLOCK; i++) {
      byte b = i < k.length ? k[i] : 0;
      inner[i] = (byte) (b ^ 0x36);
      outer[i] = (byte) (b ^ 0x5c);
    }
    return sha256(concat(outer, sha256(concat(inner, message))));
  }

  private static byte[] sha256(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(in);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
