package org.consulta.core.access;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * Identifies one tenant (a municipality, a body) in a deployment that serves many. Every piece of
 * data belongs to exactly one tenant and is invisible to every other.
 *
 * @param value 1..64 characters: lower-case letters, digits, {@code -}, {@code _} or {@code .},
 *     starting with a letter or digit
 */
public record TenantId(String value) implements Comparable<TenantId> {
  private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  public TenantId {
    requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a tenant id is 1..64 of [a-z0-9._-] starting with a letter or digit, was '" + value + "'");
    }
  }

  /**
   * @param value the id
   * @return the tenant id
   */
  public static TenantId of(String value) {
    return new TenantId(value);
  }

  @Override
  public int compareTo(TenantId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
