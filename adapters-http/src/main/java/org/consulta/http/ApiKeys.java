package org.consulta.http;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;

/**
 * API keys for staff and integrations, per tenant, with roles. Only a SHA-256 hash of each key is
 * kept (keys are 256 random bits, so a fast hash is enough); the key itself is shown once, when
 * issued. Thread-safe.
 *
 * <pre>{@code
 * ApiKeys keys = new ApiKeys();
 * String secret = keys.issue(TenantId.of("lisbon"), "portal-backend", Set.of(Role.SYSTEM));
 * }</pre>
 */
public final class ApiKeys {
  /** Every key starts with this, so it is recognisable in logs and secret scanners. */
  public static final String PREFIX = "csk_";

  /**
   * What a key grants.
   *
   * @param tenant the tenant it acts in
   * @param name a label (e.g. the integration's name), for audit
   * @param roles the roles it grants
   */
  public record Grant(TenantId tenant, String name, Set<Role> roles) {
    public Grant {
      requireNonNull(tenant, "tenant");
      requireNonNull(name, "name");
      roles = Set.copyOf(roles);
    }
  }

  private static final HexFormat HEX = HexFormat.of();
  /** Never used itself, only cloned (see {@link #sha256()}). */
  private static final MessageDigest SHA_256 = prototype();

  private final SecureRandom random = new SecureRandom();
  private final ConcurrentHashMap<String, Grant> byHash = new ConcurrentHashMap<>();

  private static MessageDigest prototype() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Creates an empty key registry. */
  public ApiKeys() {}

  /**
   * Issues a new key.
   *
   * @param tenant the tenant it acts in
   * @param name a label for audit, 1..64 characters of [A-Za-z0-9._-]
   * @param roles the roles it grants
   * @return the key; it is not stored and cannot be shown again
   */
  public String issue(TenantId tenant, String name, Set<Role> roles) {
    if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new IllegalArgumentException("a key name is 1..64 of [A-Za-z0-9._-]");
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    register(hash(key), new Grant(tenant, name, roles));
    return key;
  }

  /**
   * Registers a key by its hash, e.g. one issued earlier and kept in configuration as a hash.
   *
   * @param sha256Hex the hex SHA-256 of the key
   * @param grant what it grants
   */
  public void register(String sha256Hex, Grant grant) {
    byHash.put(sha256Hex.toLowerCase(java.util.Locale.ROOT), requireNonNull(grant, "grant"));
  }

  /**
   * @param key a presented key
   * @return what it grants, if it is a known key
   */
  public Optional<Grant> find(String key) {
    return Optional.ofNullable(byHash.get(hash(key)));
  }

  /**
   * @param key a key
   * @return its hex SHA-256, the only form in which keys are kept
   */
  public static String hash(String key) {
    return HEX.formatHex(sha256().digest(key.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * A fresh SHA-256 digest, cloned from a prototype: {@code MessageDigest.getInstance} searches the
   * security providers on every call, which cost more than hashing a key on each request. Keys are
   * hashed every time rather than cached by value, so that no presented key stays in the heap.
   */
  private static MessageDigest sha256() {
    try {
      return (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException missing) {
        throw new IllegalStateException("SHA-256 is missing from this JVM", missing);
      }
    }
  }
}
