package org.consulta.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.consulta.core.store.Store;
import org.consulta.core.store.memory.InMemoryStore;
import org.consulta.jdbc.JdbcStore;

/**
 * The store a demo or the server runs on: in memory, an H2 file database, or any database Consulta's
 * JDBC store supports, by JDBC URL. Closing it closes its connection pool. Single-use; the store
 * itself is thread-safe.
 */
final class DemoStore implements AutoCloseable {
  private final Store store;
  private final HikariDataSource pool;
  private final String description;

  private DemoStore(Store store, HikariDataSource pool, String description) {
    this.store = store;
    this.pool = pool;
    this.description = description;
  }

  /** What {@link #open} takes for the in-memory store. */
  static final String MEMORY = "mem";

  /**
   * Opens the store a {@code --db} option names: {@code mem}, a {@code jdbc:} URL, or else the path
   * of an H2 file database (created if missing).
   *
   * @param db the option's value
   * @param poolSize connections to keep for a database
   * @throws IOException if the H2 file's directory cannot be created
   */
  static DemoStore open(String db, int poolSize) throws IOException {
    if (MEMORY.equals(db)) {
      return memory();
    }
    if (db.startsWith("jdbc:")) {
      return jdbc(db, null, null, poolSize);
    }
    return h2(Path.of(db), poolSize);
  }

  static DemoStore memory() {
    return new DemoStore(new InMemoryStore(), null, "in-memory store");
  }

  /**
   * @param file the H2 database file to use (without the {@code .mv.db} suffix), or null for a new one in a temp directory
   */
  static DemoStore h2(Path file, int poolSize) throws IOException {
    Path base = file != null ? file.toAbsolutePath().normalize() : Files.createTempDirectory("consulta-demo-").resolve("consulta");
    Files.createDirectories(base.getParent());
    return jdbc("jdbc:h2:file:" + base, null, null, poolSize);
  }

  static DemoStore jdbc(String url, String user, String password, int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    if (user != null) {
      config.setUsername(user);
    }
    if (password != null) {
      config.setPassword(password);
    }
    config.setMaximumPoolSize(poolSize);
    config.setPoolName("consulta-demo");
    HikariDataSource pool = new HikariDataSource(config);
    try {
      JdbcStore store = JdbcStore.builder(pool).build();
      return new DemoStore(store, pool, store.describe() + " at " + redact(url));
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /** Keeps user names and passwords written into a URL out of the output. */
  private static String redact(String url) {
    return url.replaceAll("(?i)(password|user)=[^&;]*", "$1=***");
  }

  Store store() {
    return store;
  }

  String description() {
    return description;
  }

  boolean persistent() {
    return pool != null;
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.close();
    }
  }
}
