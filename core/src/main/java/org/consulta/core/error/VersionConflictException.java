package org.consulta.core.error;

/**
 * Optimistic concurrency failed: the aggregate changed since the caller (or a concurrent
 * transaction) read it. Re-read and retry.
 */
public class VersionConflictException extends ConcurrentChangeException {
  private static final long serialVersionUID = 1L;
  private final long expectedVersion;
  private final long actualVersion;

  /**
   * @param aggregate what changed, e.g. {@code "consultation"}
   * @param id its id
   * @param expectedVersion the version the caller based its change on
   * @param actualVersion the version that is stored
   */
  public VersionConflictException(String aggregate, Object id, long expectedVersion, long actualVersion) {
    super(aggregate + " " + id + " is at version " + actualVersion + ", not " + expectedVersion);
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** @return the version the caller based its change on */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** @return the version that is stored */
  public long actualVersion() {
    return actualVersion;
  }

  @Override
  public String kind() {
    return "version-conflict";
  }
}
