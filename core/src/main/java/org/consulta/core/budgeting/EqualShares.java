package org.consulta.core.budgeting;

/** The Method of Equal Shares and its completions. Not built yet. */
final class EqualShares {
  private EqualShares() {}

  static CountResult count(Election election, CountingRule rule) {
    throw new UnsupportedOperationException("not built yet");
  }
}
