package org.consulta.benchmarks;

import java.io.PrintStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * A {@link DataSource} wrapper that times every statement execution and commit, by statement
 * kind and table (for {@code PostgresIngestHarness --profile}): where a command's wall time goes
 * between the database round trips and the Java side (the rest). Dynamic proxies cost a little
 * on every JDBC call, so the harness profiles in a separate, unreported run. Thread-safe. *
 * <p>Run through {@link PostgresIngestHarness} (from the repository root):
 *
 * <pre>{@code
 * mvn -q -DskipTests -pl benchmarks -am package
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar org.consulta.benchmarks.PostgresIngestHarness \
 *     jdbc:postgresql://127.0.0.1:5432/test?user=postgres 200000 5000 --rounds 0 --profile
 * }</pre>
 */
final class StatementTimer {
  private final Map<String, LongAdder[]> byStatement = new ConcurrentHashMap<>();

  DataSource wrap(DataSource target) {
    return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (p, m, args) -> {
      Object result = invoke(target, m, args);
      return m.getName().equals("getConnection") ? connection((Connection) result) : result;
    });
  }

  private Connection connection(Connection target) {
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (p, m, args) -> {
      if (m.getName().equals("commit")) {
        return timed("COMMIT", target, m, args);
      }
      Object result = invoke(target, m, args);
      if (m.getName().equals("prepareStatement")) {
        return statement((PreparedStatement) result, key((String) args[0]));
      }
      return result;
    });
  }

  private PreparedStatement statement(PreparedStatement target, String key) {
    InvocationHandler handler = (p, m, args) -> m.getName().startsWith("execute") ? timed(key, target, m, args) : invoke(target, m, args);
    return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class}, handler);
  }

  /** The statement's verb and table, e.g. {@code INSERT INTO bench_consulta.consulta_event}. */
  private static String key(String sql) {
    String[] words = sql.trim().split("\\s+");
    for (int i = 0; i < words.length - 1; i++) {
      if (words[i].equalsIgnoreCase("FROM") || words[i].equalsIgnoreCase("INTO") || words[i].equalsIgnoreCase("UPDATE")) {
        String suffix = sql.contains(" IN (") ? " ... IN (...)" : sql.contains("FOR UPDATE") ? " FOR UPDATE" : "";
        return words[0].toUpperCase(java.util.Locale.ROOT) + " " + words[i + 1] + suffix;
      }
    }
    return words[0];
  }

  private Object timed(String key, Object target, Method m, Object[] args) throws Throwable {
    long start = System.nanoTime();
    try {
      return invoke(target, m, args);
    } finally {
      LongAdder[] cell = byStatement.computeIfAbsent(key, k -> new LongAdder[] {new LongAdder(), new LongAdder()});
      cell[0].add(System.nanoTime() - start);
      cell[1].increment();
    }
  }

  private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  void reset() {
    byStatement.clear();
  }

  /** Prints seconds and calls per statement kind, and what is left of {@code wallNanos}. */
  void print(PrintStream out, long wallNanos) {
    long inDb = 0;
    out.printf("  %-62s %9s %9s %7s%n", "statement", "seconds", "calls", "share");
    for (Map.Entry<String, LongAdder[]> e : byStatement.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder[]> x) -> x.getValue()[0].sum()).reversed()).toList()) {
      long nanos = e.getValue()[0].sum();
      inDb += nanos;
      out.printf("  %-62s %9.2f %,9d %6.1f%%%n", e.getKey(), nanos / 1e9, e.getValue()[1].sum(), 100.0 * nanos / wallNanos);
    }
    out.printf("  %-62s %9.2f %9s %6.1f%%%n", "(outside statements: engine, JSON, binding, pool)", (wallNanos - inDb) / 1e9, "",
        100.0 * (wallNanos - inDb) / wallNanos);
  }
}
