package org.consulta.core.budgeting;

/** The {@link CountingRule#GREEDY} rule. Not built yet. */
final class Greedy {
  private Greedy() {}

  static CountResult count(Election election) {
    throw new UnsupportedOperationException("not built yet");
  }
}
