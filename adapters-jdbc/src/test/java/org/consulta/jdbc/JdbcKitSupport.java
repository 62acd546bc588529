package org.consulta.jdbc;

import java.util.concurrent.atomic.AtomicLong;
import org.consulta.core.access.TenantId;

/** Gives every test instance tenants of its own, so one migrated database serves a whole test class. */
final class JdbcKitSupport {
  private static final AtomicLong NEXT = new AtomicLong();

  private JdbcKitSupport() {}

  static String uniqueSuffix() {
    return Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "-" + NEXT.incrementAndGet();
  }

  static TenantId tenant(String side, String suffix) {
    return TenantId.of("kit-" + side + "-" + suffix);
  }
}
